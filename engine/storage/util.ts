// Go twin: k8s.io/apiserver/pkg/storage/interfaces.go + util.go (PrepareKey, ValidateListOptions) @ v1.34.0
import { newBadRequest } from '../api/errors/errors';
import { quote } from '../util/strconv/quote';
import { decodeContinue } from './continue';
import type { ListOptions, Versioner } from './interfaces';

/** Rejects relative segments and empty keys; a recursive key gets a trailing '/' so `/a` never lists `/ab`. */
export function prepareKey(key: string, recursive: boolean): string {
  if (key === '..' || key.startsWith('../') || key.endsWith('/..') || key.includes('/../')) {
    throw new Error(`invalid key: ${quote(key)}`);
  }
  if (key === '.' || key.startsWith('./') || key.endsWith('/.') || key.includes('/./')) {
    throw new Error(`invalid key: ${quote(key)}`);
  }
  if (key === '' || key === '/') throw new Error(`empty key: ${quote(key)}`);
  if (recursive && !key.endsWith('/')) return key + '/';
  return key;
}

/**
 * Which revision a list reads at (0: the latest) and where it starts (continueKey: '' for the prefix).
 * - continue token: its revision (rv -1: the latest); a resourceVersion other than '' or '0' is refused;
 * - Exact: that revision; NotOlderThan: the latest (checked against the minimum afterwards);
 * - '' (legacy): the latest, except a paged recursive list with rv > 0, which reads at rv.
 */
export function validateListOptions(
  keyPrefix: string,
  versioner: Versioner,
  opts: ListOptions,
): { withRev: number; continueKey: string } {
  const rvString = opts.resourceVersion ?? '';
  const pred = opts.predicate;
  if (opts.recursive && pred.continue.length > 0) {
    let decoded: { fromKey: string; rv: number };
    try {
      decoded = decodeContinue(pred.continue, keyPrefix);
    } catch (err) {
      throw newBadRequest(`invalid continue token: ${(err as Error).message}`);
    }
    if (rvString.length > 0 && rvString !== '0') {
      throw newBadRequest('specifying resource version is not allowed when using continue');
    }
    // continueRV > 0: that revision; continueRV < 0: the latest (0 was rejected as invalid).
    return { withRev: decoded.rv > 0 ? decoded.rv : 0, continueKey: decoded.fromKey };
  }
  if (rvString.length === 0) return { withRev: 0, continueKey: '' };
  let parsed: number;
  try {
    parsed = versioner.parseResourceVersion(rvString);
  } catch (err) {
    throw newBadRequest(`invalid resource version: ${(err as Error).message}`);
  }
  const match: string = opts.resourceVersionMatch ?? '';
  switch (match) {
    case 'NotOlderThan':
      // Checked after the read, against the revision etcd answered with.
      return { withRev: 0, continueKey: '' };
    case 'Exact':
      return { withRev: parsed, continueKey: '' };
    case '':
      return { withRev: opts.recursive && pred.limit > 0 && parsed > 0 ? parsed : 0, continueKey: '' };
    default:
      throw new Error(`unknown ResourceVersionMatch value: ${match}`);
  }
}
