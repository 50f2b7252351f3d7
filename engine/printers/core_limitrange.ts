// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (limitRangeColumnDefinitions,
// printLimitRange) @ v1.34.0
import type { LimitRange } from '../apis/core/limitrange_types';
import type { RuntimeObject } from '../runtime/object';
import { col, creationTimestampDoc, nameColumn } from './core_common';
import type { TablePrinter } from './printers';

export const limitRangeColumnDefinitions = [nameColumn(), col('Created At', 'date', creationTimestampDoc)];

/** printLimitRange: the name and the creation time in RFC 3339, not an age. */
export function printLimitRange(obj: LimitRange): unknown[] {
  // a zero metav1.Time formats as Go's zero time
  return [obj.metadata?.name ?? '', obj.metadata?.creationTimestamp ?? '0001-01-01T00:00:00Z'];
}

export const limitRangeTablePrinter: TablePrinter = {
  columns: limitRangeColumnDefinitions,
  cells: (obj: RuntimeObject) => printLimitRange(obj as LimitRange),
};
