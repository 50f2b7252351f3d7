// Go twin: k8s.io/kubernetes/pkg/apis/authentication/register.go (GroupName, SchemeGroupVersion,
// addKnownTypes) @ v1.34.0 — Go also registers TokenReview and TokenRequest; only SelfSubjectReview is
// modelled here.
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import { AuthenticationSelfSubjectReview } from './types';

export const GroupName = 'authentication.k8s.io';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerAuthenticationInternal(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, AuthenticationSelfSubjectReview);
}
