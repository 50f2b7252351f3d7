// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (Namespace, NamespaceList) @ v1.34.0
// Internal types have no wire form (no def); their fields match v1.
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreNamespace: GoType = { pkg, name: 'Namespace' };
export const CoreNamespaceList: GoType = { pkg, name: 'NamespaceList' };

export interface NamespaceCondition {
  type?: string;
  status?: string;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface NamespaceSpec {
  finalizers?: string[];
}

export interface NamespaceStatus {
  phase?: string;
  conditions?: NamespaceCondition[];
}

export interface Namespace extends RuntimeObject {
  spec?: NamespaceSpec;
  status?: NamespaceStatus;
}
