// Lookups in a scheme description: a kind by GVK, the kind a trace step's object type names, labels.
import type { SchemeDescription, SchemeKind } from '../../engine';
import type { GVK } from './loadScheme';

export const internalVersion = '__internal';

export function findKind(description: SchemeDescription, gvk: GVK): SchemeKind | undefined {
  return description.groups
    .find((g) => g.group === gvk.group)
    ?.versions.find((v) => v.version === gvk.version)
    ?.kinds.find((k) => k.kind === gvk.kind);
}

/** `apps/v1beta1`, `v1` for the core group, as Go prints a GroupVersion. */
export const gvLabel = (gv: { group: string; version: string }): string =>
  gv.group ? `${gv.group}/${gv.version}` : gv.version;

/** The group as the explorer names it: `core` for the legacy group "". */
export const groupLabel = (group: string): string => group || 'core';

/**
 * The kind a trace step's object is: its Go type as the step names it (`v1.Pod`, `core.Pod`), narrowed by the
 * object's own apiVersion and kind when several kinds share that type string.
 */
export function locateObjectType(
  description: SchemeDescription,
  objectType: string | null,
  object: unknown,
): SchemeKind | undefined {
  if (!objectType) return undefined;
  const candidates = description.groups.flatMap((g) =>
    g.versions.flatMap((v) => v.kinds.filter((k) => k.goTypeString === objectType)),
  );
  if (candidates.length <= 1) return candidates[0];
  if (object !== null && typeof object === 'object') {
    const { apiVersion, kind } = object as { apiVersion?: unknown; kind?: unknown };
    const exact = candidates.find((k) => gvLabel(k) === apiVersion && k.kind === kind);
    if (exact) return exact;
  }
  return candidates[0];
}
