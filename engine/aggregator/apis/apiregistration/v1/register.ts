// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/register.go (SchemeGroupVersion, addKnownTypes),
// zz_generated.conversion.go (RegisterConversions) and zz_generated.defaults.go (RegisterDefaults) @ v1.34.0
// No field label conversion: field selectors accept metadata.name (and metadata.namespace, always empty).
import type { Scheme } from '../../../../runtime/scheme';
import type { GroupVersion } from '../../../../runtime/schema/groupversion';
import { GroupName } from '../register';
import { v1Conversions } from './conversion';
import { SetObjectDefaults_APIService, SetObjectDefaults_APIServiceList } from './defaults';
import { V1APIService, V1APIServiceList } from './types';

export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: 'v1' };

export function registerAPIRegistrationV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1APIService, V1APIServiceList);
  for (const c of v1Conversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1APIService, SetObjectDefaults_APIService, 'SetObjectDefaults_APIService');
  scheme.addTypeDefaultingFunc(
    V1APIServiceList,
    SetObjectDefaults_APIServiceList,
    'SetObjectDefaults_APIServiceList',
  );
}
