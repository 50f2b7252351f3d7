// Go twin: k8s.io/apiserver/pkg/server/handler.go (APIServerHandler, NewAPIServerHandler, director,
// serviceErrorHandler) @ v1.34.0, with apierrors.NewGenericServerResponse for the go-restful errors.
import { newGenericServerResponse } from '../api/errors/errors';
import { errorNegotiated } from '../endpoints/handlers/responsewriters/writers';
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
  errorNegotiated(newGenericServerResponse(serviceErr.code, serviceErr.message), w, req);
}
