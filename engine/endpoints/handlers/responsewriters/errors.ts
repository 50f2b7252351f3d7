// Go twin: k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go (Forbidden, forbiddenMessage,
// InternalError) @ v1.34.0
import { StatusError, newForbidden } from '../../../api/errors/errors';
import { httpError, type Request, type ResponseWriter } from '../../../server/http';
import { quote } from '../../../util/strconv/quote';
import type { Attributes } from '../../filters/authorization';
import { errorNegotiated } from './writers';

/** Avoid emitting errors that look like valid HTML. Quotes are okay. */
export function sanitize(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** req.RequestURI: the path and raw query as the client sent them. */
export function requestURI(req: Pick<Request, 'path' | 'query'>): string {
  const q = req.query.toString();
  return q ? `${req.path}?${q}` : req.path;
}

/**
 * Forbidden renders a 403 Status: `pods is forbidden: User "jane" cannot list resource "pods" in API group ""
 * in the namespace "default"`, with the authorizer's reason appended as `: <reason>`.
 */
export function forbidden(attributes: Attributes, w: ResponseWriter, req: Request, reason: string): void {
  const msg = sanitize(forbiddenMessage(attributes));
  w.header().set('X-Content-Type-Options', 'nosniff');
  const errMsg = reason === '' ? msg : `${msg}: ${reason}`;
  // Go builds the error with fmt.Errorf(errMsg), so errMsg is used as a format string
  const err = new Error(sprintfNoArgs(errMsg));
  const gr = { group: attributes.apiGroup, resource: attributes.resource };
  if (gr.group === '' && gr.resource === '') {
    // NewForbidden with an empty GroupResource: `forbidden: …` and a non-nil, empty details
    errorNegotiated(
      new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `forbidden: ${err.message}`,
        reason: 'Forbidden',
        details: attributes.name ? { name: attributes.name } : {},
        code: 403,
      }),
      w,
      req,
    );
    return;
  }
  errorNegotiated(newForbidden(gr, attributes.name, err), w, req);
}

/** forbiddenMessage: `User "jane" cannot get path "/foo"` or `User "jane" cannot list resource "pods" in API group "" …` */
export function forbiddenMessage(attributes: Attributes): string {
  const username = attributes.user?.name ?? '';
  if (!attributes.resourceRequest) {
    return `User ${quote(username)} cannot ${attributes.verb} path ${quote(attributes.path)}`;
  }
  let resource = attributes.resource;
  if (attributes.subresource) resource = `${resource}/${attributes.subresource}`;
  if (attributes.namespace) {
    return `User ${quote(username)} cannot ${attributes.verb} resource ${quote(resource)} in API group ${quote(attributes.apiGroup)} in the namespace ${quote(attributes.namespace)}`;
  }
  return `User ${quote(username)} cannot ${attributes.verb} resource ${quote(resource)} in API group ${quote(attributes.apiGroup)} at the cluster scope`;
}

/** InternalError renders a plain-text 500: `Internal Server Error: "/api/v1/pods": <err>`. */
export function internalError(w: ResponseWriter, req: Request, err: Error): void {
  httpError(w, sanitize(`Internal Server Error: ${quote(requestURI(req))}: ${err.message}`), 500);
}

/**
 * fmt.Sprintf(format) with no arguments: `%%` becomes `%`, any other verb `%!v(MISSING)`, a trailing `%`
 * `%!(NOVERB)`. (Flags, width and precision are skipped like fmt does.)
 */
export function sprintfNoArgs(format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    let j = i + 1;
    while (j < format.length && '+-# 0'.includes(format[j]!)) j++;
    while (j < format.length && /[0-9.]/.test(format[j]!)) j++;
    if (j >= format.length) {
      out += '%!(NOVERB)';
      i = j;
      continue;
    }
    const verb = String.fromCodePoint(format.codePointAt(j)!);
    out += verb === '%' ? '%' : `%!${verb}(MISSING)`;
    i = j + verb.length - 1;
  }
  return out;
}
