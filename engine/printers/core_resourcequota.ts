// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (resourceQuotaColumnDefinitions,
// printResourceQuota) @ v1.34.0
import type { ResourceQuota } from '../apis/core/resourcequota_types';
import { quantityOf } from '../apis/core/validation/resource_quantity';
import type { RuntimeObject } from '../runtime/object';
import { ageColumn, col, nameColumn, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

export const resourceQuotaColumnDefinitions = [
  nameColumn(),
  ageColumn(),
  col('Request', 'string', 'Request represents a minimum amount of cpu/memory that a container may consume.'),
  col(
    'Limit',
    'string',
    'Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.',
  ),
];

/** A quantity as Go's String() prints it; a missing one is the zero Quantity, "0". */
const show = (v: string | undefined) => quantityOf(v)?.toString() ?? '0';

/**
 * printResourceQuota: `name: used/hard` for each hard resource in name order; `limits.*` go to the Limit column,
 * everything else (requests, counts) to Request.
 */
export function printResourceQuota(obj: ResourceQuota, now: Date): unknown[] {
  const hard = obj.status?.hard ?? {};
  const used = obj.status?.used ?? {};
  const request: string[] = [];
  const limit: string[] = [];
  for (const name of Object.keys(hard).sort()) {
    const pieces = name.split('.');
    const w = pieces.length > 1 && pieces[0] === 'limits' ? limit : request;
    w.push(`${name}: ${show(used[name])}/${show(hard[name])}`);
  }
  return [
    obj.metadata?.name ?? '',
    translateTimestampSince(obj.metadata?.creationTimestamp, now),
    request.join(', '),
    limit.join(', '),
  ];
}

export const resourceQuotaTablePrinter: TablePrinter = {
  columns: resourceQuotaColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printResourceQuota(obj as ResourceQuota, now),
};
