// Go twin: gopkg.in/evanphx/json-patch.v4 patch.go + errors.go (DecodePatch, Patch.Apply) @ v4.12.0
// RFC 6902 as that library implements it, quirks included: a replace of a missing object key adds it, a copy
// from a missing object key writes null, negative array indices count from the end, a null value (or any
// scalar) on the way to the target makes the path "missing", and a leading path segment is not checked.
import { deepEqual } from '../equality';
import { atoi } from '../strconv/atoi';
import { deepCopy, getOwn, goJSONKind, hasOwn, isObject, setOwn } from '../json/value';

export const errMissing = 'missing value';
export const errInvalidIndex = 'invalid index referenced';
export const errTestFailed = 'test failed';

/** An error from DecodePatch or Apply; `message` is exactly the library's err.Error(). */
export class JSONPatchError extends Error {
  override readonly name = 'JSONPatchError';
}

/** One operation as decoded: a JSON object (its values are untyped until used), or null. */
export type Operation = Readonly<Record<string, unknown>> | null;

export interface ApplyOptions {
  /** jsonpatch.AccumulatedCopySizeLimit; the apiserver sets it to JSONPatchMaxCopyBytes (3 MiB). 0 = no limit. */
  accumulatedCopySizeLimit?: number;
  /** jsonpatch.SupportNegativeIndices; true by default in the library and left so by the apiserver. */
  supportNegativeIndices?: boolean;
}

/** DecodePatch: the body must be a JSON array of objects (or null, which is an empty patch). */
export function decodePatch(patch: unknown): Operation[] {
  if (patch === null || patch === undefined) return [];
  if (!Array.isArray(patch)) {
    throw new JSONPatchError(
      `json: cannot unmarshal ${goJSONKind(patch)} into Go value of type jsonpatch.Patch`,
    );
  }
  for (const op of patch) {
    if (op !== null && !isObject(op)) {
      throw new JSONPatchError(
        `json: cannot unmarshal ${goJSONKind(op)} into Go value of type jsonpatch.Operation`,
      );
    }
  }
  return patch as Operation[];
}

// --- operation fields -------------------------------------------------------------------------------------

type Field = { value: string } | { error: string };

// A null field counts as absent, like a nil *json.RawMessage.
function stringField(op: Operation, name: string, missing: string): Field {
  const v = op ? getOwn(op, name) : undefined;
  if (v === undefined || v === null) return { error: missing };
  if (typeof v !== 'string')
    return { error: `json: cannot unmarshal ${goJSONKind(v)} into Go value of type string` };
  return { value: v };
}

const kind = (op: Operation): string => {
  const v = op ? getOwn(op, 'op') : undefined;
  return typeof v === 'string' ? v : 'unknown';
};
const path = (op: Operation) => stringField(op, 'path', `operation missing path field: ${errMissing}`);
const from = (op: Operation) => stringField(op, 'from', `operation, missing from field: ${errMissing}`);
// `undefined` when there is no "value" key (Go's nil *lazyNode); null for an explicit null.
const value = (op: Operation): unknown => (op && hasOwn(op, 'value') ? op['value'] : undefined);

// --- containers ---------------------------------------------------------------------------------------------

type Doc = Record<string, unknown> | unknown[];

class OpError extends Error {}
const fail = (msg: string): never => {
  throw new OpError(msg);
};

const invalidIndex = (idx: bigint) => fail(`Unable to access invalid index: ${idx}: ${errInvalidIndex}`);

interface Container {
  get(key: string): unknown; // undefined when absent (objects only)
  set(key: string, val: unknown): void;
  add(key: string, val: unknown): void;
  remove(key: string): void;
}

class ObjectContainer implements Container {
  constructor(readonly obj: Record<string, unknown>) {}
  get(key: string): unknown {
    return getOwn(this.obj, key);
  }
  set(key: string, val: unknown): void {
    setOwn(this.obj, key, val);
  }
  add(key: string, val: unknown): void {
    setOwn(this.obj, key, val);
  }
  remove(key: string): void {
    if (!hasOwn(this.obj, key)) fail(`Unable to remove nonexistent key: ${key}: ${errMissing}`);
    delete this.obj[key];
  }
}

class ArrayContainer implements Container {
  constructor(
    readonly arr: unknown[],
    private readonly negative: boolean,
  ) {}

  private index(key: string): bigint {
    const r = atoi(key);
    if ('error' in r) return fail(r.error);
    return r.value;
  }
  // Negative indices count from the end of a list of length n.
  private resolve(idx: bigint, n: number): bigint {
    if (idx >= 0n) return idx;
    if (!this.negative || idx < -BigInt(n)) invalidIndex(idx);
    return idx + BigInt(n);
  }

  get(key: string): unknown {
    const idx = this.resolve(this.index(key), this.arr.length);
    if (idx >= BigInt(this.arr.length)) invalidIndex(idx);
    return this.arr[Number(idx)];
  }
  set(key: string, val: unknown): void {
    this.arr[Number(this.resolve(this.index(key), this.arr.length))] = val;
  }
  add(key: string, val: unknown): void {
    if (key === '-') {
      this.arr.push(val);
      return;
    }
    const r = atoi(key);
    if ('error' in r) fail(`value was not a proper array index: '${key}': ${r.error}`);
    const raw = (r as { value: bigint }).value;
    const size = this.arr.length + 1;
    if (raw >= BigInt(size)) invalidIndex(raw);
    this.arr.splice(Number(this.resolve(raw, size)), 0, val);
  }
  remove(key: string): void {
    const raw = this.index(key);
    if (raw >= BigInt(this.arr.length)) invalidIndex(raw);
    this.arr.splice(Number(this.resolve(raw, this.arr.length)), 1);
  }
}

// RFC 6901 unescaping in one left-to-right pass, like strings.NewReplacer("~1", "/", "~0", "~").
const decodePatchKey = (k: string) => k.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~'));

// --- the operations -----------------------------------------------------------------------------------------

class Applier {
  private copied = 0;
  constructor(
    public doc: Doc,
    private readonly opts: Required<ApplyOptions>,
  ) {}

  private wrap(v: Doc): Container {
    return Array.isArray(v)
      ? new ArrayContainer(v, this.opts.supportNegativeIndices)
      : new ObjectContainer(v as Record<string, unknown>);
  }

  // The container holding the last segment and that segment; null when any step on the way is missing.
  private findObject(p: string): { con: Container; key: string } | null {
    const split = p.split('/');
    if (split.length < 2) return null;
    let con = this.wrap(this.doc);
    for (const part of split.slice(1, -1)) {
      let next: unknown;
      try {
        next = con.get(decodePatchKey(part));
      } catch (e) {
        if (e instanceof OpError) return null;
        throw e;
      }
      if (!Array.isArray(next) && !isObject(next)) return null;
      con = this.wrap(next);
    }
    return { con, key: decodePatchKey(split[split.length - 1]!) };
  }

  private op<T>(what: () => T, wrapMsg: (err: string) => string): T {
    try {
      return what();
    } catch (e) {
      if (e instanceof OpError) return fail(wrapMsg(e.message));
      throw e;
    }
  }

  add(o: Operation): void {
    const p = path(o);
    if ('error' in p) return fail(`add operation failed to decode path: ${errMissing}`);
    const found = this.findObject(p.value);
    if (!found) return fail(`add operation does not apply: doc is missing path: "${p.value}": ${errMissing}`);
    const v = value(o);
    this.op(
      () => found.con.add(found.key, v === undefined ? null : deepCopy(v)),
      (err) => `error in add for path: '${p.value}': ${err}`,
    );
  }

  remove(o: Operation): void {
    const p = path(o);
    if ('error' in p) return fail(`remove operation failed to decode path: ${errMissing}`);
    const found = this.findObject(p.value);
    if (!found)
      return fail(`remove operation does not apply: doc is missing path: "${p.value}": ${errMissing}`);
    this.op(
      () => found.con.remove(found.key),
      (err) => `error in remove for path: '${p.value}': ${err}`,
    );
  }

  replace(o: Operation): void {
    const p = path(o);
    if ('error' in p) return fail(`replace operation failed to decode path: ${p.error}`);
    const v = value(o);
    if (p.value === '') {
      // The wrapped error is nil here, which Go prints as %!w(<nil>).
      if (!Array.isArray(v) && !isObject(v)) {
        return fail('replace operation value must be object or array: %!w(<nil>)');
      }
      this.doc = deepCopy(v) as Doc;
      return;
    }
    const found = this.findObject(p.value);
    if (!found)
      return fail(`replace operation does not apply: doc is missing path: ${p.value}: ${errMissing}`);
    try {
      found.con.get(found.key);
    } catch (e) {
      if (e instanceof OpError)
        fail(`replace operation does not apply: doc is missing key: ${p.value}: ${errMissing}`);
      throw e;
    }
    this.op(
      () => found.con.set(found.key, v === undefined ? null : deepCopy(v)),
      (err) => `error in remove for path: '${p.value}': ${err}`,
    );
  }

  move(o: Operation): void {
    const f = from(o);
    if ('error' in f) return fail(`move operation failed to decode from: ${f.error}`);
    const src = this.findObject(f.value);
    if (!src)
      return fail(`move operation does not apply: doc is missing from path: ${f.value}: ${errMissing}`);
    const val = this.op(
      () => src.con.get(src.key),
      (err) => `error in move for path: '${src.key}': ${err}`,
    );
    this.op(
      () => src.con.remove(src.key),
      (err) => `error in move for path: '${src.key}': ${err}`,
    );
    const p = path(o);
    if ('error' in p) return fail(`move operation failed to decode path: ${p.error}`);
    const dst = this.findObject(p.value);
    if (!dst)
      return fail(
        `move operation does not apply: doc is missing destination path: ${p.value}: ${errMissing}`,
      );
    this.op(
      () => dst.con.add(dst.key, val === undefined ? null : val),
      (err) => `error in move for path: '${p.value}': ${err}`,
    );
  }

  test(o: Operation): void {
    const p = path(o);
    if ('error' in p) return fail(`test operation failed to decode path: ${p.error}`);
    const v = value(o);
    if (p.value === '') {
      if (deepEqual(this.doc, v)) return;
      return fail(`testing value ${p.value} failed: ${errTestFailed}`);
    }
    const found = this.findObject(p.value);
    if (!found) return fail(`test operation does not apply: is missing path: ${p.value}: ${errMissing}`);
    const val = this.op(
      () => found.con.get(found.key),
      (err) => `error in test for path: '${p.value}': ${err}`,
    );
    // A missing or null target passes only against an absent or null value.
    if (val === undefined || val === null) {
      if (v === undefined || v === null) return;
      return fail(`testing value ${p.value} failed: ${errTestFailed}`);
    }
    if (v !== undefined && deepEqual(val, v)) return;
    return fail(`testing value ${p.value} failed: ${errTestFailed}`);
  }

  copy(o: Operation): void {
    const f = from(o);
    if ('error' in f) return fail(`copy operation failed to decode from: ${f.error}`);
    const src = this.findObject(f.value);
    if (!src)
      return fail(`copy operation does not apply: doc is missing from path: ${f.value}: ${errMissing}`);
    const val = this.op(
      () => src.con.get(src.key),
      (err) => `error in copy for from: '${f.value}': ${err}`,
    );
    const p = path(o);
    if ('error' in p) return fail(`copy operation failed to decode path: ${errMissing}`);
    const dst = this.findObject(p.value);
    if (!dst)
      return fail(
        `copy operation does not apply: doc is missing destination path: ${p.value}: ${errMissing}`,
      );
    // A missing source copies as nil (null) and adds nothing to the size.
    if (val !== undefined && val !== null) {
      this.copied += goJSONSize(val);
      const limit = this.opts.accumulatedCopySizeLimit;
      if (limit > 0 && this.copied > limit) {
        fail(
          `Unable to complete the copy, the accumulated size increase of copy is ${this.copied}, exceeding the limit ${limit}`,
        );
      }
    }
    this.op(
      () => dst.con.add(dst.key, val === undefined ? null : deepCopy(val)),
      (err) => `error while adding value during copy: ${err}`,
    );
  }
}

/** The byte length of Go's json.Marshal output (HTML-safe escaping makes <, >, & six bytes each). */
function goJSONSize(v: unknown): number {
  const s = JSON.stringify(v);
  let n = new TextEncoder().encode(s).length;
  for (const ch of s) {
    if (ch === '<' || ch === '>' || ch === '&') n += 5;
    else if (ch === '\u2028' || ch === '\u2029') n += 3;
  }
  n += 4 * (s.match(/\\[bf]/g)?.length ?? 0);
  return n;
}

/**
 * Patch.Apply: applies the operations in order to a copy of `doc` (never mutated) and returns the result.
 * Throws JSONPatchError with the library's message; the apiserver answers that with a 422 whose message is
 * the generic "the server rejected our request due to an error in our request".
 */
export function applyPatch(doc: unknown, ops: readonly Operation[], opts: ApplyOptions = {}): unknown {
  if (!Array.isArray(doc) && !isObject(doc)) {
    throw new JSONPatchError(
      `json: cannot unmarshal ${goJSONKind(doc)} into Go value of type jsonpatch.partialDoc`,
    );
  }
  const applier = new Applier(deepCopy(doc), {
    accumulatedCopySizeLimit: opts.accumulatedCopySizeLimit ?? 0,
    supportNegativeIndices: opts.supportNegativeIndices ?? true,
  });
  try {
    for (const op of ops) {
      const k = kind(op);
      switch (k) {
        case 'add':
          applier.add(op);
          break;
        case 'remove':
          applier.remove(op);
          break;
        case 'replace':
          applier.replace(op);
          break;
        case 'move':
          applier.move(op);
          break;
        case 'test':
          applier.test(op);
          break;
        case 'copy':
          applier.copy(op);
          break;
        default:
          fail(`Unexpected kind: ${k}`);
      }
    }
  } catch (e) {
    if (e instanceof OpError) throw new JSONPatchError(e.message);
    throw e;
  }
  return applier.doc;
}
