// Go twin: k8s.io/kubernetes/pkg/printers/tablegenerator.go (TableGenerator) and
// k8s.io/apimachinery/pkg/apis/meta/v1/types.go (TableColumnDefinition) @ v1.34.0
import type { RuntimeObject } from '../runtime/object';

export interface TableColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

/** The server-side columns of one resource, as pkg/printers/internalversion/printers.go declares them. */
export interface TablePrinter {
  columns: TableColumnDefinition[];
  /** one row's cells for an internal object; `now` is the server clock, for the Age column */
  cells(obj: RuntimeObject, now: Date): unknown[];
}
