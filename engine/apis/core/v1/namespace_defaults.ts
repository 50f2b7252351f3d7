// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_Namespace, SetDefaults_NamespaceStatus)
// and zz_generated.defaults.go (SetObjectDefaults_Namespace) @ v1.34.0. Runs on the v1 object at decode.
import { isObject, setOwn, type RuntimeObject } from '../../../runtime/object';
import { LabelMetadataName, NamespaceActive } from './namespace_types';

/** The name label; nameless (generateName) namespaces get it later, in the strategy's Canonicalize. */
export function SetDefaults_Namespace(obj: RuntimeObject): void {
  const meta = obj.metadata;
  const name = meta?.name;
  if (!meta || typeof name !== 'string' || name.length === 0) return;
  if (!isObject(meta.labels)) meta.labels = {};
  setOwn(meta.labels, LabelMetadataName, name);
}

export function SetDefaults_NamespaceStatus(status: Record<string, unknown>): void {
  if (!status.phase) status.phase = NamespaceActive;
}

export function SetObjectDefaults_Namespace(obj: RuntimeObject): void {
  SetDefaults_Namespace(obj);
  if (!isObject(obj.status)) obj.status = {};
  SetDefaults_NamespaceStatus(obj.status as Record<string, unknown>);
}

export function SetObjectDefaults_NamespaceList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_Namespace(item as RuntimeObject);
}
