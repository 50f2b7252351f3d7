// Go twin: k8s.io/apiserver/pkg/endpoints/filters/mux_discovery_complete.go (WithMuxAndDiscoveryComplete,
// NoMuxAndDiscoveryIncompleteKey) @ v1.34.0
import type { Handler, HTTPRequestContext, Request, ResponseWriter } from '../../server/http';

/**
 * WithMuxAndDiscoveryComplete marks requests that arrive before the server has installed all known HTTP paths,
 * so that the NotFound handler answers them with a 503 instead of a 404 (controllers like GC and namespace
 * deletion act on 404s). muxAndDiscoveryComplete is the signal (Go: a channel closed when ready); without one
 * nothing is ever marked.
 */
export function withMuxAndDiscoveryComplete(
  handler: Handler,
  muxAndDiscoveryComplete?: () => boolean,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    if (muxAndDiscoveryComplete && !muxAndDiscoveryComplete()) req.ctx.muxAndDiscoveryComplete = false;
    else if (req.ctx.muxAndDiscoveryComplete === undefined) req.ctx.muxAndDiscoveryComplete = true;
    return handler(w, req);
  };
}

/** NoMuxAndDiscoveryIncompleteKey: true unless the request was marked as made before the paths were installed. */
export function noMuxAndDiscoveryIncompleteKey(ctx: HTTPRequestContext): boolean {
  return ctx.muxAndDiscoveryComplete !== false;
}
