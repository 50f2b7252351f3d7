// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/validation.go (ValidateDefaults) @ v1.34.0
//
// Simplified where Go builds a surrounding object to check defaults inside embedded ObjectMeta/TypeMeta: such a
// default is only validated against its own schema here. CEL rules are not evaluated.
import { copyJSON } from '../../../../runtime/object';
import { invalid, type FieldError } from '../../../../util/validation/field/errors';
import type { Path } from '../../../../util/validation/field/path';
import { validateCustomResource } from '../../validation/validation';
import { coerceWithOptions } from '../objectmeta/coerce';
import { pruneWithOptions } from '../pruning/algorithm';
import type { Structural } from '../structural';

const metaFields = new Set(['metadata', 'apiVersion', 'kind']);

/** validateDefaults checks that every default validates against its schema and has no unknown fields. */
export function validateDefaults(
  pth: Path,
  s: Structural | null,
  isResourceRoot: boolean,
  requirePrunedDefaults: boolean,
): FieldError[] {
  if (!s) return [];
  if (isResourceRoot && !s.extensions.xEmbeddedResource)
    s = { ...s, extensions: { ...s.extensions, xEmbeddedResource: true } };
  const errs: FieldError[] = [];
  walk(pth, s, false, requirePrunedDefaults, errs);
  return errs;
}

function walk(
  pth: Path,
  s: Structural,
  insideMeta: boolean,
  requirePruned: boolean,
  errs: FieldError[],
): void {
  if (s.extensions.xEmbeddedResource) insideMeta = false;
  const def = s.generic.default;
  if (def !== undefined) {
    const dPath = pth.child('default');
    if (insideMeta) {
      errs.push(...validateCustomResource(dPath, def, s));
    } else {
      if (requirePruned) {
        const pruned = copyJSON(def);
        pruneWithOptions(pruned, s, s.extensions.xEmbeddedResource);
        if (JSON.stringify(pruned) !== JSON.stringify(def))
          errs.push(invalid(dPath, def, 'must not have unknown fields'));
      }
      const coerced = copyJSON(def);
      const c = coerceWithOptions(dPath, coerced, s, s.extensions.xEmbeddedResource, {
        dropInvalidFields: false,
        returnUnknownFieldPaths: false,
      });
      if (c.error) errs.push(c.error);
      else errs.push(...validateCustomResource(dPath, def, s));
    }
  }
  // additionalProperties are not followed: Go forbids defaults there only inside metadata, and checks none
  if (s.items) walk(pth.child('items'), s.items, insideMeta, requirePruned, errs);
  for (const [k, sub] of s.properties ?? []) {
    const subInsideMeta = insideMeta || (s.extensions.xEmbeddedResource && metaFields.has(k));
    walk(pth.child('properties').key(k), sub, subInsideMeta, requirePruned, errs);
  }
}
