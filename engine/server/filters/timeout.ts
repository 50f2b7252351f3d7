// Go twin: k8s.io/apiserver/pkg/server/filters/timeout.go (WithTimeoutForNonLongRunningRequests, WithTimeout,
// baseTimeoutWriter) @ v1.34.0
import { newInternalError, newTimeoutError, type StatusError } from '../../api/errors/errors';
import type { LongRunningRequestCheck } from '../../endpoints/request/requestinfo';
import { Header, type Handler, type Request, type ResponseWriter } from '../http';
import { errAbortHandler } from './wrap';

/** timeoutFunc: whether the request is long-running, and the error to answer with if it times out. */
export type TimeoutFunc = (
  req: Request,
) => { longRunning: true } | { longRunning: false; err: () => StatusError };

/**
 * WithTimeoutForNonLongRunningRequests answers 504 `Timeout: request did not complete within the allotted
 * timeout` when a non-long-running request outlives its context (the deadline WithRequestDeadline set, or the
 * client going away). The handler keeps running in the background; whatever it writes afterwards is dropped.
 */
export function withTimeoutForNonLongRunningRequests(
  handler: Handler,
  longRunning: LongRunningRequestCheck | null,
): Handler {
  if (!longRunning) return handler;
  return withTimeout(handler, (req) => {
    const info = req.ctx.requestInfo;
    if (!info) {
      // if this happens, the handler chain isn't setup correctly because there is no request info
      return {
        longRunning: false,
        err: () => newInternalError(new Error('no request info found for request during timeout')),
      };
    }
    if (longRunning(req, info)) return { longRunning: true };
    return {
      longRunning: false,
      // built only if the deadline passes: an Error captures a stack, which costs on every request
      err: () => newTimeoutError('request did not complete within the allotted timeout', 0),
    };
  });
}

/** WithTimeout runs the handler against the request context's signal (its Done channel). */
export function withTimeout(handler: Handler, timeoutFunc: TimeoutFunc): Handler {
  return async (w: ResponseWriter, r: Request) => {
    const t = timeoutFunc(r);
    if (t.longRunning) return handler(w, r);

    const signal = r.ctx.signal;
    const tw = new BaseTimeoutWriter(w);
    // Go works on a copy of the request (r.Clone) so the two goroutines never share its headers
    const rCopy: Request = { ...r, header: r.header.clone() };
    const done = handler(tw, rCopy);
    if (!signal) return done; // a context that is never done
    const outcome = await raceAbort(done, signal);
    if (outcome === 'done') return;
    // post-timeout activity is only logged in Go
    done.catch(() => {});
    tw.timeout(t.err());
  };
}

/** Resolves 'done' when the handler finishes (rethrowing its exception: Go re-panics), 'aborted' on the signal. */
function raceAbort(done: Promise<void>, signal: AbortSignal): Promise<'done' | 'aborted'> {
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    done.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve('done');
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/**
 * baseTimeoutWriter: the handler writes headers into a copy, which reaches the real writer with the first
 * WriteHeader or Write; after the timeout everything the handler does is dropped.
 */
export class BaseTimeoutWriter implements ResponseWriter {
  /** headers written by the normal handler */
  private readonly handlerHeaders: Header;
  private timedOut = false;
  private wroteHeader = false;

  constructor(private readonly w: ResponseWriter) {
    this.handlerHeaders = w.header().clone();
  }
  get closed(): AbortSignal {
    return this.w.closed;
  }
  header(): Header {
    return this.timedOut ? new Header() : this.handlerHeaders;
  }
  write(chunk: string): void {
    if (this.timedOut) return; // http.ErrHandlerTimeout
    if (!this.wroteHeader) {
      copyHeaders(this.w.header(), this.handlerHeaders);
      this.wroteHeader = true;
    }
    this.w.write(chunk);
  }
  flush(): void {
    if (this.timedOut) return;
    this.w.flush();
  }
  writeHeader(code: number): void {
    if (this.timedOut || this.wroteHeader) return;
    copyHeaders(this.w.header(), this.handlerHeaders);
    this.wroteHeader = true;
    this.w.writeHeader(code);
  }
  /**
   * If the handler has not started its response, answer 504 with the status encoded by encoding/json (no kind
   * or apiVersion: the StatusError's TypeMeta is empty). Otherwise the response cannot be replaced: abort it.
   */
  timeout(err: StatusError): void {
    this.timedOut = true;
    if (this.wroteHeader) throw errAbortHandler;
    // nothing sets Content-Type: net/http sniffs the body, and JSON sniffs as text/plain
    this.w.header().set('Content-Type', 'text/plain; charset=utf-8');
    this.w.writeHeader(504);
    this.w.write(encodeErrStatus(err) + '\n');
  }
}

function copyHeaders(dst: Header, src: Header): void {
  for (const k of src.keys()) {
    dst.del(k);
    for (const v of src.getAll(k)) dst.add(k, v);
  }
}

/** json.NewEncoder(w).Encode(&err.ErrStatus): Go field order, empty TypeMeta, a non-nil (maybe empty) details. */
function encodeErrStatus(err: StatusError): string {
  const s = err.status;
  const out = {
    metadata: {},
    status: s.status,
    ...(s.message ? { message: s.message } : {}),
    ...(s.reason ? { reason: s.reason } : {}),
    details: s.details ?? {},
    code: s.code,
  };
  // encoding/json escapes <, > and & (and U+2028/U+2029) for HTML safety
  return JSON.stringify(out).replace(
    /[<>&\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}
