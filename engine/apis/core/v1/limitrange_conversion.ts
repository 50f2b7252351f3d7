// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/zz_generated.conversion.go (Convert_v1_LimitRange_To_core_LimitRange
// and back, and the List forms) @ v1.34.0. v1 and internal LimitRange have the same fields: structural copies.
import type { RuntimeObject } from '../../../runtime/object';
import { CoreLimitRange, CoreLimitRangeList } from '../limitrange_types';
import { V1LimitRange, V1LimitRangeList } from './limitrange_types';
import { convertList, copyStructFields } from './structural_copy';

export function Convert_v1_LimitRange_To_core_LimitRange(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_core_LimitRange_To_v1_LimitRange(input: RuntimeObject, out: RuntimeObject): void {
  copyStructFields(input, out);
}

export function Convert_v1_LimitRangeList_To_core_LimitRangeList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, CoreLimitRange, Convert_v1_LimitRange_To_core_LimitRange);
}

export function Convert_core_LimitRangeList_To_v1_LimitRangeList(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertList(input, out, V1LimitRange, Convert_core_LimitRange_To_v1_LimitRange);
}

export const limitRangeConversions = [
  {
    from: V1LimitRange,
    to: CoreLimitRange,
    fn: Convert_v1_LimitRange_To_core_LimitRange,
    name: 'Convert_v1_LimitRange_To_core_LimitRange',
  },
  {
    from: CoreLimitRange,
    to: V1LimitRange,
    fn: Convert_core_LimitRange_To_v1_LimitRange,
    name: 'Convert_core_LimitRange_To_v1_LimitRange',
  },
  {
    from: V1LimitRangeList,
    to: CoreLimitRangeList,
    fn: Convert_v1_LimitRangeList_To_core_LimitRangeList,
    name: 'Convert_v1_LimitRangeList_To_core_LimitRangeList',
  },
  {
    from: CoreLimitRangeList,
    to: V1LimitRangeList,
    fn: Convert_core_LimitRangeList_To_v1_LimitRangeList,
    name: 'Convert_core_LimitRangeList_To_v1_LimitRangeList',
  },
];
