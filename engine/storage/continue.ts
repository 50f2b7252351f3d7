// Go twin: k8s.io/apiserver/pkg/storage/continue.go (EncodeContinue, DecodeContinue, PrepareContinueToken) @ v1.34.0
import { goJSONKind, parseGoJSON } from './goJSON';
import type { ListOptions } from './interfaces';

export const errInvalidStartRV = new Error(
  'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
);
export const errEmptyStartKey = new Error(
  'continue key is not valid: encoded start key empty (version meta.k8s.io/v1)',
);
export const errGenericInvalidKey = new Error('continue key is not valid');
export const errUnrecognizedEncodedVersion = new Error(
  'continue key is not valid: server does not recognize this encoded version',
);

/** fmt.Errorf("%w: %v", base, detail), keeping the sentinel reachable through `cause`. */
const wrap = (base: Error, sep: string, detail: string) =>
  new Error(`${base.message}${sep}${detail}`, { cause: base });

/**
 * Encodes the continue token: base64url (no padding) of the JSON `{"v":"meta.k8s.io/v1","rv":N,"start":K}`,
 * K being `key` without `keyPrefix`. rv -1 means "continue at the latest revision".
 */
export function encodeContinue(key: string, keyPrefix: string, resourceVersion: number): string {
  if (!key.startsWith(keyPrefix) || keyPrefix.length === 0) {
    throw new Error(`unable to encode next field: the key and key prefix do not match ${keyPrefix} ${key}`);
  }
  const nextKey = key.slice(keyPrefix.length);
  const json = goJSONEscape(JSON.stringify({ v: 'meta.k8s.io/v1', rv: resourceVersion, start: nextKey }));
  return base64RawURLEncode(new TextEncoder().encode(json));
}

/** Decodes a continue token into the full start key and its revision; errors carry Go's texts. */
export function decodeContinue(continueValue: string, keyPrefix: string): { fromKey: string; rv: number } {
  let data: string;
  try {
    data = new TextDecoder().decode(base64RawURLDecode(continueValue));
  } catch (err) {
    throw wrap(errGenericInvalidKey, ': ', (err as Error).message);
  }
  let token: { v: string; rv: number; start: string };
  try {
    token = unmarshalContinueToken(data);
  } catch (err) {
    throw wrap(errGenericInvalidKey, ': ', (err as Error).message);
  }
  if (token.v !== 'meta.k8s.io/v1') throw wrap(errUnrecognizedEncodedVersion, ' ', token.v);
  if (token.rv === 0) throw errInvalidStartRV;
  if (token.start.length === 0) throw errEmptyStartKey;
  // path.Clean keeps a client from ranging above keyPrefix with `..` segments.
  const key = token.start.startsWith('/') ? token.start : '/' + token.start;
  if (pathClean(key) !== key) throw wrap(errGenericInvalidKey, ': ', token.start);
  return { fromKey: keyPrefix + key.slice(1), rv: token.rv };
}

/**
 * The continue token and remainingItemCount of a list page. The count is only given when the predicate
 * filters nothing, because etcd's count includes objects a selector would drop.
 */
export function prepareContinueToken(
  keyLastItem: string,
  keyPrefix: string,
  resourceVersion: number,
  itemsCount: number,
  hasMoreItems: boolean,
  opts: ListOptions,
): { continueValue: string; remainingItemCount?: number } {
  if (!hasMoreItems) return { continueValue: '' };
  const continueValue = encodeContinue(keyLastItem + '\x00', keyPrefix, resourceVersion);
  if (!opts.predicate.empty()) return { continueValue };
  return { continueValue, remainingItemCount: itemsCount - opts.predicate.limit };
}

/** encoding/json escapes <, >, & and U+2028/9 inside strings (HTML-safe); JSON.stringify does not. */
function goJSONEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** json.Unmarshal into continueToken: field names match case-insensitively; types are checked as Go does. */
function unmarshalContinueToken(data: string): { v: string; rv: number; start: string } {
  const parsed = parseGoJSON(data);
  const out = { v: '', rv: 0, start: '' };
  if (parsed === null) return out;
  if (typeof parsed !== 'object' || Array.isArray(parsed) || !('entries' in parsed)) {
    throw new Error(
      `json: cannot unmarshal ${goJSONKind(parsed)} into Go value of type storage.continueToken`,
    );
  }
  const fields = { v: 'string', rv: 'int64', start: 'string' } as const;
  const names = Object.keys(fields) as (keyof typeof fields)[];
  for (const [k, value] of parsed.entries) {
    const name = names.find((f) => f === k) ?? names.find((f) => f.toLowerCase() === k.toLowerCase());
    // Unknown keys are ignored, and null leaves a field as it is.
    if (!name || value === null) continue;
    const type = fields[name];
    const mismatch = (what: string) =>
      new Error(`json: cannot unmarshal ${what} into Go struct field continueToken.${name} of type ${type}`);
    if (type === 'string') {
      if (typeof value !== 'string') throw mismatch(goJSONKind(value));
      out[name as 'v' | 'start'] = value;
      continue;
    }
    if (typeof value !== 'object' || Array.isArray(value) || !('number' in value))
      throw mismatch(goJSONKind(value));
    // strconv.ParseInt on the literal: no fraction, no exponent, within int64.
    const n = /^-?\d+$/.test(value.number) ? BigInt(value.number) : undefined;
    if (n === undefined || n < -(1n << 63n) || n >= 1n << 63n) throw mismatch(`number ${value.number}`);
    out.rv = Number(n);
  }
  return out;
}

const b64url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** base64.RawURLEncoding.EncodeToString */
export function base64RawURLEncode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += b64url[(n >> (18 - 6 * j)) & 63];
  }
  return out;
}

/** base64.RawURLEncoding.DecodeString: no padding allowed; CR and LF are skipped, as Go does. */
export function base64RawURLDecode(s: string): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let count = 0;
  let lastIndex = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\r' || c === '\n') continue;
    const v = b64url.indexOf(c);
    if (v < 0) throw new Error(`illegal base64 data at input byte ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    count++;
    lastIndex = i;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  // A lone trailing character cannot hold a whole byte.
  if (count % 4 === 1) throw new Error(`illegal base64 data at input byte ${lastIndex}`);
  return Uint8Array.from(out);
}

/** path.Clean for slash-separated, rooted paths. */
export function pathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}
