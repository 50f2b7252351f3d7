// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (secretColumnDefinitions, printSecret)
// @ v1.34.0
import type { Secret } from '../apis/core/secret_types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

/** v1.Secret{}.SwaggerDoc()["type"] */
const secretTypeDoc =
  'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types';
/** v1.Secret{}.SwaggerDoc()["data"] */
const secretDataDoc =
  "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4";

export const secretColumnDefinitions = [
  nameColumn(),
  col('Type', 'string', secretTypeDoc),
  col('Data', 'string', secretDataDoc),
  ageColumn(),
];

/** printSecret: Name, Type, Data (the number of keys), Age. */
export function printSecret(obj: Secret, now: Date): unknown[] {
  return [
    obj.metadata?.name ?? '',
    obj.type ?? '',
    Object.keys(obj.data ?? {}).length,
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
  ];
}

export const secretTablePrinter: TablePrinter = {
  columns: secretColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printSecret(obj as Secret, now),
};
