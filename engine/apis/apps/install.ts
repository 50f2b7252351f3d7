// Go twin: k8s.io/kubernetes/pkg/apis/apps/install/install.go (Install) @ v1.34.0
// Go installs the internal types, v1beta1, v1beta2 and v1, then SetVersionPriority(v1, v1beta2, v1beta1):
// apps/v1 is the preferred version and the storage version. apps/v1beta2 is not modelled.
import type { Scheme } from '../../runtime/scheme';
import { registerAppsInternal } from './register';
import { registerAppsV1, SchemeGroupVersion as V1 } from './v1/register';
import { registerAppsV1beta1, SchemeGroupVersion as V1beta1 } from './v1beta1/register';

export function installApps(scheme: Scheme): void {
  registerAppsInternal(scheme);
  registerAppsV1beta1(scheme);
  registerAppsV1(scheme);
  scheme.setVersionPriority(V1, V1beta1);
}
