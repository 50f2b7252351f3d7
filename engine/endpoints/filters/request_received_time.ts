// Go twin: k8s.io/apiserver/pkg/endpoints/filters/request_received_time.go (WithRequestReceivedTimestamp) @ v1.34.0
import type { Handler, Request, ResponseWriter } from '../../server/http';

/** WithRequestReceivedTimestamp records when the request was received; the clock comes from the server config. */
export function withRequestReceivedTimestamp(handler: Handler, now: () => Date): Handler {
  return async (w: ResponseWriter, req: Request) => {
    req.ctx.receivedTimestamp = now();
    return handler(w, req);
  };
}
