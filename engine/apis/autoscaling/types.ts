// Go twin: k8s.io/kubernetes/pkg/apis/autoscaling/types.go (Scale, ScaleSpec, ScaleStatus) @ v1.34.0
// The internal Scale has the same fields as autoscaling/v1 and no TypeMeta.
import type { GoType, ObjectMeta, RuntimeObject } from '../../runtime/object';

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/autoscaling';

/** autoscaling.Scale (internal). */
export const AutoscalingScale: GoType = { pkg: internalPkg, name: 'Scale' };

export interface ScaleSpec {
  /** int32, 0 when unset */
  replicas?: number;
}

export interface ScaleStatus {
  replicas?: number;
  /** the label selector in query-parameter form, e.g. `app=web` */
  selector?: string;
}

/** The shape of an internal Scale object. */
export interface Scale extends RuntimeObject {
  metadata?: ObjectMeta;
  spec?: ScaleSpec;
  status?: ScaleStatus;
}
