// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (mutatingWebhookColumnDefinitions,
// validatingWebhookColumnDefinitions, printMutatingWebhook, printValidatingWebhook) @ v1.34.0
import type { MutatingWebhookConfiguration } from '../apis/admissionregistration/types';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

export const webhookConfigurationColumnDefinitions = [
  nameColumn(),
  col('Webhooks', 'integer', 'Webhooks indicates the number of webhooks registered in this configuration'),
  ageColumn(),
];

/** printMutatingWebhook / printValidatingWebhook: Name, the number of webhooks, Age. */
export function printWebhookConfiguration(obj: MutatingWebhookConfiguration, now: Date): unknown[] {
  return [
    obj.metadata?.name ?? '',
    (obj.webhooks ?? []).length,
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
  ];
}

const printer: TablePrinter = {
  columns: webhookConfigurationColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) =>
    printWebhookConfiguration(obj as MutatingWebhookConfiguration, now),
};

export const mutatingWebhookConfigurationTablePrinter: TablePrinter = printer;
export const validatingWebhookConfigurationTablePrinter: TablePrinter = printer;
