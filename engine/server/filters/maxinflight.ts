// Go twin: k8s.io/apiserver/pkg/server/filters/maxinflight.go (WithMaxInFlightLimit, tooManyRequests) @ v1.34.0
import type { LongRunningRequestCheck } from '../../endpoints/request/requestinfo';
import { quote } from '../../util/strconv/quote';
import { requestURI } from '../../endpoints/handlers/responsewriters/errors';
import { httpError, type Handler, type Request, type ResponseWriter } from '../http';

/** the retry-after interval on rate limiting, in seconds */
const retryAfter = '1';
const nonMutatingRequestVerbs: ReadonlySet<string> = new Set(['get', 'list', 'watch']);
const systemPrivilegedGroup = 'system:masters';

/**
 * WithMaxInFlightLimit limits the requests executing at once: read-only (get, list, watch) and mutating
 * requests each have their own limit (0: unlimited). Long-running requests are not counted. Past the limit a
 * request gets a plain-text 429 `Too many requests, please try again later.` with `Retry-After: 1`, unless its
 * user is in system:masters. With both limits 0 nothing is installed.
 */
export function withMaxInFlightLimit(
  handler: Handler,
  nonMutatingLimit: number,
  mutatingLimit: number,
  longRunningRequestCheck: LongRunningRequestCheck | null,
): Handler {
  if (nonMutatingLimit === 0 && mutatingLimit === 0) return handler;
  // the buffered channels of Go: how many of each kind are executing
  const inFlight = { nonMutating: 0, mutating: 0 };

  return async (w: ResponseWriter, req: Request) => {
    const info = req.ctx.requestInfo;
    if (!info) {
      handleError(w, req);
      return;
    }
    // Skip tracking long running events.
    if (longRunningRequestCheck && longRunningRequestCheck(req, info)) return handler(w, req);

    const isMutatingRequest = !nonMutatingRequestVerbs.has(info.verb);
    const kind = isMutatingRequest ? 'mutating' : 'nonMutating';
    const limit = isMutatingRequest ? mutatingLimit : nonMutatingLimit;
    if (limit === 0) return handler(w, req);

    if (inFlight[kind] < limit) {
      inFlight[kind]++;
      try {
        await handler(w, req);
      } finally {
        inFlight[kind]--;
      }
      return;
    }
    // A system:master is so powerful that they should always get an answer: a super-admin or the loopback client.
    if (req.ctx.user?.groups.includes(systemPrivilegedGroup)) return handler(w, req);
    req.ctx.observer?.onFilterResult?.('WithMaxInFlightLimit', {
      rejected: true,
      inFlight: inFlight[kind],
      limit,
    });
    tooManyRequests(w);
  };
}

function handleError(w: ResponseWriter, req: Request): void {
  httpError(w, `Internal Server Error: ${quote(requestURI(req))}`, 500);
}

function tooManyRequests(w: ResponseWriter): void {
  // Return a 429 status indicating "Too Many Requests"
  w.header().set('Retry-After', retryAfter);
  httpError(w, 'Too many requests, please try again later.', 429);
}
