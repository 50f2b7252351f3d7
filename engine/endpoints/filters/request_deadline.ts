// Go twin: k8s.io/apiserver/pkg/endpoints/filters/request_deadline.go (WithRequestDeadline, parseTimeout) @ v1.34.0,
// with time.ParseDuration (go1.24 time/format.go) for the `?timeout=` value.
import { newBadRequest } from '../../api/errors/errors';
import type { LongRunningRequestCheck } from '../request/requestinfo';
import {
  httpError,
  type Handler,
  type HTTPRequestContext,
  type Request,
  type ResponseWriter,
} from '../../server/http';
import { quote } from '../../util/strconv/quote';
import { requestURI } from '../handlers/responsewriters/errors';
import { errorNegotiated } from '../handlers/responsewriters/writers';

/** The timer functions the deadline uses; inject noTimers to let a request (or a stepping session) run forever. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Timers backed by the host's setTimeout. */
export const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Timers that never fire: no request ever reaches its deadline. */
export const noTimers: Timers = {
  setTimeout: () => undefined,
  clearTimeout: () => {},
};

/** context.DeadlineExceeded and context.Canceled, as the reasons of an aborted ctx.signal. */
export const deadlineExceeded = new Error('context deadline exceeded');
export const contextCanceled = new Error('context canceled');

/** The request's deadline (context.WithDeadline), next to its signal. */
export interface DeadlineContext {
  deadline?: Date;
}

export function deadlineFrom(ctx: HTTPRequestContext): Date | undefined {
  return (ctx as HTTPRequestContext & DeadlineContext).deadline;
}

const invalidTimeoutInURL = 'invalid timeout specified in the request URL';

/**
 * WithRequestDeadline gives every non-long-running request a deadline: `?timeout=` when it is positive and below
 * requestTimeoutMaximum (`--request-timeout`, 60 s), else the maximum, counted from the received timestamp. The
 * request's ctx.signal aborts (reason deadlineExceeded) when the deadline passes, or when the parent signal does.
 * A malformed `?timeout=` is a 400: `invalid timeout specified in the request URL - time: invalid duration "x"`.
 */
export function withRequestDeadline(
  handler: Handler,
  longRunning: LongRunningRequestCheck,
  requestTimeoutMaximumMs: number,
  timers: Timers,
  now: () => Date,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    const info = req.ctx.requestInfo;
    if (!info) {
      handleError(w, req, 500, new Error('no RequestInfo found in context, handler chain must be wrong'));
      return;
    }
    if (longRunning(req, info)) return handler(w, req);

    let userSpecifiedTimeoutMs: number | undefined;
    try {
      userSpecifiedTimeoutMs = parseTimeout(req);
    } catch (e) {
      // failedErrorHandler: a BadRequest Status
      errorNegotiated(newBadRequest((e as Error).message), w, req);
      return;
    }
    let timeoutMs = requestTimeoutMaximumMs;
    // a timeout of 0s means no timeout on the user's part; one above the maximum is clamped
    if (
      userSpecifiedTimeoutMs !== undefined &&
      userSpecifiedTimeoutMs > 0 &&
      userSpecifiedTimeoutMs < requestTimeoutMaximumMs
    ) {
      timeoutMs = userSpecifiedTimeoutMs;
    }

    const started = req.ctx.receivedTimestamp ?? now();
    const deadline = new Date(started.getTime() + timeoutMs);
    const ctx = req.ctx as HTTPRequestContext & DeadlineContext;
    const parent = ctx.signal;
    const parentDeadline = ctx.deadline;
    if (timers === noTimers && !parent) {
      // Nothing can ever end this context: skip the signal (one AbortController per request is not free).
      ctx.deadline = parentDeadline && parentDeadline < deadline ? parentDeadline : deadline;
      return handler(w, req);
    }
    const controller = new AbortController();
    const onParentAbort = () => controller.abort(parent?.reason);
    if (parent?.aborted) controller.abort(parent.reason);
    else parent?.addEventListener('abort', onParentAbort, { once: true });
    const timer = timers.setTimeout(
      () => controller.abort(deadlineExceeded),
      Math.max(0, deadline.getTime() - now().getTime()),
    );
    ctx.signal = controller.signal;
    ctx.deadline = parentDeadline && parentDeadline < deadline ? parentDeadline : deadline;
    try {
      await handler(w, req);
    } finally {
      // defer cancel()
      timers.clearTimeout(timer);
      parent?.removeEventListener('abort', onParentAbort);
      // the request's context stays done: a handler still running after a timeout sees it cancelled
      if (!controller.signal.aborted) controller.abort(contextCanceled);
    }
  };
}

/** parseTimeout: the `timeout` query parameter in milliseconds, undefined if absent; throws if malformed. */
export function parseTimeout(req: Pick<Request, 'query'>): number | undefined {
  const value = req.query.get('timeout') ?? '';
  if (value === '') return undefined;
  let ns: bigint;
  try {
    ns = parseDuration(value);
  } catch (e) {
    throw new Error(`${invalidTimeoutInURL} - ${(e as Error).message}`);
  }
  return Number(ns) / 1e6;
}

function handleError(w: ResponseWriter, req: Request, code: number, err: Error): void {
  httpError(w, `Error - ${err.message}: ${quote(requestURI(req))}`, code);
}

const unitMap: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['µs', 1_000n], // U+00B5 micro sign
  ['μs', 1_000n], // U+03BC Greek letter mu
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const maxInt64 = (1n << 63n) - 1n;

/**
 * time.ParseDuration: a possibly signed sequence of decimal numbers, each with optional fraction and a unit
 * suffix (`300ms`, `-1.5h`, `2h45m`). Returns nanoseconds; throws with Go's message (`time: invalid duration
 * "x"`, `time: missing unit in duration "1"`, `time: unknown unit "d" in duration "1d"`).
 */
export function parseDuration(orig: string): bigint {
  let s = orig;
  let d = 0n;
  let neg = false;
  const invalid = () => new Error(`time: invalid duration ${timeQuote(orig)}`);

  // Consume [-+]?
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  // Special case: if all that is left is "0", this is zero.
  if (s === '0') return 0n;
  if (s === '') throw invalid();
  while (s !== '') {
    // The next character must be [0-9.]
    if (!(s[0] === '.' || (s[0]! >= '0' && s[0]! <= '9'))) throw invalid();
    // Consume [0-9]*
    let i = 0;
    let v = 0n;
    while (i < s.length && s[i]! >= '0' && s[i]! <= '9') {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > 1n << 63n) throw invalid(); // overflow
      i++;
    }
    const pre = i > 0; // whether we consumed anything before a period
    s = s.slice(i);
    // Consume (\.[0-9]*)?
    let post = false;
    let f = 0n;
    let scale = 1;
    if (s !== '' && s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (j < s.length && s[j]! >= '0' && s[j]! <= '9') {
        if (!overflow) {
          if (f > maxInt64 / 10n) {
            overflow = true; // It's possible for overflow to give a positive number, so take care.
          } else {
            f = f * 10n + BigInt(s.charCodeAt(j) - 48);
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) throw invalid(); // no digits (e.g. ".s" or "-.s")

    // Consume unit.
    let k = 0;
    while (k < s.length && !(s[k] === '.' || (s[k]! >= '0' && s[k]! <= '9'))) k++;
    if (k === 0) throw new Error(`time: missing unit in duration ${timeQuote(orig)}`);
    const u = s.slice(0, k);
    s = s.slice(k);
    const unit = unitMap.get(u);
    if (unit === undefined)
      throw new Error(`time: unknown unit ${timeQuote(u)} in duration ${timeQuote(orig)}`);
    if (v > (1n << 63n) / unit) throw invalid(); // overflow
    v *= unit;
    if (f > 0n) {
      // float64 is needed to be nanosecond accurate for fractions of hours.
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > 1n << 63n) throw invalid(); // overflow
    }
    d += v;
    if (d > 1n << 63n) throw invalid();
  }
  if (neg) return -d;
  if (d > maxInt64) throw invalid();
  return d;
}

/** time's own quote: like %q for ASCII, but any other byte (or control character) as `\xNN`. */
function timeQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 || cp < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += '\\x' + b.toString(16).padStart(2, '0');
    } else {
      if (ch === '"' || ch === '\\') out += '\\';
      out += ch;
    }
  }
  return out + '"';
}
