// Go twin: k8s.io/apiserver/pkg/registry/rest/table.go (defaultTableConvertor) and
// k8s.io/apiserver/pkg/endpoints/handlers/response.go (asTable, asPartialObjectMetadata) @ v1.34.0
import { newBadRequest } from '../../api/errors/errors';
import { ObjectMetaDef } from '../../apis/meta/v1/types';
import type { TableColumnDefinition, TablePrinter } from '../../printers/printers';
import type { ObjectMeta, RuntimeObject } from '../../runtime/object';
import { orderStruct } from '../../runtime/serializer/json/gojson';

/** The columns every resource without its own printer gets. */
export const defaultTablePrinter: TablePrinter = {
  columns: [
    {
      name: 'Name',
      type: 'string',
      format: 'name',
      description:
        'Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names',
      priority: 0,
    },
    {
      name: 'Created At',
      type: 'date',
      format: '',
      description:
        'CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata',
      priority: 0,
    },
  ],
  cells: (obj) => [obj.metadata?.name ?? '', obj.metadata?.creationTimestamp ?? ''],
};

export type IncludeObjectPolicy = 'None' | 'Metadata' | 'Object';

/** The `includeObject` query parameter of TableOptions. */
export function parseIncludeObject(value: string | null): IncludeObjectPolicy {
  if (value === null || value === '' || value === 'Metadata') return 'Metadata';
  if (value === 'None' || value === 'Object') return value;
  throw newBadRequest(
    `includeObject: Unsupported value: ${JSON.stringify(value)}: supported values: "Metadata", "None", "Object"`,
  );
}

export function partialObjectMetadata(
  meta: ObjectMeta | undefined,
  apiVersion: string,
): Record<string, unknown> {
  return {
    kind: 'PartialObjectMetadata',
    apiVersion,
    metadata: orderStruct(ObjectMetaDef, meta as Record<string, unknown>),
  };
}

export interface TableInput {
  items: RuntimeObject[];
  listMeta: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
}

/** Builds a meta.k8s.io Table; `rowObject` renders the row's object per includeObject. */
export function buildTable(
  printer: TablePrinter,
  input: TableInput,
  now: Date,
  apiVersion: string,
  include: IncludeObjectPolicy,
  rowObject: (obj: RuntimeObject) => unknown,
  noHeaders = false,
): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  if (input.listMeta.resourceVersion) metadata.resourceVersion = input.listMeta.resourceVersion;
  if (input.listMeta.continue) metadata.continue = input.listMeta.continue;
  if (input.listMeta.remainingItemCount !== undefined)
    metadata.remainingItemCount = input.listMeta.remainingItemCount;
  const columns: TableColumnDefinition[] | null = noHeaders ? null : printer.columns;
  return {
    kind: 'Table',
    apiVersion,
    metadata,
    columnDefinitions: columns,
    rows: input.items.map((item) => ({
      cells: printer.cells(item, now),
      object:
        include === 'None'
          ? null
          : include === 'Object'
            ? rowObject(item)
            : partialObjectMetadata(item.metadata, apiVersion),
    })),
  };
}
