// Go twin: k8s.io/apiserver/pkg/endpoints/filters/cachecontrol.go (WithCacheControl) @ v1.34.0
import type { Handler, Request, ResponseWriter } from '../../server/http';

/** WithCacheControl sets `Cache-Control: no-cache, private` (unless already set): every response is behind authn/authz. */
export function withCacheControl(handler: Handler): Handler {
  return async (w: ResponseWriter, req: Request) => {
    if (!w.header().has('Cache-Control')) w.header().set('Cache-Control', 'no-cache, private');
    return handler(w, req);
  };
}
