// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_ServiceAccount_To_core_ServiceAccount and
// back) @ v1.34.0. v1 and internal ServiceAccount have the same fields, so these are structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreServiceAccount, CoreServiceAccountList } from '../serviceaccount_types';
import { V1ServiceAccount, V1ServiceAccountList } from './serviceaccount_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_ServiceAccount_To_core_ServiceAccount(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
}

export function Convert_core_ServiceAccount_To_v1_ServiceAccount(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  copyStructFields(input, out);
}

export function Convert_v1_ServiceAccountList_To_core_ServiceAccountList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, CoreServiceAccount, Convert_v1_ServiceAccount_To_core_ServiceAccount);
}

export function Convert_core_ServiceAccountList_To_v1_ServiceAccountList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1ServiceAccount, Convert_core_ServiceAccount_To_v1_ServiceAccount);
}

export const serviceaccountConversions = [
  {
    from: V1ServiceAccount,
    to: CoreServiceAccount,
    fn: Convert_v1_ServiceAccount_To_core_ServiceAccount,
    name: 'Convert_v1_ServiceAccount_To_core_ServiceAccount',
  },
  {
    from: CoreServiceAccount,
    to: V1ServiceAccount,
    fn: Convert_core_ServiceAccount_To_v1_ServiceAccount,
    name: 'Convert_core_ServiceAccount_To_v1_ServiceAccount',
  },
  {
    from: V1ServiceAccountList,
    to: CoreServiceAccountList,
    fn: Convert_v1_ServiceAccountList_To_core_ServiceAccountList,
    name: 'Convert_v1_ServiceAccountList_To_core_ServiceAccountList',
  },
  {
    from: CoreServiceAccountList,
    to: V1ServiceAccountList,
    fn: Convert_core_ServiceAccountList_To_v1_ServiceAccountList,
    name: 'Convert_core_ServiceAccountList_To_v1_ServiceAccountList',
  },
];
