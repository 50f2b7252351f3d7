// Go twin: k8s.io/kubernetes/pkg/apis/core/install/install.go (Install) @ v1.34.0
import type { Scheme } from '../../runtime/scheme';
import { registerBinding } from './v1/binding';
import { registerConfigMap } from './v1/register_configmap';
import { registerEvent } from './v1/register_event';
import { registerLimitRange } from './v1/register_limitrange';
import { registerNamespace } from './v1/register_namespace';
import { registerPod } from './v1/register_pod';
import { registerResourceQuota } from './v1/register_resourcequota';
import { registerSecret } from './v1/register_secret';
import { registerService } from './v1/register_service';
import { registerServiceAccount } from './v1/register_serviceaccount';

/** core.AddToScheme + v1.AddToScheme, then v1 as the only (and so preferred and storage) version. */
export function installCore(scheme: Scheme): void {
  registerNamespace(scheme);
  registerPod(scheme);
  registerConfigMap(scheme);
  registerSecret(scheme);
  registerService(scheme);
  registerServiceAccount(scheme);
  registerEvent(scheme);
  registerBinding(scheme);
  registerLimitRange(scheme);
  registerResourceQuota(scheme);
  scheme.setVersionPriority({ group: '', version: 'v1' });
}
