// Go twin: encoding/json (Marshal, Unmarshal, UnmarshalTypeError) with sigs.k8s.io/json's strict mode, as
// k8s.io/apimachinery/pkg/runtime/serializer/json/json.go uses them @ v1.34.0.
//
// Encoding follows a type's declared fields: Go struct order, omitempty, map keys sorted, `<`, `>` and `&`
// escaped as Go does. Decoding is case-sensitive, reports unknown fields as strict errors (with their
// path) and stops at the first type mismatch with Go's UnmarshalTypeError text.
import { fieldByJSON, goTypeName, type FieldDef, type StructDef, type TypeRef } from '../../gotype';
import { isObject, setOwn } from '../../object';
import { parseQuantity } from '../../../api/resource/quantity';

/** json.UnmarshalTypeError, or another error a field's UnmarshalJSON returned. */
export class JSONDecodeError extends Error {}

export interface DecodeResult {
  obj: Record<string, unknown>;
  /** sigs.k8s.io/json strict errors, e.g. `unknown field "spec.foo"` */
  strictErrors: string[];
}

interface Ctx {
  strict: string[];
  /** JSON names from the root, without indices: Go's UnmarshalTypeError.Field */
  path: string[];
  /** the same with indices, as strict errors print them */
  strictPath: string;
  /** Go name of the innermost struct, for `Go struct field <Struct>.<path>` */
  structName: string;
  rootType: string;
}

/** Decodes a parsed JSON value into the given struct, returning a fresh object in Go field order. */
export function decodeStruct(def: StructDef, value: unknown): DecodeResult {
  const ctx: Ctx = { strict: [], path: [], strictPath: '', structName: '', rootType: goTypeName(def) };
  const t: TypeRef = { kind: 'struct', name: goTypeName(def), def: () => def };
  const obj = decodeValue(t, value, ctx);
  return { obj: (obj as Record<string, unknown>) ?? {}, strictErrors: ctx.strict };
}

function jsonKindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}

function typeError(ctx: Ctx, what: string, type: TypeRef): JSONDecodeError {
  if (ctx.path.length === 0)
    return new JSONDecodeError(`json: cannot unmarshal ${what} into Go value of type ${type.name}`);
  return new JSONDecodeError(
    `json: cannot unmarshal ${what} into Go struct field ${ctx.structName}.${ctx.path.join('.')} of type ${type.name}`,
  );
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** metav1.Time keeps seconds in UTC: `2006-01-02T15:04:05Z`. */
export function normalizeTime(s: string): string {
  const m = RFC3339.exec(s);
  if (!m)
    throw new JSONDecodeError(
      `parsing time ${JSON.stringify(s)} as "2006-01-02T15:04:05Z07:00": cannot parse ${JSON.stringify(s)} as "2006"`,
    );
  const d = new Date(s);
  if (Number.isNaN(d.getTime()))
    throw new JSONDecodeError(`parsing time ${JSON.stringify(s)}: day out of range`);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function decodeValue(type: TypeRef, v: unknown, ctx: Ctx): unknown {
  switch (type.kind) {
    case 'string':
      if (v === null) return undefined;
      if (typeof v !== 'string') throw typeError(ctx, jsonKindOf(v), type);
      return v;
    case 'bool':
      if (v === null) return undefined;
      if (typeof v !== 'boolean') throw typeError(ctx, jsonKindOf(v), type);
      return v;
    case 'int32':
    case 'int64': {
      if (v === null) return undefined;
      if (typeof v !== 'number') throw typeError(ctx, jsonKindOf(v), type);
      const max = type.kind === 'int32' ? 2 ** 31 : 2 ** 63;
      if (!Number.isInteger(v) || v >= max || v < -max) throw typeError(ctx, `number ${v}`, type);
      return v;
    }
    case 'float64':
      if (v === null) return undefined;
      if (typeof v !== 'number') throw typeError(ctx, jsonKindOf(v), type);
      return v;
    case 'time':
      if (v === null) return undefined;
      if (typeof v !== 'string') throw typeError(ctx, jsonKindOf(v), type);
      return normalizeTime(v);
    case 'quantity':
      if (v === null) return undefined;
      if (typeof v !== 'string' && typeof v !== 'number') throw typeError(ctx, jsonKindOf(v), type);
      try {
        return parseQuantity(String(v)).toString();
      } catch (e) {
        throw new JSONDecodeError((e as Error).message);
      }
    case 'intOrString':
      if (v === null) return undefined;
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && Number.isInteger(v) && Math.abs(v) < 2 ** 31) return v;
      throw typeError(ctx, jsonKindOf(v) === 'number' ? `number ${String(v)}` : jsonKindOf(v), {
        kind: 'int32',
        name: 'int32',
      });
    case 'bytes':
      if (v === null) return undefined;
      if (typeof v !== 'string') throw typeError(ctx, jsonKindOf(v), type);
      if (!BASE64.test(v))
        throw new JSONDecodeError(`illegal base64 data at input byte ${firstBadBase64Byte(v)}`);
      return v;
    case 'raw':
      return copyRaw(v);
    case 'ptr':
      if (v === null) return undefined;
      return decodeValue(type.elem, v, ctx);
    case 'slice': {
      if (v === null) return undefined;
      if (!Array.isArray(v)) throw typeError(ctx, jsonKindOf(v), type);
      const base = ctx.strictPath;
      const out = v.map((item, i) => {
        ctx.strictPath = `${base}[${i}]`;
        return decodeValue(type.elem, item, ctx);
      });
      ctx.strictPath = base;
      return out;
    }
    case 'map': {
      if (v === null) return undefined;
      if (!isObject(v)) throw typeError(ctx, jsonKindOf(v), type);
      const out: Record<string, unknown> = {};
      const base = ctx.strictPath;
      for (const key of Object.keys(v)) {
        ctx.strictPath = `${base}[${key}]`;
        const elem = decodeValue(type.elem, v[key], ctx);
        // a null element still makes an entry: Go stores the element type's zero value
        setOwn(out, key, elem === undefined ? zeroElement(type.elem) : elem);
      }
      ctx.strictPath = base;
      return out;
    }
    case 'struct':
      if (v === null) return undefined;
      if (!isObject(v)) throw typeError(ctx, jsonKindOf(v), type);
      return decodeFields(type.def(), v, ctx);
  }
}

/** The JSON form of a map element's Go zero value (nil for pointers, slices, maps, structs' pointers). */
function zeroElement(type: TypeRef): unknown {
  switch (type.kind) {
    case 'string':
    case 'bytes':
      return '';
    case 'bool':
      return false;
    case 'int32':
    case 'int64':
    case 'float64':
      return 0;
    default:
      return null;
  }
}

function decodeFields(def: StructDef, v: Record<string, unknown>, ctx: Ctx): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const { structName, strictPath, path } = ctx;
  for (const key of Object.keys(v)) {
    if (!fieldByJSON(def, key))
      ctx.strict.push(`unknown field ${JSON.stringify(strictPath ? `${strictPath}.${key}` : key)}`);
  }
  for (const f of def.fields) {
    if (!Object.prototype.hasOwnProperty.call(v, f.json)) continue;
    ctx.structName = def.name;
    ctx.path = [...path, f.json];
    ctx.strictPath = strictPath ? `${strictPath}.${f.json}` : f.json;
    const value = decodeValue(f.type, v[f.json], ctx);
    if (value !== undefined) out[f.json] = value;
  }
  ctx.structName = structName;
  ctx.path = path;
  ctx.strictPath = strictPath;
  return out;
}

function firstBadBase64Byte(s: string): number {
  for (let i = 0; i < s.length; i++) if (!/[A-Za-z0-9+/=]/.test(s[i]!)) return i;
  return Math.max(0, s.length - (s.length % 4));
}

function copyRaw(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(copyRaw);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) setOwn(out, k, copyRaw((v as Record<string, unknown>)[k]));
  return out;
}

// ---- encoding -------------------------------------------------------------------------------------------

/** Returns a plain value whose key order and contents are what Go's json.Marshal would write. */
export function orderStruct(
  def: StructDef,
  obj: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of def.fields) {
    const v = obj?.[f.json];
    if (v === undefined || v === null) {
      if (f.omitzero) continue;
      const zero = zeroValue(f.type, f.omitempty);
      if (zero !== undefined) out[f.json] = zero;
      continue;
    }
    if (f.omitempty && isEmpty(f.type, v)) continue;
    out[f.json] = orderValue(f.type, v);
  }
  return out;
}

function zeroValue(type: TypeRef, omitempty: boolean): unknown {
  switch (type.kind) {
    case 'struct':
      return orderStruct(type.def(), undefined); // omitempty never drops a struct value
    case 'time':
      return null;
    default:
      if (omitempty) return undefined;
      switch (type.kind) {
        case 'string':
        case 'bytes':
          return type.kind === 'bytes' ? null : '';
        case 'bool':
          return false;
        case 'int32':
        case 'int64':
        case 'float64':
          return 0;
        case 'quantity':
          return '0';
        case 'intOrString':
          return 0;
        default:
          return null;
      }
  }
}

function isEmpty(type: TypeRef, v: unknown): boolean {
  switch (type.kind) {
    case 'string':
    case 'bytes':
      return v === '';
    case 'bool':
      return v === false;
    case 'int32':
    case 'int64':
    case 'float64':
      return v === 0;
    case 'slice':
      return Array.isArray(v) && v.length === 0;
    case 'map':
      return isObject(v) && Object.keys(v).length === 0;
    default:
      return false; // structs, pointers (non-nil), quantities, raw values
  }
}

function orderValue(type: TypeRef, v: unknown): unknown {
  switch (type.kind) {
    case 'struct':
      return orderStruct(type.def(), v as Record<string, unknown>);
    case 'ptr':
      return orderValue(type.elem, v);
    case 'slice':
      return (v as unknown[]).map((item) =>
        item === undefined || item === null ? zeroValue(type.elem, false) : orderValue(type.elem, item),
      );
    case 'map': {
      const out: Record<string, unknown> = {};
      const m = v as Record<string, unknown>;
      for (const k of Object.keys(m).sort()) setOwn(out, k, orderValue(type.elem, m[k]));
      return out;
    }
    default:
      return v;
  }
}

/** Recursively sorts map keys, as Go marshals map[string]interface{} (Unstructured). */
export function orderUnstructured(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(orderUnstructured);
  const out: Record<string, unknown> = {};
  const m = v as Record<string, unknown>;
  for (const k of Object.keys(m).sort()) setOwn(out, k, orderUnstructured(m[k]));
  return out;
}

const goEscapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** json.Marshal of an already-ordered value, with Go's HTML-safe escaping; indent for `?pretty=true`. */
export function marshal(value: unknown, indent?: string): string {
  return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (c) => goEscapes[c]!);
}

// ---- direct encoding --------------------------------------------------------------------------------------
// The same output as marshal(orderStruct(def, obj)), written straight to text: no intermediate ordered copy,
// which matters for lists of thousands of objects.

const htmlUnsafe = /[<>&\u2028\u2029]/;
const goString = (s: string) => {
  const q = JSON.stringify(s);
  return htmlUnsafe.test(q) ? q.replace(/[<>&\u2028\u2029]/g, (c) => goEscapes[c]!) : q;
};
const goAny = (v: unknown) => marshal(v);

export function encodeStructCompact(def: StructDef, obj: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  writeStruct(def, obj, parts);
  return parts.join('');
}

/** Per-field text computed once: the quoted key, and the zero value's encoding (undefined: omitted). */
interface FieldText {
  key: string;
  commaKey: string;
  zero: string | undefined;
}
const fieldTexts = new WeakMap<FieldDef, FieldText>();

function fieldText(f: FieldDef): FieldText {
  let ft = fieldTexts.get(f);
  if (!ft) {
    const key = goString(f.json) + ':';
    const zero = f.type.kind === 'struct' || f.omitzero ? undefined : zeroValue(f.type, f.omitempty);
    ft = { key, commaKey: ',' + key, zero: zero === undefined ? undefined : goAny(zero) };
    fieldTexts.set(f, ft);
  }
  return ft;
}

/**
 * Per struct: field positions by JSON name, and the fields written even when absent (non-omitempty ones and
 * structs, which omitempty never drops). Encoding visits the keys an object has plus those, in field order:
 * cheaper than probing every declared field of a big struct such as PodSpec.
 */
interface StructPlan {
  index: Map<string, number>;
  always: number[];
}
const plans = new WeakMap<StructDef, StructPlan>();

function planOf(def: StructDef): StructPlan {
  let plan = plans.get(def);
  if (!plan) {
    const index = new Map(def.fields.map((f, i) => [f.json, i]));
    const always = def.fields
      .map((f, i) => [f, i] as const)
      .filter(([f]) => !f.omitzero && (f.type.kind === 'struct' || fieldText(f).zero !== undefined))
      .map(([, i]) => i);
    plan = { index, always };
    plans.set(def, plan);
  }
  return plan;
}

function writeStruct(def: StructDef, obj: Record<string, unknown> | undefined, parts: string[]): void {
  const plan = planOf(def);
  const order: number[] = [];
  if (obj !== undefined) {
    for (const k of Object.keys(obj)) {
      const i = plan.index.get(k);
      if (i !== undefined) order.push(i);
    }
  }
  for (const i of plan.always) {
    const v = obj === undefined ? undefined : obj[def.fields[i]!.json];
    if (v === undefined) order.push(i);
  }
  order.sort((x, y) => x - y);
  parts.push('{');
  let first = true;
  for (const i of order) {
    const f = def.fields[i]!;
    const v = obj === undefined ? undefined : obj[f.json];
    if (v === undefined || v === null) {
      if (f.omitzero) continue;
      if (f.type.kind === 'struct') {
        const ft = fieldText(f);
        parts.push(first ? ft.key : ft.commaKey);
        writeStruct(f.type.def(), undefined, parts);
        first = false;
        continue;
      }
      const ft = fieldText(f);
      if (ft.zero === undefined) continue;
      parts.push(first ? ft.key : ft.commaKey, ft.zero);
      first = false;
      continue;
    }
    if (f.omitempty && isEmpty(f.type, v)) continue;
    const ft = fieldText(f);
    parts.push(first ? ft.key : ft.commaKey);
    writeValue(f.type, v, parts);
    first = false;
  }
  parts.push('}');
}

function writeValue(type: TypeRef, v: unknown, parts: string[]): void {
  switch (type.kind) {
    case 'struct':
      writeStruct(type.def(), v as Record<string, unknown>, parts);
      return;
    case 'ptr':
      writeValue(type.elem, v, parts);
      return;
    case 'slice': {
      const arr = v as unknown[];
      parts.push('[');
      for (let i = 0; i < arr.length; i++) {
        if (i > 0) parts.push(',');
        const item = arr[i];
        if (item === undefined || item === null) {
          if (type.elem.kind === 'struct') writeStruct(type.elem.def(), undefined, parts);
          else parts.push(goAny(zeroValue(type.elem, false) ?? null));
        } else writeValue(type.elem, item, parts);
      }
      parts.push(']');
      return;
    }
    case 'map': {
      const m = v as Record<string, unknown>;
      const keys = Object.keys(m).sort();
      parts.push('{');
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        parts.push(i > 0 ? ',' + goString(k) + ':' : goString(k) + ':');
        writeValue(type.elem, m[k], parts);
      }
      parts.push('}');
      return;
    }
    case 'string':
    case 'time':
    case 'bytes':
      parts.push(typeof v === 'string' ? goString(v) : goAny(v));
      return;
    case 'bool':
      parts.push(v ? 'true' : 'false');
      return;
    case 'int32':
    case 'int64':
      parts.push(typeof v === 'number' && Number.isInteger(v) ? String(v) : goAny(v));
      return;
    default:
      parts.push(goAny(v));
  }
}
