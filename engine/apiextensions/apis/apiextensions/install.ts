// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/install/install.go (Install) @ v1.34.0
// Go installs the internal types, v1beta1 and v1 with SetVersionPriority(v1, v1beta1); v1beta1 stopped being
// served in 1.22, so only v1 is modelled: the version served and stored.
import type { Scheme } from '../../../runtime/scheme';
import { registerApiextensionsInternal } from './register';
import { registerApiextensionsV1, SchemeGroupVersion as V1 } from './v1/register';

export function installApiextensions(scheme: Scheme): void {
  registerApiextensionsInternal(scheme);
  registerApiextensionsV1(scheme);
  scheme.setVersionPriority(V1);
}
