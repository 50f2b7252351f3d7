// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (namespaceColumnDefinitions,
// printNamespace) @ v1.34.0
import type { Namespace } from '../apis/core/namespace_types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

export const namespaceColumnDefinitions = [
  nameColumn(),
  col('Status', 'string', 'The status of the namespace'),
  ageColumn(),
];

/** printNamespace: Name, Status (the phase), Age. */
export function printNamespace(obj: Namespace, now: Date): unknown[] {
  return [
    obj.metadata?.name ?? '',
    obj.status?.phase ?? '',
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
  ];
}

export const namespaceTablePrinter: TablePrinter = {
  columns: namespaceColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printNamespace(obj as Namespace, now),
};
