// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (serviceAccountColumnDefinitions,
// printServiceAccount) @ v1.34.0. The Secrets column is still there in 1.34 (usually 0 since 1.24).
import type { ServiceAccount } from '../apis/core/serviceaccount_types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

/** v1.ServiceAccount{}.SwaggerDoc()["secrets"] (1.32+ text) */
const secretsDoc =
  'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. Pods are only limited to this list if this service account has a "kubernetes.io/enforce-mountable-secrets" annotation set to "true". The "kubernetes.io/enforce-mountable-secrets" annotation is deprecated since v1.32. Prefer separate namespaces to isolate access to mounted secrets. This field should not be used to find auto-generated service account token secrets for use outside of pods. Instead, tokens can be requested directly using the TokenRequest API, or service account token secrets can be manually created. More info: https://kubernetes.io/docs/concepts/configuration/secret';

export const serviceAccountColumnDefinitions = [
  nameColumn(),
  col('Secrets', 'string', secretsDoc),
  ageColumn(),
];

/** printServiceAccount: Name, Secrets (the number of secret references), Age. */
export function printServiceAccount(obj: ServiceAccount, now: Date): unknown[] {
  return [
    obj.metadata?.name ?? '',
    (obj.secrets ?? []).length,
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
  ];
}

export const serviceAccountTablePrinter: TablePrinter = {
  columns: serviceAccountColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printServiceAccount(obj as ServiceAccount, now),
};
