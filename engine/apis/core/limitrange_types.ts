// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (LimitRange, LimitRangeSpec, LimitRangeItem, LimitRangeList)
// @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreLimitRange: GoType = { pkg, name: 'LimitRange' };
export const CoreLimitRangeList: GoType = { pkg, name: 'LimitRangeList' };

/** core.ResourceList: resource name → quantity (canonical text) */
export type ResourceList = Record<string, string>;

export interface LimitRangeItem {
  /** Pod, Container or PersistentVolumeClaim (or a qualified name) */
  type?: string;
  max?: ResourceList;
  min?: ResourceList;
  default?: ResourceList;
  defaultRequest?: ResourceList;
  maxLimitRequestRatio?: ResourceList;
}

export interface LimitRange extends RuntimeObject {
  spec?: { limits?: LimitRangeItem[] | null };
}
