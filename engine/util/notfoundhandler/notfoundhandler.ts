// Go twin: k8s.io/apiserver/pkg/util/notfoundhandler/not_found_handler.go (New, Handler.ServeHTTP) @ v1.34.0
// (A JSON 404 Status replaced http.NotFound only after 1.34, in kubernetes/kubernetes#138219.)
import { StatusError } from '../../api/errors/errors';
import { noMuxAndDiscoveryIncompleteKey } from '../../endpoints/filters/mux_discovery_complete';
import { errorNegotiated } from '../../endpoints/handlers/responsewriters/writers';
import {
  notFound,
  type Handler,
  type HTTPRequestContext,
  type Request,
  type ResponseWriter,
} from '../../server/http';

/**
 * New: the handler at the very end of the delegation chain. A request made before the server installed all its
 * HTTP paths gets a 503 Status (`retryAfterSeconds: 5`, so that clients retry instead of acting on a 404); any
 * later one gets Go's plain-text `404 page not found`.
 */
export function newNotFoundHandler(
  isMuxAndDiscoveryComplete: (ctx: HTTPRequestContext) => boolean = noMuxAndDiscoveryIncompleteKey,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    if (!isMuxAndDiscoveryComplete(req.ctx)) {
      const err = new StatusError({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message:
          'the request has been made before all known HTTP paths have been installed, please try again',
        reason: 'ServiceUnavailable',
        details: { retryAfterSeconds: 5 },
        code: 503,
      });
      errorNegotiated(err, w, req);
      return;
    }
    notFound(w);
  };
}
