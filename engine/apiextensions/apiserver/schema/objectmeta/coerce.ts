// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/objectmeta/coerce.go (CoerceWithOptions,
// GetObjectMetaWithOptions, SetObjectMeta) @ v1.34.0
//
// ObjectMeta at a resource root (and in embedded resources) is decoded as Go decodes metav1.ObjectMeta: unknown
// fields are dropped (and reported), known ones keep their types, and the result is written back in Go's shape.
import { ObjectMetaDef } from '../../../../apis/meta/v1/types';
import { decodeStruct, JSONDecodeError, orderStruct } from '../../../../runtime/serializer/json/gojson';
import { isObject } from '../../../../runtime/object';
import type { FieldError } from '../../../../util/validation/field/errors';
import { invalid } from '../../../../util/validation/field/errors';
import { newPath, type Path } from '../../../../util/validation/field/path';
import type { Structural } from '../structural';

export interface ObjectMetaResult {
  /** the decoded ObjectMeta, or null when obj has no metadata */
  meta: Record<string, unknown> | null;
  /** unknown fields as `metadata.foo` (prefixed with parentPath) */
  unknownFieldPaths: string[];
}

/**
 * getObjectMetaWithOptions decodes obj.metadata as a metav1.ObjectMeta (Go: GetObjectMetaWithOptions). A value of
 * the wrong type throws Go's json error unless dropMalformedFields, which keeps every field that decodes alone.
 */
export function getObjectMetaWithOptions(
  obj: Record<string, unknown>,
  opts: { dropMalformedFields: boolean; parentPath?: Path | null },
): ObjectMetaResult {
  if (!Object.prototype.hasOwnProperty.call(obj, 'metadata')) return { meta: null, unknownFieldPaths: [] };
  const metadata = obj.metadata;
  const prefix = opts.parentPath ? opts.parentPath.child('metadata').toString() : 'metadata';
  try {
    const { obj: meta, strictErrors } = decodeStruct(ObjectMetaDef, metadata);
    return { meta, unknownFieldPaths: strictErrors.map((e) => `${prefix}.${strictFieldPath(e)}`) };
  } catch (e) {
    if (!(e instanceof JSONDecodeError) || !opts.dropMalformedFields) throw e;
  }
  if (!isObject(metadata))
    throw new JSONDecodeError(`invalid metadata: expected object, got ${goTypeOf(metadata)}`);
  // field by field: keep what decodes on its own
  const acc: Record<string, unknown> = {};
  for (const k of Object.keys(metadata)) {
    try {
      const { obj: one } = decodeStruct(ObjectMetaDef, { [k]: metadata[k] });
      Object.assign(acc, one);
    } catch (e) {
      if (!(e instanceof JSONDecodeError)) throw e;
    }
  }
  return { meta: decodeStruct(ObjectMetaDef, acc).obj, unknownFieldPaths: [] };
}

/** `unknown field "a.b"` → `a.b` */
function strictFieldPath(msg: string): string {
  const m = /^unknown field "(.*)"$/.exec(msg);
  return m ? JSON.parse(`"${m[1]!}"`) : msg;
}

function goTypeOf(v: unknown): string {
  if (Array.isArray(v)) return '[]interface {}';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return Number.isInteger(v) ? 'int64' : 'float64';
    case 'boolean':
      return 'bool';
    default:
      return '<nil>';
  }
}

/** setObjectMeta writes meta back into obj in Go's shape, without a zero creationTimestamp. */
export function setObjectMeta(obj: Record<string, unknown>, meta: Record<string, unknown> | null): void {
  if (meta === null) {
    delete obj.metadata;
    return;
  }
  const out = orderStruct(ObjectMetaDef, meta);
  if (out.creationTimestamp === null || out.creationTimestamp === undefined) delete out.creationTimestamp;
  obj.metadata = out;
}

export interface CoerceOptions {
  dropInvalidFields: boolean;
  returnUnknownFieldPaths: boolean;
}

/**
 * coerceWithOptions checks apiVersion/kind and coerces ObjectMeta of embedded resources (and of the root when
 * isResourceRoot), in place. Returns the first error (as Go does) and the sorted unknown metadata fields.
 */
export function coerceWithOptions(
  pth: Path | null,
  obj: unknown,
  s: Structural | null,
  isResourceRoot: boolean,
  opts: CoerceOptions,
): { error: FieldError | null; unknownFieldPaths: string[] } {
  if (isResourceRoot) {
    const base: Structural = s ?? { generic: { type: '', nullable: false }, extensions: emptyExt() };
    s = base.extensions.xEmbeddedResource
      ? base
      : { ...base, extensions: { ...base.extensions, xEmbeddedResource: true } };
  }
  const unknown: string[] = [];
  const error = coerce(pth, obj, s, opts, unknown, 0);
  unknown.sort();
  return { error, unknownFieldPaths: opts.returnUnknownFieldPaths ? unknown : [] };
}

const emptyExt = () => ({ xPreserveUnknownFields: false, xEmbeddedResource: false, xIntOrString: false });

const child = (p: Path | null, name: string) => (p ? p.child(name) : newPath(name));
const key = (p: Path | null, k: string) => (p ? p.key(k) : newPath('').key(k));

function coerce(
  pth: Path | null,
  x: unknown,
  s: Structural | null | undefined,
  opts: CoerceOptions,
  unknown: string[],
  depth: number,
): FieldError | null {
  if (!s || depth > 2000) return null;
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) {
      const e = coerce(pth ? pth.index_(i) : newPath('').index_(i), x[i], s.items, opts, unknown, depth + 1);
      if (e) return e;
    }
    return null;
  }
  if (!isObject(x)) return null;
  for (const k of Object.keys(x)) {
    const v = x[k];
    if (s.extensions.xEmbeddedResource) {
      if (k === 'apiVersion' || k === 'kind') {
        if (typeof v !== 'string') {
          if (opts.dropInvalidFields) delete x[k];
          else return invalid(child(pth, k), v, 'must be a string');
        }
      } else if (k === 'metadata') {
        try {
          const r = getObjectMetaWithOptions(x, {
            dropMalformedFields: opts.dropInvalidFields,
            parentPath: pth,
          });
          unknown.push(...r.unknownFieldPaths);
          if (r.meta) setObjectMeta(x, r.meta);
        } catch (e) {
          if (!(e instanceof JSONDecodeError)) throw e;
          if (!opts.dropInvalidFields) return invalid(child(pth, 'metadata'), v, e.message);
        }
      }
    }
    const prop = s.properties?.get(k);
    if (prop) {
      const e = coerce(child(pth, k), x[k], prop, opts, unknown, depth + 1);
      if (e) return e;
    } else if (s.additionalProperties) {
      const e = coerce(key(pth, k), x[k], s.additionalProperties.structural, opts, unknown, depth + 1);
      if (e) return e;
    }
  }
  return null;
}
