// Go twin: k8s.io/apiserver/pkg/util/webhook/validation.go (ValidateWebhookURL, ValidateWebhookService) and the
// parts of net/url (Parse) they depend on @ v1.34.0
import { invalid, required, type ErrorList } from '../validation/field/errors';
import type { Path } from '../validation/field/path';
import { isDNS1123Subdomain, isValidPortNum } from '../validation/validation';

/** The parts of a *url.URL the webhook code reads. */
export interface ParsedURL {
  scheme: string;
  /** userinfo as written (`user:password`), or null when there is none */
  user: string | null;
  /** host with its port, e.g. `example.com:8443` */
  host: string;
  path: string;
  rawQuery: string;
  fragment: string;
}

/** url.Parse: the URL, or the *url.Error text `parse "<url>": <reason>`. */
export function parseURL(raw: string): ParsedURL | { error: string } {
  const fail = (why: string) => ({ error: `parse ${JSON.stringify(raw)}: ${why}` });
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(raw)) return fail('net/url: invalid control character in URL');
  let rest = raw;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let scheme = '';
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
  if (rest.startsWith(':')) return fail('missing protocol scheme');
  if (m) {
    scheme = m[1]!.toLowerCase();
    rest = rest.slice(m[0].length);
  }
  let rawQuery = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    rawQuery = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  if (scheme !== '' && !rest.startsWith('/')) {
    // an opaque URL such as `mailto:x`: no host
    return { scheme, user: null, host: '', path: '', rawQuery, fragment };
  }
  let user: string | null = null;
  let host = '';
  if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    const authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    host = at < 0 ? authority : authority.slice(at + 1);
    if (at >= 0) user = authority.slice(0, at);
    const port = /^(?:\[[^\]]*\]|[^:]*)(:.*)?$/.exec(host)?.[1];
    if (port !== undefined && !/^:[0-9]*$/.test(port))
      return fail(`invalid port ${JSON.stringify(port)} after host`);
  } else if (scheme === '') {
    const first = rest.split('/')[0] ?? '';
    if (first.includes(':')) return fail('first path segment in URL cannot contain colon');
  }
  return { scheme, user, host, path: rest, rawQuery, fragment };
}

/** ValidateWebhookURL: https only (when forced), a host, and no userinfo, fragment or query. */
export function validateWebhookURL(fldPath: Path, url: string, forceHttps: boolean): ErrorList {
  const errs: ErrorList = [];
  const form = '; desired format: https://host[/path]';
  const u = parseURL(url);
  if ('error' in u) {
    errs.push(required(fldPath, `url must be a valid URL: ${u.error}${form}`));
    return errs;
  }
  if (forceHttps && u.scheme !== 'https') {
    errs.push(invalid(fldPath, u.scheme, `'https' is the only allowed URL scheme${form}`));
  }
  if (u.host.length === 0) errs.push(invalid(fldPath, u.host, `host must be provided${form}`));
  if (u.user !== null) errs.push(invalid(fldPath, u.user, 'user information is not permitted in the URL'));
  if (u.fragment.length !== 0)
    errs.push(invalid(fldPath, u.fragment, 'fragments are not permitted in the URL'));
  if (u.rawQuery.length !== 0) {
    errs.push(invalid(fldPath, u.rawQuery, 'query parameters are not permitted in the URL'));
  }
  return errs;
}

/** ValidateWebhookService: name and namespace, a valid port, and a path of DNS-subdomain segments. */
export function validateWebhookService(
  fldPath: Path,
  namespace: string,
  name: string,
  path: string | undefined,
  port: number,
): ErrorList {
  const errs: ErrorList = [];
  if (name.length === 0) errs.push(required(fldPath.child('name'), 'service name is required'));
  if (namespace.length === 0)
    errs.push(required(fldPath.child('namespace'), 'service namespace is required'));
  const portErrs = isValidPortNum(port);
  if (portErrs.length > 0) {
    errs.push(invalid(fldPath.child('port'), port, `port is not valid: ${portErrs.join(', ')}`));
  }
  if (path === undefined) return errs;
  if (path === '/' || path.length === 0) return errs;
  if (path === '//') {
    errs.push(invalid(fldPath.child('path'), path, 'segment[0] may not be empty'));
    return errs;
  }
  if (!path.startsWith('/')) errs.push(invalid(fldPath.child('path'), path, "must start with a '/'"));
  let toCheck = path.slice(1);
  if (toCheck.endsWith('/')) toCheck = toCheck.slice(0, -1);
  toCheck.split('/').forEach((step, i) => {
    if (step.length === 0) {
      errs.push(invalid(fldPath.child('path'), path, `segment[${i}] may not be empty`));
      return;
    }
    for (const failure of isDNS1123Subdomain(step)) {
      errs.push(invalid(fldPath.child('path'), path, `segment[${i}]: ${failure}`));
    }
  });
  return errs;
}
