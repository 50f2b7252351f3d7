// Go twin: github.com/emicklei/go-restful/v3 @ v3.12 as vendored by Kubernetes v1.34.0 — container.go
// (Container.Add/Dispatch, writeServiceError), curly.go (CurlyRouter), curly_route.go (sortableCurlyRoutes),
// jsr311.go (RouterJSR311.detectRoute), route.go (matchesContentType, matchesAccept, tokenizePath) and
// path_processor.go (defaultPathProcessor.ExtractParameters).
// Not modelled: container/web-service/route filters, route If-conditions, custom verbs (`/{name}:verb`),
// content encoding and the container's own ServeMux (Kubernetes only ever calls Dispatch, from the director).
import { Header, type Handler, type HTTPRequestContext, type Request, type ResponseWriter } from '../http';
import { compareGoStrings } from '../../util/sort/strings';

/** A Route binds an HTTP method and a path template to a handler. */
export interface Route {
  method: string;
  /**
   * The full path (web service root path + route path), e.g. `/api/v1/namespaces/{namespace}/pods/{name}`.
   * `{param}` matches one segment, `{param:regexp}` one segment matching the (unanchored) regexp and
   * `{param:*}` the rest of the path.
   */
  path: string;
  /** the OpenAPI operation id, e.g. `listCoreV1NamespacedPod` */
  operation: string;
  handler: Handler;
  /** media types the route accepts in Content-Type; none means any */
  consumes?: readonly string[];
  /** media types the route can produce for Accept; none means only `*\/*` clients are served */
  produces?: readonly string[];
}

/** A WebService groups routes under a root path (`/api/v1`, `/apis/apps/v1`, `/version`, …). */
export interface WebService {
  rootPath: string;
  routes: Route[];
}

/** ServiceError: what route selection fails with (404, 405, 406, 415), with extra headers (Allow). */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: number,
    message: string,
    readonly header: Header = new Header(),
  ) {
    super(message);
  }
}

export type ServiceErrorHandleFunction = (
  err: ServiceError,
  w: ResponseWriter,
  req: Request,
) => void | Promise<void>;

/** The request-scoped values go-restful keeps on its restful.Request. */
export interface RestfulContext {
  /** the path parameters of the selected route (`namespace`, `name`, …) */
  pathParams?: Readonly<Record<string, string>>;
  /** the selected route */
  route?: Route;
}

/** All path parameters of the route that was dispatched to. */
export function pathParams(req: Request): Readonly<Record<string, string>> {
  return (req.ctx as HTTPRequestContext & RestfulContext).pathParams ?? {};
}

/** restful.Request.PathParameter: the value, or '' when the route has no such parameter. */
export function pathParameter(req: Request, name: string): string {
  const params = pathParams(req);
  return Object.hasOwn(params, name) ? params[name]! : '';
}

/** writeServiceError: go-restful's default, the message as the body with the error's status code. */
export function writeServiceError(err: ServiceError, w: ResponseWriter): void {
  for (const key of err.header.keys()) for (const v of err.header.getAll(key)) w.header().add(key, v);
  w.writeHeader(err.code);
  w.write(err.message);
}

interface CurlyRoute {
  route: Route;
  paramCount: number;
  staticCount: number;
}

/** Container holds WebServices and dispatches requests to their routes with the CurlyRouter. */
export class Container {
  private webServices: WebService[] = [];
  private serviceErrorHandleFunc: ServiceErrorHandleFunction = writeServiceError;

  /** Add a WebService. A duplicate root path makes go-restful exit the process; here it throws. */
  add(service: WebService): this {
    if (service.rootPath === '') service.rootPath = '/';
    for (const each of this.webServices) {
      if (each.rootPath === service.rootPath) {
        throw new Error(`WebService with duplicate root path detected:['${each.rootPath}']`);
      }
    }
    this.webServices.push(service);
    return this;
  }

  /** Remove a WebService (by root path). */
  remove(service: WebService): void {
    this.webServices = this.webServices.filter((each) => each.rootPath !== service.rootPath);
  }

  /** RegisteredWebServices returns the added WebServices, in the order they were added. */
  registeredWebServices(): WebService[] {
    return [...this.webServices];
  }

  /** ServiceErrorHandler changes the function called when route selection fails (default: writeServiceError). */
  serviceErrorHandler(handler: ServiceErrorHandleFunction): void {
    this.serviceErrorHandleFunc = handler;
  }

  /** CurlyRouter.SelectRoute: the best web service and route for the request, or the ServiceError. */
  selectRoute(
    req: Request,
  ): { webService: WebService; route: Route } | { webService?: WebService; error: ServiceError } {
    const requestTokens = tokenizePath(req.path);
    const webService = detectWebService(requestTokens, this.webServices);
    if (!webService) return { error: new ServiceError(404, '404: Page Not Found') };
    const candidates = selectRoutes(webService, requestTokens);
    if (candidates.length === 0) return { webService, error: new ServiceError(404, '404: Page Not Found') };
    const selected = detectRoute(candidates, req);
    if (selected instanceof ServiceError) return { webService, error: selected };
    return { webService, route: selected };
  }

  /** Dispatch the request to the matching route, or to the service error handler. */
  readonly dispatch: Handler = async (w: ResponseWriter, req: Request) => {
    const selected = this.selectRoute(req);
    if ('error' in selected) {
      await this.serviceErrorHandleFunc(selected.error, w, req);
      return;
    }
    const ctx = req.ctx as HTTPRequestContext & RestfulContext;
    ctx.pathParams = extractParameters(selected.route, req.path);
    ctx.route = selected.route;
    await selected.route.handler(w, req);
  };
}

export function newContainer(): Container {
  return new Container();
}

/** tokenizePath: the slash-separated tokens of a path, `/` having none (TrimRightSlashEnabled, the default). */
export function tokenizePath(path: string): string[] {
  if (path === '/') return [];
  return path.replace(/^\/+|\/+$/g, '').split('/');
}

const routeTokens = new WeakMap<Route, string[]>();
function pathParts(route: Route): string[] {
  let parts = routeTokens.get(route);
  if (!parts) routeTokens.set(route, (parts = tokenizePath(route.path)));
  return parts;
}

/** detectWebService: the web service whose root tokens score highest (the first one wins a tie). */
function detectWebService(requestTokens: string[], webServices: WebService[]): WebService | undefined {
  let best: WebService | undefined;
  let score = -1;
  for (const ws of webServices) {
    const [matches, eachScore] = computeWebserviceScore(requestTokens, tokenizePath(ws.rootPath));
    if (matches && eachScore > score) {
      best = ws;
      score = eachScore;
    }
  }
  return best;
}

/** computeWebserviceScore: whether the root matches, and the weighted score of the leading literal tokens. */
function computeWebserviceScore(requestTokens: string[], rootTokens: string[]): [boolean, number] {
  if (rootTokens.length > requestTokens.length) return [false, 0];
  let score = 0;
  for (let i = 0; i < rootTokens.length; i++) {
    const requestToken = requestTokens[i]!;
    const rootToken = rootTokens[i]!;
    if (requestToken === '' && rootToken === '') {
      score++;
      continue;
    }
    if (rootToken.startsWith('{')) {
      if (requestToken === '') return [false, score]; // no empty match
      score++;
      const colon = rootToken.indexOf(':');
      if (colon !== -1 && regularMatchesPathToken(rootToken, colon, requestToken)[0]) score++;
    } else {
      if (requestToken !== rootToken) return [false, score];
      score += (rootTokens.length - i) * 10;
    }
  }
  return [true, score];
}

/** selectRoutes: the routes matching the path, most literal tokens first, then most parameters. */
function selectRoutes(ws: WebService, requestTokens: string[]): Route[] {
  const candidates: CurlyRoute[] = [];
  for (const route of ws.routes) {
    const m = matchesRouteByPathTokens(pathParts(route), requestTokens);
    if (m) candidates.push({ route, ...m });
  }
  candidates.sort(
    (a, b) =>
      b.staticCount - a.staticCount ||
      b.paramCount - a.paramCount ||
      compareGoStrings(b.route.path, a.route.path),
  );
  return candidates.map((c) => c.route);
}

function matchesRouteByPathTokens(
  routeTokens: string[],
  requestTokens: string[],
): { paramCount: number; staticCount: number } | null {
  if (routeTokens.length < requestTokens.length) {
    // proceed in matching only if the last route token is a wildcard
    const count = routeTokens.length;
    if (count === 0 || !routeTokens[count - 1]!.endsWith('*}')) return null;
  }
  let paramCount = 0;
  let staticCount = 0;
  for (let i = 0; i < routeTokens.length; i++) {
    if (i === requestTokens.length) return null; // reached end of request path
    const routeToken = routeTokens[i]!;
    const requestToken = requestTokens[i]!;
    if (routeToken.startsWith('{')) {
      paramCount++;
      const colon = routeToken.indexOf(':');
      if (colon !== -1) {
        const [matchesToken, matchesRemainder] = regularMatchesPathToken(routeToken, colon, requestToken);
        if (!matchesToken) return null;
        if (matchesRemainder) break;
      }
    } else {
      if (requestToken !== routeToken) return null;
      staticCount++;
    }
  }
  return { paramCount, staticCount };
}

const regexCache = new Map<string, RegExp | null>();

/** `{var:regexp}` matches one token by the (unanchored) regexp; `{var:*}` matches all remaining tokens. */
function regularMatchesPathToken(
  routeToken: string,
  colon: number,
  requestToken: string,
): [boolean, boolean] {
  const regPart = routeToken.slice(colon + 1, -1);
  if (regPart === '*') return [true, true];
  if (!regexCache.has(regPart)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(regPart);
    } catch {
      re = null;
    }
    regexCache.set(regPart, re);
  }
  const re = regexCache.get(regPart);
  return [re ? re.test(requestToken) : false, false];
}

/** RouterJSR311.detectRoute: narrow the candidates by method (405), Content-Type (415) and Accept (406). */
function detectRoute(routes: Route[], req: Request): Route | ServiceError {
  // http method
  let previous = routes;
  let candidates = previous.filter((r) => r.method === req.method);
  if (candidates.length === 0) {
    const allowed: string[] = [];
    for (const r of previous) if (!allowed.includes(r.method)) allowed.push(r.method);
    return new ServiceError(405, '405: Method Not Allowed', new Header({ Allow: allowed.join(', ') }));
  }

  // content-type
  const contentType = req.header.get('Content-Type');
  previous = candidates;
  candidates = previous.filter((r) => matchesContentType(r, contentType));
  if (candidates.length === 0 && req.contentLength > 0) {
    return new ServiceError(415, '415: Unsupported Media Type');
  }
  // (with an empty body the empty candidate list falls through to the Accept check, which then answers 406)

  // accept
  previous = candidates;
  const accept = req.header.get('Accept') || '*/*';
  candidates = previous.filter((r) => matchesAccept(r, accept));
  if (candidates.length === 0) {
    const available = previous.flatMap((r) => r.produces ?? []);
    return new ServiceError(406, `406: Not Acceptable\n\nAvailable representations: ${available.join(', ')}`);
  }
  return candidates[0]!;
}

/** Splits a media type list the way go-restful does: by comma, dropping parameters, trimming spaces. */
function mediaTypes(list: string): string[] {
  return list.split(',').map((mt) => {
    const semi = mt.indexOf(';');
    return (semi === -1 ? mt : mt.slice(0, semi)).replace(/^ +| +$/g, '');
  });
}

function matchesContentType(route: Route, contentType: string): boolean {
  const consumes = route.consumes ?? [];
  if (consumes.length === 0) return true; // any media type is assumed
  if (contentType === '') {
    // idempotent methods with (most likely or guaranteed) empty content match a missing Content-Type
    if (['GET', 'HEAD', 'OPTIONS', 'DELETE', 'TRACE'].includes(route.method)) return true;
    contentType = 'application/octet-stream';
  }
  return mediaTypes(contentType).some((mt) => consumes.some((c) => c === '*/*' || c === mt));
}

function matchesAccept(route: Route, accept: string): boolean {
  const produces = route.produces ?? [];
  return mediaTypes(accept).some((mt) => mt === '*/*' || produces.some((p) => p === '*/*' || p === mt));
}

/** defaultPathProcessor.ExtractParameters: the route's path parameters from the request path. */
export function extractParameters(route: Route, urlPath: string): Record<string, string> {
  const urlParts = tokenizePath(urlPath);
  const params: Record<string, string> = {};
  const parts = pathParts(route);
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const value = i >= urlParts.length ? '' : urlParts[i]!;
    if (!key.includes('{')) continue;
    const colon = key.indexOf(':');
    if (colon !== -1) {
      const regPart = key.slice(colon + 1, -1);
      const keyPart = key.slice(1, colon);
      if (regPart === '*') {
        params[keyPart] = urlParts.slice(i).join('/');
        break;
      }
      params[keyPart] = value;
    } else {
      // a parameter with a literal prefix or suffix inside the token, e.g. `v{version}`
      const start = key.indexOf('{');
      const endKey = key.indexOf('}');
      const suffixLength = key.length - endKey - 1;
      params[key.slice(start + 1, endKey)] = value.slice(start, value.length - suffixLength);
    }
  }
  return params;
}
