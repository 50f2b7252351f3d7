// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/install/install.go (Install) @ v1.34.0
// Go installs internal, v1, v1beta1 and v1alpha1 with SetVersionPriority(v1, v1beta1, v1alpha1). Only the
// webhook configurations in v1 are modelled, so v1 is the preferred and storage version.
import type { Scheme } from '../../runtime/scheme';
import { registerAdmissionregistrationInternal } from './register';
import { registerAdmissionregistrationV1, SchemeGroupVersion as V1 } from './v1/register';

export function installAdmissionRegistration(scheme: Scheme): void {
  registerAdmissionregistrationInternal(scheme);
  registerAdmissionregistrationV1(scheme);
  scheme.setVersionPriority(V1);
}
