// Go twin: k8s.io/apiserver/pkg/endpoints/filters/requestinfo.go (WithRequestInfo) @ v1.34.0
import type { RequestInfoResolver } from '../request/requestinfo';
import type { Handler, Request, ResponseWriter } from '../../server/http';
import { internalError } from '../handlers/responsewriters/errors';

/**
 * WithRequestInfo attaches a RequestInfo to the context. An unparseable path (`/api/v1/watch`) gets a plain-text
 * 500: `Internal Server Error: "/api/v1/watch": failed to create RequestInfo: unable to determine kind and
 * namespace from url, /api/v1/watch`.
 */
export function withRequestInfo(handler: Handler, resolver: RequestInfoResolver): Handler {
  return async (w: ResponseWriter, req: Request) => {
    try {
      req.ctx.requestInfo = resolver.newRequestInfo(req);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      internalError(w, req, new Error(`failed to create RequestInfo: ${msg}`));
      return;
    }
    return handler(w, req);
  };
}
