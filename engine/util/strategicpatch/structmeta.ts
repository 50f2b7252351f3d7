// Go twin: k8s.io/apimachinery/pkg/util/strategicpatch/meta.go (PatchMetaFromStruct) +
//          third_party/forked/golang/json/fields.go (LookupPatchMetadataForStruct) @ v1.34.0
// A LookupPatchMeta over a small description of Go types: what PatchMetaFromStruct reads by reflection.
import { hasOwn } from '../json/value';
import type { LookupPatchMeta, PatchMetaLookup } from './meta';

export type TypeNode =
  | { kind: 'struct'; name: string; fields: Readonly<Record<string, FieldNode>> }
  | { kind: 'map'; elem?: TypeRef }
  | { kind: 'slice'; elem: TypeRef }
  /** A scalar; goKind is reflect.Kind().String() ("string", "int32", "bool", …). */
  | { kind: 'scalar'; goKind?: string };

/** A type, or a thunk for recursive types. */
export type TypeRef = TypeNode | (() => TypeNode);

export interface FieldNode {
  type: TypeRef;
  /** The `patchStrategy` struct tag, e.g. "merge" or "retainKeys,merge". */
  patchStrategy?: string;
  patchMergeKey?: string;
}

const resolve = (t: TypeRef): TypeNode => (typeof t === 'function' ? t() : t);

const goKind = (t: TypeNode): string => (t.kind === 'scalar' ? (t.goKind ?? 'string') : t.kind);

export class PatchMetaFromStruct implements LookupPatchMeta {
  constructor(readonly t: TypeNode) {}

  lookupPatchMetadataForStruct(key: string): PatchMetaLookup {
    const t = this.t;
    if (t.kind !== 'struct') {
      throw new Error(`merging an object in json but data type is not struct, instead is: ${goKind(t)}`);
    }
    // encoding/json picks the exact name, else the first case-insensitive match.
    let f: FieldNode | undefined = hasOwn(t.fields, key) ? t.fields[key] : undefined;
    if (!f) {
      const folded = Object.keys(t.fields).find((k) => k.toLowerCase() === key.toLowerCase());
      if (folded !== undefined) f = t.fields[folded];
    }
    if (!f) throw new Error(`unable to find api field in struct ${t.name} for the json field "${key}"`);
    return {
      meta: new PatchMetaFromStruct(resolve(f.type)),
      patchStrategies: (f.patchStrategy ?? '').split(','),
      patchMergeKey: f.patchMergeKey ?? '',
    };
  }

  lookupPatchMetadataForSlice(key: string): PatchMetaLookup {
    const field = this.lookupPatchMetadataForStruct(key);
    const t = (field.meta as PatchMetaFromStruct).t;
    if (t.kind !== 'slice') throw new Error(`expected slice or array type, but got: ${goKind(this.t)}`);
    const elem = resolve(t.elem);
    if (elem.kind === 'slice') throw new Error('unexpected slice of slice');
    return { ...field, meta: new PatchMetaFromStruct(elem) };
  }

  name(): string {
    return goKind(this.t);
  }
}
