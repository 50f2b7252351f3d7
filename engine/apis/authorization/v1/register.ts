// Go twin: k8s.io/api/authorization/v1/register.go (addKnownTypes) and
// k8s.io/kubernetes/pkg/apis/authorization/v1/zz_generated.conversion.go (RegisterConversions) @ v1.34.0
// Only the two cluster-scoped access reviews are modelled (Go also registers LocalSubjectAccessReview and
// SelfSubjectRulesReview). authorization/v1 has no defaulters.
import { copyStructFields } from '../../core/v1/structural_copy';
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { AuthorizationSelfSubjectAccessReview, AuthorizationSubjectAccessReview } from '../types';
import { V1SelfSubjectAccessReview, V1SubjectAccessReview } from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'authorization.k8s.io', version: 'v1' };

export function registerAuthorizationV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1SelfSubjectAccessReview, V1SubjectAccessReview);
  // v1 and the internal types have the same fields, so the generated conversions are field-by-field copies
  const pairs = [
    [V1SubjectAccessReview, AuthorizationSubjectAccessReview, 'SubjectAccessReview'],
    [V1SelfSubjectAccessReview, AuthorizationSelfSubjectAccessReview, 'SelfSubjectAccessReview'],
  ] as const;
  for (const [external, internal, kind] of pairs) {
    scheme.addConversionFunc(
      external,
      internal,
      (i, o) => copyStructFields(i, o),
      `Convert_v1_${kind}_To_authorization_${kind}`,
    );
    scheme.addConversionFunc(
      internal,
      external,
      (i, o) => copyStructFields(i, o),
      `Convert_authorization_${kind}_To_v1_${kind}`,
    );
  }
}
