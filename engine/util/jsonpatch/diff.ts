// Go twin: none in kube-apiserver. Webhook tests in Go build patches with gomodules.xyz/jsonpatch/v2
// CreatePatch; this is the same idea, used to show learners what each admission plugin changed.
//
// createPatch(a, b): RFC 6902 operations that turn a into b — `add` and `remove` for object keys that appear
// or go, `replace` for changed scalars; arrays of different length are diffed element by element up to the
// shorter one, then grown (`add` at `/-`) or shrunk (`remove` from the end).
import { copyJSON, isObject } from '../../runtime/object';

export interface PatchOperation {
  op: 'add' | 'remove' | 'replace';
  path: string;
  value?: unknown;
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function createPatch(a: unknown, b: unknown): PatchOperation[] {
  const ops: PatchOperation[] = [];
  diff(copyJSON(a), copyJSON(b), '', ops);
  return ops;
}

function diff(a: unknown, b: unknown, path: string, ops: PatchOperation[]): void {
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a))
      if (!Object.hasOwn(b, key)) ops.push({ op: 'remove', path: `${path}/${escape(key)}` });
    for (const key of Object.keys(b)) {
      const p = `${path}/${escape(key)}`;
      if (!Object.hasOwn(a, key)) ops.push({ op: 'add', path: p, value: b[key] });
      else diff(a[key], b[key], p, ops);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const common = Math.min(a.length, b.length);
    for (let i = 0; i < common; i++) diff(a[i], b[i], `${path}/${i}`, ops);
    for (let i = a.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${i}` });
    for (let i = common; i < b.length; i++) ops.push({ op: 'add', path: `${path}/-`, value: b[i] });
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) ops.push({ op: 'replace', path, value: b });
}
