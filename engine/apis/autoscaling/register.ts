// Go twin: k8s.io/kubernetes/pkg/apis/autoscaling/register.go (addKnownTypes) @ v1.34.0
import type { Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import { AutoscalingScale } from './types';

export const GroupName = 'autoscaling';
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

/** Registers the internal autoscaling types this simulator models (Scale). */
export function registerAutoscalingInternal(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, AutoscalingScale);
}
