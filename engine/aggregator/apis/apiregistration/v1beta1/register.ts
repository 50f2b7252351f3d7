// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/v1beta1/{types,register,defaults}.go and its
// zz_generated conversion and defaults @ v1.34.0
//
// v1beta1 has the structs of v1 under its own package. Since 1.22 the aggregator no longer serves it, but
// the aggregator scheme still knows it: a v1beta1 body sent to the v1 endpoint decodes, and is then refused
// with Go's 400 "the API version in the data (…) does not match the expected API version (…)".
import type { GoType } from '../../../../runtime/object';
import type { Scheme } from '../../../../runtime/scheme';
import type { GroupVersion } from '../../../../runtime/schema/groupversion';
import { GroupName } from '../register';
import { apiServiceConversions } from '../v1/conversion';
import { SetObjectDefaults_APIService, SetObjectDefaults_APIServiceList } from '../v1/defaults';
import { apiServiceDefs } from '../v1/types';

const pkg = 'k8s.io/kube-aggregator/pkg/apis/apiregistration/v1beta1';
const defs = apiServiceDefs(pkg);

export const V1beta1APIService: GoType = { pkg, name: 'APIService', def: defs.APIService };
export const V1beta1APIServiceList: GoType = { pkg, name: 'APIServiceList', def: defs.APIServiceList };

export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: 'v1beta1' };

export function registerAPIRegistrationV1beta1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1beta1APIService, V1beta1APIServiceList);
  for (const c of apiServiceConversions('v1beta1', V1beta1APIService, V1beta1APIServiceList)) {
    scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  }
  scheme.addTypeDefaultingFunc(
    V1beta1APIService,
    SetObjectDefaults_APIService,
    'SetObjectDefaults_APIService',
  );
  scheme.addTypeDefaultingFunc(
    V1beta1APIServiceList,
    SetObjectDefaults_APIServiceList,
    'SetObjectDefaults_APIServiceList',
  );
}
