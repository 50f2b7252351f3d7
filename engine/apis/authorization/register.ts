// Go twin: k8s.io/kubernetes/pkg/apis/authorization/register.go (GroupName, SchemeGroupVersion, addKnownTypes)
// @ v1.34.0
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import { AuthorizationSelfSubjectAccessReview, AuthorizationSubjectAccessReview } from './types';

export const GroupName = 'authorization.k8s.io';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerAuthorizationInternal(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    AuthorizationSelfSubjectAccessReview,
    AuthorizationSubjectAccessReview,
  );
}
