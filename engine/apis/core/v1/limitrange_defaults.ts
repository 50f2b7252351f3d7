// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_LimitRangeItem) and zz_generated.defaults.go
// (SetObjectDefaults_LimitRange, SetObjectDefaults_LimitRangeList) @ v1.34.0
//
// A Container item fills its gaps from its neighbours: default ← max, defaultRequest ← default, then
// defaultRequest ← min. So `max: {cpu: 1}` alone already gives every container a 1-CPU limit and request.
import { copyJSON, isObject, setOwn, type RuntimeObject } from '../../../runtime/object';
import type { LimitRange, LimitRangeItem, ResourceList } from '../limitrange_types';

const own = (m: ResourceList, k: string) => Object.prototype.hasOwnProperty.call(m, k);

function fillMissing(into: ResourceList, from: ResourceList | undefined): void {
  for (const key of Object.keys(from ?? {})) if (!own(into, key)) setOwn(into, key, copyJSON(from![key]));
}

export function SetDefaults_LimitRangeItem(item: LimitRangeItem): void {
  if (item.type !== 'Container') return;
  // Go makes both maps non-nil; an empty one is omitted on the wire all the same
  const def = (item.default ??= {});
  const defaultRequest = (item.defaultRequest ??= {});
  fillMissing(def, item.max);
  fillMissing(defaultRequest, def);
  fillMissing(defaultRequest, item.min);
}

export function SetObjectDefaults_LimitRange(obj: RuntimeObject): void {
  const limits = (obj as LimitRange).spec?.limits;
  if (!Array.isArray(limits)) return;
  for (const item of limits) if (isObject(item)) SetDefaults_LimitRangeItem(item as LimitRangeItem);
}

export function SetObjectDefaults_LimitRangeList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_LimitRange(item as RuntimeObject);
}
