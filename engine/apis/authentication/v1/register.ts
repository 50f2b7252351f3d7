// Go twin: k8s.io/api/authentication/v1/register.go (addKnownTypes) and
// k8s.io/kubernetes/pkg/apis/authentication/v1/zz_generated.conversion.go (RegisterConversions) @ v1.34.0
// Only SelfSubjectReview is modelled: TokenReview (and TokenRequest, served as serviceaccounts/token) belong
// to the same group version in Go.
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { AuthenticationSelfSubjectReview } from '../types';
import {
  Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview,
  Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview,
} from './conversion';
import { V1SelfSubjectReview } from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'authentication.k8s.io', version: 'v1' };

export function registerAuthenticationV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1SelfSubjectReview);
  scheme.addConversionFunc(
    V1SelfSubjectReview,
    AuthenticationSelfSubjectReview,
    Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview,
    'Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview',
  );
  scheme.addConversionFunc(
    AuthenticationSelfSubjectReview,
    V1SelfSubjectReview,
    Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview,
    'Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview',
  );
}
