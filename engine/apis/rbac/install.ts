// Go twin: k8s.io/kubernetes/pkg/apis/rbac/install/install.go (Install) @ v1.34.0
// Go installs the internal types, v1, v1beta1 and v1alpha1, then SetVersionPriority(v1, v1beta1, v1alpha1).
// Only rbac/v1 is modelled: v1beta1 and v1alpha1 stopped being served in Kubernetes 1.22.
import type { Scheme } from '../../runtime/scheme';
import { registerRbacInternal } from './register';
import { registerRbacV1, SchemeGroupVersion as V1 } from './v1/register';

export function installRbac(scheme: Scheme): void {
  registerRbacInternal(scheme);
  registerRbacV1(scheme);
  scheme.setVersionPriority(V1);
}
