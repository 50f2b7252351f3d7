// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (Secret, SecretList) @ v1.34.0
// The internal Secret has no stringData: v1 conversion merges it into data.
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreSecret: GoType = { pkg, name: 'Secret' };
export const CoreSecretList: GoType = { pkg, name: 'SecretList' };

export interface Secret extends RuntimeObject {
  immutable?: boolean;
  /** []byte values as base64 text */
  data?: Record<string, string>;
  type?: string;
}
