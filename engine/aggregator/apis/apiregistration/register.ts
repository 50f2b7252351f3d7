// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/register.go (GroupName, SchemeGroupVersion,
// addKnownTypes) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../../runtime/schema/groupversion';
import { APIRegistrationAPIService, APIRegistrationAPIServiceList } from './types';

export const GroupName = 'apiregistration.k8s.io';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerAPIRegistrationInternal(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, APIRegistrationAPIService, APIRegistrationAPIServiceList);
}
