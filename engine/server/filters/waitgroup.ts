// Go twin: k8s.io/apiserver/pkg/server/filters/waitgroup.go (WithWaitGroup, RequestWaitGroup), with
// isRequestExemptFromRetryAfter from with_retry_after.go and SafeWaitGroup from
// k8s.io/apimachinery/pkg/util/waitgroup/waitgroup.go @ v1.34.0
import type { LongRunningRequestCheck } from '../../endpoints/request/requestinfo';
import { internalError } from '../../endpoints/handlers/responsewriters/errors';
import type { Handler, Request, ResponseWriter } from '../http';

/** RequestWaitGroup: Add(1) before a request runs (an error once shutdown has begun), Done() after. */
export interface RequestWaitGroup {
  add(delta: number): Error | null;
  done(): void;
}

/** SafeWaitGroup: a WaitGroup that refuses new work once Wait has been called. */
export class SafeWaitGroup implements RequestWaitGroup {
  private count = 0;
  private waiting = false;
  private waiters: (() => void)[] = [];

  add(delta: number): Error | null {
    if (this.waiting && delta > 0) return new Error('add with positive delta after Wait is forbidden');
    this.count += delta;
    if (this.count < 0) throw new Error('sync: negative WaitGroup counter');
    if (this.count === 0) this.release();
    return null;
  }
  done(): void {
    this.add(-1);
  }
  /** Wait blocks new Adds and resolves when the in-flight count reaches zero. */
  wait(): Promise<void> {
    this.waiting = true;
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  /** the number of requests in flight */
  get inFlight(): number {
    return this.count;
  }
  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** health probes and metrics scraping are never rejected while shutting down */
const pathPrefixesExemptFromRetryAfter = ['/readyz', '/livez', '/healthz', '/metrics'];

/** isRequestExemptFromRetryAfter: the loopback client (`kube-apiserver/…` user agent) or an exempt path. */
export function isRequestExemptFromRetryAfter(req: Request): boolean {
  return (
    req.userAgent.startsWith('kube-apiserver/') ||
    pathPrefixesExemptFromRetryAfter.some((p) => req.path.startsWith(p))
  );
}

/** WithWaitGroup adds every non-long-running request to the wait group that graceful shutdown waits for. */
export function withWaitGroup(
  handler: Handler,
  longRunning: LongRunningRequestCheck,
  wg: RequestWaitGroup,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    const info = req.ctx.requestInfo;
    if (!info) {
      // if this happens, the handler chain isn't setup correctly because there is no request info
      internalError(w, req, new Error('no RequestInfo found in the context'));
      return;
    }
    if (longRunning(req, info)) return handler(w, req);

    if (wg.add(1) !== null) {
      // shutdown has begun: exempt the same requests WithRetryAfter exempts, tell everyone else to retry
      if (isRequestExemptFromRetryAfter(req)) return handler(w, req);
      waitGroupWriteRetryAfterToResponse(w);
      return;
    }
    try {
      await handler(w, req);
    } finally {
      wg.done();
    }
  };
}

/** A 503 `apiserver is shutting down` Status (v1 JSON, plus the newline Go appends to the encoder's). */
function waitGroupWriteRetryAfterToResponse(w: ResponseWriter): void {
  w.header().add('Retry-After', '1');
  w.header().set('Content-Type', 'application/json');
  w.header().set('X-Content-Type-Options', 'nosniff');
  w.writeHeader(503);
  const status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: 'apiserver is shutting down',
    reason: 'ServiceUnavailable',
    code: 503,
  };
  w.write(JSON.stringify(status) + '\n\n');
}
