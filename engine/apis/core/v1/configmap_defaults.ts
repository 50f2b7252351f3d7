// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_ConfigMap) and zz_generated.defaults.go
// (SetObjectDefaults_ConfigMap) @ v1.34.0. A nil data map becomes an empty one; omitempty keeps it off the wire.
import { isObject, type RuntimeObject } from '../../../runtime/object';

export function SetDefaults_ConfigMap(obj: RuntimeObject): void {
  if (obj.data === undefined || obj.data === null) obj.data = {};
}

export function SetObjectDefaults_ConfigMap(obj: RuntimeObject): void {
  SetDefaults_ConfigMap(obj);
}

export function SetObjectDefaults_ConfigMapList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_ConfigMap(item as RuntimeObject);
}
