// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (configMapColumnDefinitions,
// printConfigMap) @ v1.34.0
import type { ConfigMap } from '../apis/core/configmap_types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

/** v1.ConfigMap{}.SwaggerDoc()["data"] */
const configMapDataDoc =
  "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.";

export const configMapColumnDefinitions = [
  nameColumn(),
  col('Data', 'string', configMapDataDoc),
  ageColumn(),
];

/** printConfigMap: Name, Data (the number of data and binaryData keys), Age. */
export function printConfigMap(obj: ConfigMap, now: Date): unknown[] {
  const n = Object.keys(obj.data ?? {}).length + Object.keys(obj.binaryData ?? {}).length;
  return [obj.metadata?.name ?? '', n, translateTimestampSince(obj.metadata?.creationTimestamp, now)];
}

export const configMapTablePrinter: TablePrinter = {
  columns: configMapColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printConfigMap(obj as ConfigMap, now),
};
