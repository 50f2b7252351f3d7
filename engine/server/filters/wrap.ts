// Go twin: k8s.io/apiserver/pkg/server/filters/wrap.go (WithPanicRecovery) @ v1.34.0, and net/http.ErrAbortHandler
import type { RequestInfoResolver } from '../../endpoints/request/requestinfo';
import { httpError, type Handler, type Request, type ResponseWriter } from '../http';

/**
 * http.ErrAbortHandler: a sentinel panic value that aborts a handler (the client sees an interrupted
 * response) without logging a stack trace. The timeout filter throws it when it can no longer answer 504.
 */
export const errAbortHandler = new Error('net/http: abort Handler');

/**
 * WithPanicRecovery turns an exception (Go: a panic) into a plain-text 500 `This request caused apiserver to
 * panic. Look in the logs for details.` and leaves errAbortHandler alone. In Go, runtime.HandleCrash then
 * re-panics (ReallyCrash), and net/http resets the connection or stream, so a real client often sees the
 * transport error rather than this body; the simulator keeps the written 500.
 */
export function withPanicRecovery(handler: Handler, _resolver?: RequestInfoResolver): Handler {
  return async (w: ResponseWriter, req: Request) => {
    try {
      await handler(w, req);
    } catch (err) {
      // Honor the http.ErrAbortHandler sentinel: Go only records an aborted-request metric.
      if (err === errAbortHandler) return;
      httpError(w, 'This request caused apiserver to panic. Look in the logs for details.', 500);
    }
  };
}
