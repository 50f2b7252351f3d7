// Search in the scheme explorer: kinds whose name (or Go type, e.g. `core.Pod`) contains the query, keeping
// the group → version → kind structure and the versions' priority order.
import type { SchemeDescription, SchemeGroup } from '../../engine';

export interface FilteredScheme {
  groups: SchemeGroup[];
  /** how many kinds matched */
  count: number;
}

export function filterScheme(description: SchemeDescription, query: string): FilteredScheme {
  const q = query.trim().toLowerCase();
  let count = 0;
  const groups: SchemeGroup[] = [];
  for (const g of description.groups) {
    const versions = g.versions
      .map((v) => ({
        ...v,
        kinds: v.kinds.filter(
          (k) => q === '' || k.kind.toLowerCase().includes(q) || k.goTypeString.toLowerCase().includes(q),
        ),
      }))
      .filter((v) => v.kinds.length > 0);
    if (versions.length === 0) continue;
    for (const v of versions) count += v.kinds.length;
    groups.push({ ...g, versions });
  }
  return { groups, count };
}

/** A Go identifier, the only thing offered as the name of a made-up (unregistered) type. */
export const isGoIdentifier = (s: string): boolean => /^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(s);
