// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresource/tableconvertor/tableconvertor.go (New,
// convertor.ConvertToTable, cellForJSONValue) @ v1.34.0
//
// The Table of a custom resource: Name, then the CRD's additionalPrinterColumns (Age when it declares none).
// Each column reads one simple JSONPath such as `.spec.cronSpec`, `.status.conditions[0].type` or `{.spec.x}`.
import { nameColumn } from '../../../../printers/core_common';
import { translateTimestampSince } from '../../../../printers/duration';
import type { TableColumnDefinition, TablePrinter } from '../../../../printers/printers';
import type { RuntimeObject } from '../../../../runtime/object';
import { isObject } from '../../../../util/json/value';
import { sprintV } from '../../../../util/fmt/value';
import type { CustomResourceColumnDefinition } from '../../../apis/apiextensions/types';

type Step = { key: string } | { index: number };

/** Parses the JSONPath subset printer columns use; null when it is not a simple path. */
export function parseSimpleJSONPath(jsonPath: string): Step[] | null {
  let p = jsonPath.trim();
  if (p.startsWith('{') && p.endsWith('}')) p = p.slice(1, -1).trim();
  const steps: Step[] = [];
  const re = /\.([A-Za-z0-9_-]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  let pos = 0;
  while (pos < p.length) {
    re.lastIndex = pos;
    const m = re.exec(p);
    if (!m) return null;
    if (m[1] !== undefined) steps.push({ key: m[1] });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else steps.push({ key: m[3] ?? m[4] ?? '' });
    pos = re.lastIndex;
  }
  return steps.length > 0 ? steps : null;
}

/** FindResults with AllowMissingKeys: the value, or undefined when the path leads nowhere. */
function find(obj: unknown, steps: Step[]): unknown {
  let cur = obj;
  for (const s of steps) {
    if ('key' in s) {
      if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, s.key)) return undefined;
      cur = cur[s.key];
    } else {
      if (!Array.isArray(cur) || s.index >= cur.length) return undefined;
      cur = cur[s.index];
    }
  }
  return cur;
}

/** cellForJSONValue: the cell for a column type; null when the value does not fit it. */
export function cellForJSONValue(headerType: string, value: unknown, now: Date): unknown {
  if (value === null || value === undefined) return null;
  switch (headerType) {
    case 'integer':
      return typeof value === 'number' ? Math.trunc(value) : null;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'string':
      return typeof value === 'string' ? value : null;
    case 'date':
      if (typeof value !== 'string') return null;
      if (Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return '<invalid>';
      return translateTimestampSince(value, now);
    default:
      return null;
  }
}

export function newTableConvertor(columns: CustomResourceColumnDefinition[]): TablePrinter {
  const headers: TableColumnDefinition[] = [nameColumn()];
  const paths: (Step[] | null)[] = [];
  for (const col of columns) {
    const steps = parseSimpleJSONPath(col.jsonPath);
    // an unparsable column falls back to the Name-only table, as Go logs and serves `c` so far
    if (!steps) break;
    paths.push(steps);
    headers.push({
      name: col.name,
      type: col.type,
      format: col.format ?? '',
      description:
        col.description || `Custom resource definition column (in JSONPath format): ${col.jsonPath}`,
      priority: col.priority ?? 0,
    });
  }
  return {
    columns: headers,
    cells(obj: RuntimeObject, now: Date): unknown[] {
      const cells: unknown[] = [obj.metadata?.name ?? ''];
      paths.forEach((steps, i) => {
        const value = steps ? find(obj, steps) : undefined;
        if (value === undefined) return void cells.push(null);
        // string columns print whatever is there, as the JSONPath printer does
        if (headers[i + 1]!.type === 'string') cells.push(typeof value === 'string' ? value : sprintV(value));
        else cells.push(cellForJSONValue(headers[i + 1]!.type, value, now));
      });
      return cells;
    },
  };
}
