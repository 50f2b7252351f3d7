// Go twin: k8s.io/apiserver/pkg/server/filters/cors.go (WithCORS) @ v1.34.0
import type { Handler, Request, ResponseWriter } from '../http';

/**
 * WithCORS answers CORS for origins matching one of the allowed patterns (regular expressions, unanchored as
 * Go's MatchString). Pass null for methods/headers to use the defaults. With no patterns nothing is installed.
 */
export function withCORS(
  handler: Handler,
  allowedOriginPatterns: readonly string[] | null | undefined,
  allowedMethods: readonly string[] | null,
  allowedHeaders: readonly string[] | null,
  exposedHeaders: readonly string[] | null,
  allowCredentials: string,
): Handler {
  if (!allowedOriginPatterns || allowedOriginPatterns.length === 0) return handler;
  const res = allowedOriginPatterns.map((p) => {
    try {
      return new RegExp(p);
    } catch (e) {
      throw new Error(
        `Invalid CORS allowed origin, --cors-allowed-origins flag was set to ${allowedOriginPatterns.join(',')} - ${(e as Error).message}`,
      );
    }
  });
  const allowMethods = (allowedMethods ?? ['POST', 'GET', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']).join(', ');
  const allowHeaders = (
    allowedHeaders ?? [
      'Content-Type',
      'Content-Length',
      'Accept-Encoding',
      'X-CSRF-Token',
      'Authorization',
      'X-Requested-With',
      'If-Modified-Since',
    ]
  ).join(', ');
  const exposeHeaders = (exposedHeaders ?? ['Date']).join(', ');

  return async (w: ResponseWriter, req: Request) => {
    const origin = req.header.get('Origin');
    if (origin === '' || !res.some((re) => re.test(origin))) return handler(w, req);

    w.header().set('Access-Control-Allow-Origin', origin);
    w.header().set('Access-Control-Allow-Methods', allowMethods);
    w.header().set('Access-Control-Allow-Headers', allowHeaders);
    w.header().set('Access-Control-Expose-Headers', exposeHeaders);
    w.header().set('Access-Control-Allow-Credentials', allowCredentials);

    // Stop here if it's a preflight OPTIONS request
    if (req.method === 'OPTIONS') {
      w.writeHeader(204);
      return;
    }
    return handler(w, req);
  };
}
