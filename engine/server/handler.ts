// Go twin: k8s.io/apiserver/pkg/server/handler.go (APIServerHandler, NewAPIServerHandler, director,
// serviceErrorHandler) @ v1.34.0, with apierrors.NewGenericServerResponse for the go-restful errors.
import { StatusError, newGenericServerResponse, type StatusReason } from '../api/errors/errors';
import { errorNegotiated } from '../endpoints/handlers/responsewriters/writers';
import { quote } from '../util/strconv/quote';
import { compareGoStrings } from '../util/sort/strings';
import type { Handler, Request, ResponseWriter } from './http';
import { PathRecorderMux } from './mux/pathrecorder';
import { Container, type ServiceError } from './restful/container';

/** HandlerChainBuilderFn wraps the director with the filter chain (authentication, authorization, …). */
export type HandlerChainBuilderFn = (apiHandler: Handler) => Handler;

/**
 * APIServerHandler holds the handlers of one server:
 * FullHandlerChain → Director → {GoRestfulContainer, NonGoRestfulMux}, chosen by the registered web services.
 */
export class APIServerHandler {
  constructor(
    /** what is eventually served with: the full filter chain, then the director */
    readonly fullHandlerChain: Handler,
    /** the registered APIs (`/api/v1`, `/apis/apps/v1`, `/version`, …) */
    readonly goRestfulContainer: Container,
    /** everything else; its not-found handler is the next server's director (delegation) */
    readonly nonGoRestfulMux: PathRecorderMux,
    /** chooses between the container and the mux; other servers delegate to it, skipping this server's filters */
    readonly director: Handler,
  ) {}

  /** ListedPaths: the web services' root paths and the mux's listed paths, sorted (the `/` index). */
  listedPaths(): string[] {
    const paths = this.goRestfulContainer.registeredWebServices().map((ws) => ws.rootPath);
    paths.push(...this.nonGoRestfulMux.listedPaths());
    return paths.sort(compareGoStrings);
  }

  /** GenericAPIServer.UnprotectedHandler: the director, so a delegating server does not run our filters again. */
  unprotectedHandler(): Handler {
    return this.director;
  }

  /** ServeHTTP runs the full handler chain. */
  readonly serveHTTP: Handler = (w: ResponseWriter, req: Request) => this.fullHandlerChain(w, req);
}

/**
 * NewAPIServerHandler: a PathRecorderMux whose not-found handler is the delegate's (or http.NotFound), a
 * go-restful container whose route-selection errors become Status objects, and the director in between.
 */
export function newAPIServerHandler(
  name: string,
  handlerChainBuilder: HandlerChainBuilderFn,
  notFoundHandler?: Handler | null,
): APIServerHandler {
  const nonGoRestfulMux = new PathRecorderMux(name);
  if (notFoundHandler) nonGoRestfulMux.notFoundHandler(notFoundHandler);

  // go-restful's CurlyRouter is the default router (e.g. for proxy/{kind}/{name}/{*}); panics are not recovered
  // by the container (DoNotRecover stays true), they reach WithPanicRecovery.
  const goRestfulContainer = new Container();
  goRestfulContainer.serviceErrorHandler(serviceErrorHandler);

  const director = newDirector(name, goRestfulContainer, nonGoRestfulMux);
  return new APIServerHandler(handlerChainBuilder(director), goRestfulContainer, nonGoRestfulMux, director);
}

/**
 * director.ServeHTTP: a web service rooted at `/apis` claims only `/apis` and `/apis/` (it would otherwise swallow
 * every group); any other root R claims R and R/…. Claimed paths are dispatched by go-restful, the rest go to the
 * NonGoRestfulMux.
 */
export function newDirector(
  _name: string,
  goRestfulContainer: Container,
  nonGoRestfulMux: PathRecorderMux,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    const path = req.path;
    // check to see if our webservices want to claim this path
    for (const ws of goRestfulContainer.registeredWebServices()) {
      const root = ws.rootPath;
      if (root === '/apis') {
        if (path === '/apis' || path === '/apis/') return goRestfulContainer.dispatch(w, req);
      } else if (path.startsWith(root)) {
        // ensure an exact match or a path boundary match
        if (path.length === root.length || path[root.length] === '/')
          return goRestfulContainer.dispatch(w, req);
      }
    }
    // if we didn't find a match, then we just skip gorestful altogether
    return nonGoRestfulMux.serveHTTP(w, req);
  };
}

/** serviceErrorHandler: a go-restful 404/405/406/415 as a Kubernetes Status (its Allow header is not copied). */
export function serviceErrorHandler(serviceErr: ServiceError, w: ResponseWriter, req: Request): void {
  errorNegotiated(genericServerResponse(serviceErr.code, serviceErr.message), w, req);
}

/**
 * apierrors.NewGenericServerResponse(code, "", schema.GroupResource{}, "", serverMessage, 0, false): a fixed
 * message per code (406 and 415 keep the server's message), and always a (possibly empty) details object.
 */
export function genericServerResponse(code: number, serverMessage: string): StatusError {
  if (code === 404 || code === 405) return newGenericServerResponse(code);
  let reason: StatusReason = '';
  let message = `the server responded with the status code ${code} but did not return more information`;
  switch (code) {
    case 409:
      reason = 'Conflict';
      message = 'the server reported a conflict';
      break;
    case 400:
      reason = 'BadRequest';
      message = 'the server rejected our request for an unknown reason';
      break;
    case 401:
      reason = 'Unauthorized';
      message = 'the server has asked for the client to provide credentials';
      break;
    case 403:
      reason = 'Forbidden';
      message = serverMessage;
      break;
    case 406:
      reason = 'NotAcceptable';
      message =
        serverMessage === '' || serverMessage === 'unknown'
          ? 'the server was unable to respond with a content type that the client supports'
          : serverMessage;
      break;
    case 415:
      reason = 'UnsupportedMediaType';
      message = serverMessage;
      break;
    case 422:
      reason = 'Invalid';
      message = 'the server rejected our request due to an error in our request';
      break;
    case 503:
      reason = 'ServiceUnavailable';
      message = 'the server is currently unable to handle the request';
      break;
    case 504:
      reason = 'Timeout';
      message =
        'the server was unable to return a response in the time allotted, but may still be processing the request';
      break;
    case 429:
      reason = 'TooManyRequests';
      message = 'the server has received too many requests and has asked us to try again later';
      break;
    default:
      if (code >= 500) {
        reason = 'InternalError';
        message = `an error on the server (${quote(serverMessage)}) has prevented the request from succeeding`;
      }
  }
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    ...(message ? { message } : {}),
    ...(reason ? { reason } : {}),
    details: {},
    code,
  });
}
