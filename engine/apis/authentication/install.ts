// Go twin: k8s.io/kubernetes/pkg/apis/authentication/install/install.go (Install) @ v1.34.0
// Go installs internal, v1, v1beta1 and v1alpha1 with SetVersionPriority(v1, v1beta1, v1alpha1). The beta and
// alpha versions are off by default in kube-apiserver 1.34, so only v1 is modelled.
import type { Scheme } from '../../runtime/scheme';
import { registerAuthenticationInternal } from './register';
import { registerAuthenticationV1, SchemeGroupVersion as V1 } from './v1/register';

export function installAuthentication(scheme: Scheme): void {
  registerAuthenticationInternal(scheme);
  registerAuthenticationV1(scheme);
  scheme.setVersionPriority(V1);
}
