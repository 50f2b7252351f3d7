// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (ResourceQuota, ResourceQuotaSpec, ScopeSelector,
// ScopedResourceSelectorRequirement, ResourceQuotaStatus, ResourceQuotaList) @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';
import type { ResourceList } from './limitrange_types';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreResourceQuota: GoType = { pkg, name: 'ResourceQuota' };
export const CoreResourceQuotaList: GoType = { pkg, name: 'ResourceQuotaList' };

export interface ScopedResourceSelectorRequirement {
  scopeName?: string;
  operator?: string;
  values?: string[];
}

export interface ResourceQuotaSpec {
  hard?: ResourceList;
  scopes?: string[];
  scopeSelector?: { matchExpressions?: ScopedResourceSelectorRequirement[] } | null;
}

export interface ResourceQuotaStatus {
  hard?: ResourceList;
  used?: ResourceList;
}

export interface ResourceQuota extends RuntimeObject {
  spec?: ResourceQuotaSpec;
  status?: ResourceQuotaStatus;
}
