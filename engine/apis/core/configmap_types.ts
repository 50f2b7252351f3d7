// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (ConfigMap, ConfigMapList) @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreConfigMap: GoType = { pkg, name: 'ConfigMap' };
export const CoreConfigMapList: GoType = { pkg, name: 'ConfigMapList' };

export interface ConfigMap extends RuntimeObject {
  immutable?: boolean;
  data?: Record<string, string>;
  /** []byte values as base64 text */
  binaryData?: Record<string, string>;
}
