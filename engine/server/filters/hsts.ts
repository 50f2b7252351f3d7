// Go twin: k8s.io/apiserver/pkg/server/filters/hsts.go (WithHSTS) @ v1.34.0
import type { Handler, Request, ResponseWriter } from '../http';

/** WithHSTS sets `Strict-Transport-Security` (unless already set). With no directives nothing is installed. */
export function withHSTS(handler: Handler, hstsDirectives: readonly string[] | null | undefined): Handler {
  if (!hstsDirectives || hstsDirectives.length === 0) return handler;
  const allDirectives = hstsDirectives.join('; ');
  return async (w: ResponseWriter, req: Request) => {
    if (!w.header().has('Strict-Transport-Security'))
      w.header().set('Strict-Transport-Security', allDirectives);
    return handler(w, req);
  };
}
