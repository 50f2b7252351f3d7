// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go, conversion.go and
// zz_generated.defaults.go (the Service parts) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreService, CoreServiceList } from '../service_types';
import { serviceConversions } from './service_conversion';
import { SetObjectDefaults_Service, SetObjectDefaults_ServiceList } from './service_defaults';
import { fieldLabelsFunc } from './field_labels';
import { V1Service, V1ServiceList } from './service_types';

export function registerService(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreService, CoreServiceList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1Service, V1ServiceList);
  for (const c of serviceConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1Service, SetObjectDefaults_Service, 'SetObjectDefaults_Service');
  scheme.addTypeDefaultingFunc(V1ServiceList, SetObjectDefaults_ServiceList, 'SetObjectDefaults_ServiceList');
  scheme.addFieldLabelConversionFunc(
    { group: '', version: 'v1', kind: 'Service' },
    fieldLabelsFunc(['metadata.namespace', 'metadata.name', 'spec.clusterIP', 'spec.type']),
  );
}
