// Go twin: k8s.io/kubernetes/pkg/apis/authorization/install/install.go (Install) @ v1.34.0
// authorization.k8s.io/v1beta1 was removed in Kubernetes 1.22, so v1 is the only served version.
import type { Scheme } from '../../runtime/scheme';
import { registerAuthorizationInternal } from './register';
import { registerAuthorizationV1, SchemeGroupVersion as V1 } from './v1/register';

export function installAuthorization(scheme: Scheme): void {
  registerAuthorizationInternal(scheme);
  registerAuthorizationV1(scheme);
  scheme.setVersionPriority(V1);
}
