// The path a conversion takes between two versions of a kind, read from the scheme description: the generated
// conversions only go between an external version and the group's `__internal` hub, so v1beta1 → v1 is
// v1beta1 → __internal → v1, one registered function per hop. Like the apiserver (and the sample conversion),
// the path always passes through the hub, so v1 → v1 is a round trip: v1 → __internal → v1.
import type { SchemeDescription, SchemeKind } from '../../engine';
import { findKind, internalVersion } from './schemeData';

export interface PathHop {
  /** the registered conversion function, e.g. `Convert_v1beta1_Deployment_To_apps_Deployment` */
  func: string;
  to: SchemeKind;
}

export interface ConversionPath {
  from: SchemeKind;
  hops: PathHop[];
  /** where the path stops short of the target, and why; null when it reaches it */
  missing: { version: string; reason: 'notRegistered' | 'noConversion' } | null;
}

export function conversionPath(
  description: SchemeDescription,
  from: SchemeKind,
  toVersion: string,
): ConversionPath {
  const hops: PathHop[] = [];
  let at = from;
  const target = (version: string) => findKind(description, { group: from.group, version, kind: from.kind });
  const hop = (version: string): ConversionPath['missing'] => {
    const to = target(version);
    if (!to) return { version, reason: 'notRegistered' };
    const c = at.conversions.find((x) => x.other?.version === version && x.other.kind === from.kind);
    if (!c) return { version, reason: 'noConversion' };
    hops.push({ func: c.name, to });
    at = to;
    return null;
  };
  if (!from.internal) {
    const missing = hop(internalVersion);
    if (missing) return { from, hops, missing };
  }
  const missing = toVersion === internalVersion ? null : hop(toVersion);
  return { from, hops, missing };
}
