// Go twin: k8s.io/apiserver/pkg/server/config.go (DefaultBuildHandlerChain, NewRequestInfoResolver) @ v1.34.0, with
// filterlatency.TrackStarted (k8s.io/apiserver/pkg/endpoints/filterlatency/filterlatency.go) as the step hook and
// BasicLongRunningRequestCheck (k8s.io/apiserver/pkg/server/filters/longrunning.go).
import { withAudit, withFailedAuthenticationAudit, type AuditSink } from '../endpoints/filters/audit';
import { withAuditInit } from '../endpoints/filters/audit_init';
import {
  defaultAuthenticator,
  unauthorized,
  withAuthentication,
  type Authenticator,
} from '../endpoints/filters/authentication';
import {
  alwaysAllowAuthorizer,
  defaultAuthorizer,
  withAuthorization,
  type Authorizer,
} from '../endpoints/filters/authorization';
import { withCacheControl } from '../endpoints/filters/cachecontrol';
import { withImpersonation } from '../endpoints/filters/impersonation';
import { withMuxAndDiscoveryComplete } from '../endpoints/filters/mux_discovery_complete';
import { realTimers, withRequestDeadline, type Timers } from '../endpoints/filters/request_deadline';
import { withRequestReceivedTimestamp } from '../endpoints/filters/request_received_time';
import { withRequestInfo } from '../endpoints/filters/requestinfo';
import { withWarningRecorder } from '../endpoints/filters/warning';
import {
  RequestInfoFactory,
  type LongRunningRequestCheck,
  type RequestInfoResolver,
} from '../endpoints/request/requestinfo';
import { withCORS } from './filters/cors';
import { withHSTS } from './filters/hsts';
import { withMaxInFlightLimit } from './filters/maxinflight';
import { withTimeoutForNonLongRunningRequests } from './filters/timeout';
import { SafeWaitGroup, withWaitGroup, type RequestWaitGroup } from './filters/waitgroup';
import { withPanicRecovery } from './filters/wrap';
import type { Handler, Request, ResponseWriter } from './http';

export type { Timers } from '../endpoints/filters/request_deadline';
export { noTimers, realTimers } from '../endpoints/filters/request_deadline';

/** Called as each filter is entered (awaited): the hook a step tracer plugs into. */
export type FilterHook = (name: string, req: Request) => void | Promise<void>;

/** The part of server.Config that DefaultBuildHandlerChain reads. */
export interface HandlerChainConfig {
  requestInfoResolver: RequestInfoResolver;
  /** null: authentication disabled (Go: a nil Authenticator) */
  authenticator: Authenticator | null;
  /** null: authorization disabled */
  authorizer: Authorizer | null;
  /** --max-requests-inflight (400); 0 is unlimited */
  maxRequestsInFlight: number;
  /** --max-mutating-requests-inflight (200); 0 is unlimited */
  maxMutatingRequestsInFlight: number;
  /** --request-timeout in milliseconds (60 s) */
  requestTimeout: number;
  longRunningFunc: LongRunningRequestCheck;
  /** makes an Audit-ID for requests that bring none (Go: a random UUID) */
  auditIDGenerator: () => string;
  /** what request deadlines use; noTimers disables them (tests, a request held by the stepper) */
  timers: Timers;
  /** the clock (request received timestamps, deadlines, audit) */
  now: () => Date;
  /** audit backend; none: WithAudit installs nothing */
  auditSink?: AuditSink | null;
  /** --cors-allowed-origins (regular expressions) */
  corsAllowedOriginList?: readonly string[];
  /** --strict-transport-security-directives */
  hstsDirectives?: readonly string[];
  /** lifecycleSignals.MuxAndDiscoveryComplete: true once all known paths are installed */
  muxAndDiscoveryComplete?: () => boolean;
  /** NonLongRunningRequestWaitGroup, waited for on shutdown (one is made per chain if absent) */
  nonLongRunningRequestWaitGroup?: RequestWaitGroup;
  /** --api-audiences */
  apiAudiences?: readonly string[];
  /** the step hook; names are filterlatency's ("authentication", "audit", …) or the Go filter function's */
  onFilter?: FilterHook;
}

/**
 * BasicLongRunningRequestCheck: long-running verbs, long-running subresources of resource requests, and pprof.
 * kube-apiserver uses verbs {watch, proxy} and subresources {attach, exec, proxy, log, portforward}.
 */
export function basicLongRunningRequestCheck(
  longRunningVerbs: ReadonlySet<string>,
  longRunningSubresources: ReadonlySet<string>,
): LongRunningRequestCheck {
  return (_req, info) => {
    if (longRunningVerbs.has(info.verb)) return true;
    if (info.isResourceRequest && longRunningSubresources.has(info.subresource)) return true;
    if (!info.isResourceRequest && info.path.startsWith('/debug/pprof/')) return true;
    return false;
  };
}

/** kube-apiserver's LongRunningFunc */
export const defaultLongRunningFunc: LongRunningRequestCheck = basicLongRunningRequestCheck(
  new Set(['watch', 'proxy']),
  new Set(['attach', 'exec', 'proxy', 'log', 'portforward']),
);

/** NewRequestInfoResolver: prefix `apis`, plus the legacy (groupless) prefixes, by default `/api`. */
export function newRequestInfoResolver(
  legacyAPIGroupPrefixes: readonly string[] = ['/api'],
): RequestInfoFactory {
  const trim = (p: string) => p.replace(/^\/+|\/+$/g, '');
  const legacy = new Set(legacyAPIGroupPrefixes.map(trim));
  return new RequestInfoFactory(new Set(['apis', ...legacy]), legacy);
}

/** A deterministic UUID-shaped Audit-ID sequence; the server config normally supplies its own generator. */
export function sequentialAuditIDs(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/** The handler-chain defaults of a kube-apiserver (flags at their defaults, APF off, admin-for-everyone auth). */
export function newHandlerChainConfig(overrides: Partial<HandlerChainConfig> = {}): HandlerChainConfig {
  return {
    requestInfoResolver: newRequestInfoResolver(),
    authenticator: defaultAuthenticator,
    authorizer: defaultAuthorizer,
    maxRequestsInFlight: 400,
    maxMutatingRequestsInFlight: 200,
    requestTimeout: 60_000,
    longRunningFunc: defaultLongRunningFunc,
    auditIDGenerator: sequentialAuditIDs(),
    timers: realTimers,
    now: () => new Date(0),
    ...overrides,
  };
}

/**
 * filterlatency.TrackStarted: runs the step hook as the request enters the filter it wraps. Go marks five
 * filters this way (authentication, audit, impersonation, priorityandfairness, authorization) whether or not
 * the filter installed anything; the others are tracked here too, but only when installed (trackInstalled).
 */
export function trackStarted(
  handler: Handler,
  name: string,
  c: Pick<HandlerChainConfig, 'onFilter'>,
): Handler {
  return async (w: ResponseWriter, req: Request) => {
    if (c.onFilter) await c.onFilter(name, req);
    return handler(w, req);
  };
}

/** Tracks a filter under its Go function name, unless it installed nothing (returned its inner handler). */
function trackInstalled(wrapped: Handler, inner: Handler, name: string, c: HandlerChainConfig): Handler {
  return wrapped === inner ? wrapped : trackStarted(wrapped, name, c);
}

/**
 * DefaultBuildHandlerChain wraps the API handler (the director) in the generic filters, as Go does: each line
 * wraps everything written above it, so the chain is built from the inside out and the LAST wrap is the
 * OUTERMOST filter. A request therefore meets the filters bottom-up: WithAuditInit first, then
 * WithPanicRecovery, … and WithAuthorization last, right before the director.
 *
 * Not modelled (no effect in the simulator): WithLatencyTrackers, WithHTTPLogging, WithTracing
 * (APIServerTracing, inside authentication since 1.33), WithRoutine (APIServingWithRoutine), WithRetryAfter
 * (ShutdownSendRetryAfter), WithProbabilisticGoaway (HTTP/2 only), WithWatchTerminationDuringShutdown, and
 * WithPriorityAndFairness: FlowControl is off, so WithMaxInFlightLimit takes its place.
 */
export function defaultBuildHandlerChain(apiHandler: Handler, c: HandlerChainConfig): Handler {
  const wg = c.nonLongRunningRequestWaitGroup ?? new SafeWaitGroup();
  let handler = apiHandler;
  let inner: Handler;

  handler = trackStarted(withAuthorization(handler, c.authorizer), 'authorization', c);

  inner = handler;
  handler = withMaxInFlightLimit(
    handler,
    c.maxRequestsInFlight,
    c.maxMutatingRequestsInFlight,
    c.longRunningFunc,
  );
  handler = trackInstalled(handler, inner, 'WithMaxInFlightLimit', c);

  handler = trackStarted(
    withImpersonation(handler, c.authorizer ?? alwaysAllowAuthorizer),
    'impersonation',
    c,
  );

  handler = trackStarted(withAudit(handler, c.auditSink, c.longRunningFunc, c.now), 'audit', c);

  const failedHandler = withFailedAuthenticationAudit(unauthorized(), c.auditSink, c.now);
  handler = trackStarted(
    withAuthentication(handler, c.authenticator, failedHandler, c.apiAudiences ?? []),
    'authentication',
    c,
  );

  inner = handler;
  handler = withCORS(handler, c.corsAllowedOriginList, null, null, null, 'true');
  handler = trackInstalled(handler, inner, 'WithCORS', c);

  // WithWarningRecorder must be wrapped by the timeout handler to make the addition of warning headers threadsafe
  handler = trackStarted(withWarningRecorder(handler), 'WithWarningRecorder', c);

  // WithTimeoutForNonLongRunningRequests runs the rest of the request handling against the context with the
  // deadline; the handling can keep running while the timeout logic returns a timeout to the client.
  handler = trackStarted(
    withTimeoutForNonLongRunningRequests(handler, c.longRunningFunc),
    'WithTimeoutForNonLongRunningRequests',
    c,
  );

  handler = trackStarted(
    withRequestDeadline(handler, c.longRunningFunc, c.requestTimeout, c.timers, c.now),
    'WithRequestDeadline',
    c,
  );
  handler = trackStarted(withWaitGroup(handler, c.longRunningFunc, wg), 'WithWaitGroup', c);
  handler = trackStarted(withCacheControl(handler), 'WithCacheControl', c);

  inner = handler;
  handler = withHSTS(handler, c.hstsDirectives);
  handler = trackInstalled(handler, inner, 'WithHSTS', c);

  handler = trackStarted(withRequestInfo(handler, c.requestInfoResolver), 'WithRequestInfo', c);
  handler = trackStarted(withRequestReceivedTimestamp(handler, c.now), 'WithRequestReceivedTimestamp', c);
  handler = trackStarted(
    withMuxAndDiscoveryComplete(handler, c.muxAndDiscoveryComplete),
    'WithMuxAndDiscoveryComplete',
    c,
  );
  handler = trackStarted(withPanicRecovery(handler, c.requestInfoResolver), 'WithPanicRecovery', c);
  handler = trackStarted(withAuditInit(handler, c.auditIDGenerator), 'WithAuditInit', c);
  return handler;
}
