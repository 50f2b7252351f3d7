// Go twin: k8s.io/kubernetes/pkg/apis/autoscaling/install/install.go (Install) @ v1.34.0
// Go installs internal, v1, v2, v2beta1 and v2beta2 with SetVersionPriority(v2, v1, v2beta1, v2beta2). Only
// the internal hub and autoscaling/v1 (for Scale) are modelled here, so v1 is the only prioritized version.
import type { Scheme } from '../../runtime/scheme';
import { registerAutoscalingInternal } from './register';
import { registerAutoscalingV1, SchemeGroupVersion as V1 } from './v1/register';

export function installAutoscaling(scheme: Scheme): void {
  registerAutoscalingInternal(scheme);
  registerAutoscalingV1(scheme);
  scheme.setVersionPriority(V1);
}
