// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_Namespace_To_core_Namespace and
// back) @ v1.34.0. v1 and internal Namespace have the same fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreNamespace, CoreNamespaceList } from '../namespace_types';
import { V1Namespace, V1NamespaceList } from './namespace_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_Namespace_To_core_Namespace(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_core_Namespace_To_v1_Namespace(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_v1_NamespaceList_To_core_NamespaceList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, CoreNamespace, Convert_v1_Namespace_To_core_Namespace);
}

export function Convert_core_NamespaceList_To_v1_NamespaceList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1Namespace, Convert_core_Namespace_To_v1_Namespace);
}

export const namespaceConversions = [
  {
    from: V1Namespace,
    to: CoreNamespace,
    fn: Convert_v1_Namespace_To_core_Namespace,
    name: 'Convert_v1_Namespace_To_core_Namespace',
  },
  {
    from: CoreNamespace,
    to: V1Namespace,
    fn: Convert_core_Namespace_To_v1_Namespace,
    name: 'Convert_core_Namespace_To_v1_Namespace',
  },
  {
    from: V1NamespaceList,
    to: CoreNamespaceList,
    fn: Convert_v1_NamespaceList_To_core_NamespaceList,
    name: 'Convert_v1_NamespaceList_To_core_NamespaceList',
  },
  {
    from: CoreNamespaceList,
    to: V1NamespaceList,
    fn: Convert_core_NamespaceList_To_v1_NamespaceList,
    name: 'Convert_core_NamespaceList_To_v1_NamespaceList',
  },
];
