// Go twin: k8s.io/api/autoscaling/v1/register.go (addKnownTypes) and
// k8s.io/kubernetes/pkg/apis/autoscaling/v1/zz_generated.conversion.go (RegisterConversions) @ v1.34.0
// Only Scale is modelled: HorizontalPodAutoscaler and its List belong to the same group version in Go.
import type { Scheme } from '../../../runtime/scheme';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { AutoscalingScale } from '../types';
import { Convert_autoscaling_Scale_To_v1_Scale, Convert_v1_Scale_To_autoscaling_Scale } from './conversion';
import { V1Scale } from './types';

export const SchemeGroupVersion: GroupVersion = { group: 'autoscaling', version: 'v1' };

export function registerAutoscalingV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1Scale);
  scheme.addConversionFunc(
    V1Scale,
    AutoscalingScale,
    Convert_v1_Scale_To_autoscaling_Scale,
    'Convert_v1_Scale_To_autoscaling_Scale',
  );
  scheme.addConversionFunc(
    AutoscalingScale,
    V1Scale,
    Convert_autoscaling_Scale_To_v1_Scale,
    'Convert_autoscaling_Scale_To_v1_Scale',
  );
}
