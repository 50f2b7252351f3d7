// Go twin: k8s.io/apiserver/pkg/storage/api_object_versioner.go (APIObjectVersioner) @ v1.34.0
import { quote } from '../util/strconv/quote';
import { FieldError } from '../util/validation/field/errors';
import { newInvalidError } from './errors';
import type { Versioner } from './interfaces';
import type { Obj } from './object';
import { ensureObjectMeta, objectMeta } from './object';

const maxUint64 = (1n << 64n) - 1n;

/** strconv.ParseUint(s, 10, 64), with Go's NumError texts. Returns a bigint so no digit is lost. */
export function parseUint64(s: string): bigint {
  const fail = (why: string) => new Error(`strconv.ParseUint: parsing ${quote(s)}: ${why}`);
  if (s.length === 0) throw fail('invalid syntax');
  let n = 0n;
  for (const c of s) {
    if (c < '0' || c > '9') throw fail('invalid syntax');
    n = n * 10n + BigInt(c.charCodeAt(0) - 48);
    // Go reports overflow as soon as it happens, before looking at the rest of the string.
    if (n > maxUint64) throw fail('value out of range');
  }
  return n;
}

/**
 * Moves resourceVersion between objects and storage revisions. The revision is never stored inside the
 * object bytes: prepareObjectForStorage clears it, and every read puts the key's modRevision back.
 */
export class APIObjectVersioner implements Versioner {
  /** Writes the decimal revision into metadata.resourceVersion; 0 clears it. */
  updateObject(obj: Obj, resourceVersion: number): void {
    if (resourceVersion === 0) {
      const meta = objectMeta(obj);
      if (meta) delete meta.resourceVersion;
      return;
    }
    ensureObjectMeta(obj).resourceVersion = String(resourceVersion);
  }

  updateList(list: Obj, resourceVersion: number, continueValue: string, remainingItemCount?: number): void {
    if (resourceVersion === 0) throw new Error(`illegal resource version from storage: ${resourceVersion}`);
    const meta = ensureObjectMeta(list);
    meta.resourceVersion = String(resourceVersion);
    if (continueValue) meta.continue = continueValue;
    else delete meta.continue;
    if (remainingItemCount !== undefined) meta.remainingItemCount = remainingItemCount;
    else delete meta.remainingItemCount;
  }

  /** Clears resourceVersion and selfLink (omitempty fields, so they vanish from the bytes). */
  prepareObjectForStorage(obj: Obj): void {
    const meta = objectMeta(obj);
    if (!meta) return;
    delete meta.resourceVersion;
    delete meta.selfLink;
  }

  /** The object's resourceVersion as a number; '' is 0; a non-integer throws Go's ParseUint error. */
  objectResourceVersion(obj: Obj): number {
    const v = objectMeta(obj)?.resourceVersion;
    if (v === undefined || v === null || v === '') return 0;
    return Number(parseUint64(String(v)));
  }

  /** '' and '0' are 0; anything that is not a uint64 is an InvalidError on field `resourceVersion`. */
  parseResourceVersion(resourceVersion: string): number {
    if (resourceVersion === '' || resourceVersion === '0') return 0;
    try {
      return Number(parseUint64(resourceVersion));
    } catch (err) {
      // Validation errors should carry version-specific paths; upstream deems this close enough.
      // field.Invalid(field.NewPath("resourceVersion"), ...), built directly: the lint rule that bans Node's
      // `path` module also matches field/path.ts.
      throw newInvalidError([
        new FieldError('FieldValueInvalid', 'resourceVersion', resourceVersion, (err as Error).message),
      ]);
    }
  }
}
