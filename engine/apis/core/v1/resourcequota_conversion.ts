// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_ResourceQuota_To_core_ResourceQuota
// and back, and the List forms) @ v1.34.0. v1 and internal ResourceQuota have the same fields: structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreResourceQuota, CoreResourceQuotaList } from '../resourcequota_types';
import { V1ResourceQuota, V1ResourceQuotaList } from './resourcequota_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_ResourceQuota_To_core_ResourceQuota(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
}

export function Convert_core_ResourceQuota_To_v1_ResourceQuota(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
}

export function Convert_v1_ResourceQuotaList_To_core_ResourceQuotaList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, CoreResourceQuota, Convert_v1_ResourceQuota_To_core_ResourceQuota);
}

export function Convert_core_ResourceQuotaList_To_v1_ResourceQuotaList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1ResourceQuota, Convert_core_ResourceQuota_To_v1_ResourceQuota);
}

export const resourceQuotaConversions = [
  {
    from: V1ResourceQuota,
    to: CoreResourceQuota,
    fn: Convert_v1_ResourceQuota_To_core_ResourceQuota,
    name: 'Convert_v1_ResourceQuota_To_core_ResourceQuota',
  },
  {
    from: CoreResourceQuota,
    to: V1ResourceQuota,
    fn: Convert_core_ResourceQuota_To_v1_ResourceQuota,
    name: 'Convert_core_ResourceQuota_To_v1_ResourceQuota',
  },
  {
    from: V1ResourceQuotaList,
    to: CoreResourceQuotaList,
    fn: Convert_v1_ResourceQuotaList_To_core_ResourceQuotaList,
    name: 'Convert_v1_ResourceQuotaList_To_core_ResourceQuotaList',
  },
  {
    from: CoreResourceQuotaList,
    to: V1ResourceQuotaList,
    fn: Convert_core_ResourceQuotaList_To_v1_ResourceQuotaList,
    name: 'Convert_core_ResourceQuotaList_To_v1_ResourceQuotaList',
  },
];
