// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_ConfigMap_To_core_ConfigMap and
// back) @ v1.34.0. v1 and internal ConfigMap have the same fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreConfigMap, CoreConfigMapList } from '../configmap_types';
import { V1ConfigMap, V1ConfigMapList } from './configmap_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_ConfigMap_To_core_ConfigMap(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_core_ConfigMap_To_v1_ConfigMap(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_v1_ConfigMapList_To_core_ConfigMapList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, CoreConfigMap, Convert_v1_ConfigMap_To_core_ConfigMap);
}

export function Convert_core_ConfigMapList_To_v1_ConfigMapList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1ConfigMap, Convert_core_ConfigMap_To_v1_ConfigMap);
}

export const configmapConversions = [
  {
    from: V1ConfigMap,
    to: CoreConfigMap,
    fn: Convert_v1_ConfigMap_To_core_ConfigMap,
    name: 'Convert_v1_ConfigMap_To_core_ConfigMap',
  },
  {
    from: CoreConfigMap,
    to: V1ConfigMap,
    fn: Convert_core_ConfigMap_To_v1_ConfigMap,
    name: 'Convert_core_ConfigMap_To_v1_ConfigMap',
  },
  {
    from: V1ConfigMapList,
    to: CoreConfigMapList,
    fn: Convert_v1_ConfigMapList_To_core_ConfigMapList,
    name: 'Convert_v1_ConfigMapList_To_core_ConfigMapList',
  },
  {
    from: CoreConfigMapList,
    to: V1ConfigMapList,
    fn: Convert_core_ConfigMapList_To_v1_ConfigMapList,
    name: 'Convert_core_ConfigMapList_To_v1_ConfigMapList',
  },
];
