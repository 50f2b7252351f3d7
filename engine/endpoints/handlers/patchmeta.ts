// Go twin: k8s.io/apimachinery/pkg/util/strategicpatch/meta.go (PatchMetaFromStruct) @ v1.34.0
// Strategic merge patch reads each field's patchStrategy / patchMergeKey from the struct tags; ours come
// from the same field declarations that drive encoding (runtime/gotype.ts).
import { fieldByJSON, type StructDef, type TypeRef } from '../../runtime/gotype';
import type { LookupPatchMeta, PatchMetaLookup } from '../../util/strategicpatch/meta';

function elemOf(type: TypeRef): TypeRef {
  let t = type;
  while (t.kind === 'ptr') t = t.elem;
  return t;
}

function lookupFor(type: TypeRef): LookupPatchMeta | null {
  const t = elemOf(type);
  if (t.kind === 'struct') return patchMetaFromStruct(t.def());
  if (t.kind === 'map') return mapMeta(t.elem);
  if (t.kind === 'slice') return lookupFor(t.elem);
  return null;
}

function mapMeta(elem: TypeRef): LookupPatchMeta {
  const entry = (): PatchMetaLookup => ({ meta: lookupFor(elem), patchStrategies: [''], patchMergeKey: '' });
  return { lookupPatchMetadataForStruct: entry, lookupPatchMetadataForSlice: entry, name: () => 'map' };
}

export function patchMetaFromStruct(def: StructDef): LookupPatchMeta {
  const find = (key: string): PatchMetaLookup => {
    const f = fieldByJSON(def, key);
    if (!f)
      throw new Error(
        `unable to find api field in struct ${def.name} for the json field ${JSON.stringify(key)}`,
      );
    return {
      meta: lookupFor(f.type),
      patchStrategies: (f.patchStrategy ?? '').split(','),
      patchMergeKey: f.patchMergeKey ?? '',
    };
  };
  return { lookupPatchMetadataForStruct: find, lookupPatchMetadataForSlice: find, name: () => 'struct' };
}
