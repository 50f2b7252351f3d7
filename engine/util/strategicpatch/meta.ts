// Go twin: k8s.io/apimachinery/pkg/util/strategicpatch/meta.go (LookupPatchMeta, PatchMeta) @ v1.34.0
// Where the patch strategy and merge key of each field come from. Go reads them from struct tags
// (`patchStrategy:"merge" patchMergeKey:"name"`); the simulator reads them from its type schemas.

/** The patch metadata of one field plus the lookup for the field's own type (or its list element type). */
export interface PatchMetaLookup {
  /** Lookup for the nested type; null means "no metadata below" (every nested list is replaced). */
  meta: LookupPatchMeta | null;
  /** The `patchStrategy` tag split on commas (Go gives `[""]` for an untagged field). */
  patchStrategies: readonly string[];
  /** The `patchMergeKey` tag, "" if none. */
  patchMergeKey: string;
}

/**
 * Go's LookupPatchMeta. Implementations throw an Error with Go's message when the field cannot be found,
 * e.g. `unable to find api field in struct PodSpec for the json field "foo"` (the apiserver turns such plain
 * errors into a 500).
 */
export interface LookupPatchMeta {
  /** For a field holding an object: its metadata and the lookup for the object's type. */
  lookupPatchMetadataForStruct(key: string): PatchMetaLookup;
  /** For a field holding a list: its metadata and the lookup for the list's element type. */
  lookupPatchMetadataForSlice(key: string): PatchMetaLookup;
  /** The Go kind of the type ("struct", "map", …), used in "cannot merge lists without merge key for %s". */
  name(): string;
}

/** What a nil schema does (PatchMetaFromOpenAPI with no schema): no metadata, no error. */
export const noPatchMeta: LookupPatchMeta = {
  lookupPatchMetadataForStruct: () => ({ meta: null, patchStrategies: [], patchMergeKey: '' }),
  lookupPatchMetadataForSlice: () => ({ meta: null, patchStrategies: [], patchMergeKey: '' }),
  name: () => '',
};
