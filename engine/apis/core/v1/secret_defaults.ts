// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_Secret) and zz_generated.defaults.go
// (SetObjectDefaults_Secret) @ v1.34.0.
import { isObject, type RuntimeObject } from '../../../runtime/object';
import { SecretTypeOpaque } from './secret_types';

export function SetDefaults_Secret(obj: RuntimeObject): void {
  if (!obj.type) obj.type = SecretTypeOpaque;
}

export function SetObjectDefaults_Secret(obj: RuntimeObject): void {
  SetDefaults_Secret(obj);
}

export function SetObjectDefaults_SecretList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_Secret(item as RuntimeObject);
}
