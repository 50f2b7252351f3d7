// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/install/install.go (Install) @ v1.34.0
// The internal types, v1beta1 and v1, with v1 preferred: the version served and stored.
import type { Scheme } from '../../../runtime/scheme';
import { registerAPIRegistrationInternal } from './register';
import { registerAPIRegistrationV1, SchemeGroupVersion as V1 } from './v1/register';
import { registerAPIRegistrationV1beta1, SchemeGroupVersion as V1beta1 } from './v1beta1/register';

export function installAPIRegistration(scheme: Scheme): void {
  registerAPIRegistrationInternal(scheme);
  registerAPIRegistrationV1beta1(scheme);
  registerAPIRegistrationV1(scheme);
  scheme.setVersionPriority(V1, V1beta1);
}
