import { startupSteps } from './startup_steps';

// The step catalog: every step a request can take through the simulated kube-apiserver, each with the Go
// function that does that work at v1.34.0. The statechart, the tracer, the diagrams and the lessons all key
// on these ids.

export type StepGroup =
  | 'filter'
  | 'chain'
  | 'handler'
  | 'scheme'
  | 'admission'
  | 'registry'
  | 'storage'
  | 'etcd'
  | 'response'
  | 'exit'
  | 'startup';

export interface GoTwin {
  /** Go import path, e.g. k8s.io/apiserver/pkg/endpoints/filters */
  pkg: string;
  /** file inside the package, e.g. authentication.go */
  file: string;
  /** the function or method, e.g. WithAuthentication */
  func: string;
}

export interface StepDef {
  id: string;
  label: string;
  group: StepGroup;
  go: GoTwin;
}

const apiserver = 'k8s.io/apiserver/pkg';
const step = (
  id: string,
  label: string,
  group: StepGroup,
  pkg: string,
  file: string,
  func: string,
): StepDef => ({
  id,
  label,
  group,
  go: { pkg, file, func },
});

/** Filters, outermost first: the order DefaultBuildHandlerChain makes them run (config.go). */
export const filterSteps: StepDef[] = [
  step(
    'filter.auditInit',
    'Audit ID',
    'filter',
    `${apiserver}/endpoints/filters`,
    'audit_init.go',
    'WithAuditInit',
  ),
  step(
    'filter.panicRecovery',
    'Panic recovery',
    'filter',
    `${apiserver}/server/filters`,
    'wrap.go',
    'WithPanicRecovery',
  ),
  step(
    'filter.muxAndDiscoveryComplete',
    'Mux and discovery complete',
    'filter',
    `${apiserver}/endpoints/filters`,
    'mux_discovery_complete.go',
    'WithMuxAndDiscoveryComplete',
  ),
  step(
    'filter.requestReceivedTimestamp',
    'Request received',
    'filter',
    `${apiserver}/endpoints/filters`,
    'request_received_time.go',
    'WithRequestReceivedTimestamp',
  ),
  step(
    'filter.requestInfo',
    'RequestInfo',
    'filter',
    `${apiserver}/endpoints/filters`,
    'requestinfo.go',
    'WithRequestInfo',
  ),
  step('filter.hsts', 'HSTS', 'filter', `${apiserver}/server/filters`, 'hsts.go', 'WithHSTS'),
  step(
    'filter.cacheControl',
    'Cache-Control',
    'filter',
    `${apiserver}/endpoints/filters`,
    'cachecontrol.go',
    'WithCacheControl',
  ),
  step(
    'filter.waitGroup',
    'Wait group',
    'filter',
    `${apiserver}/server/filters`,
    'waitgroup.go',
    'WithWaitGroup',
  ),
  step(
    'filter.requestDeadline',
    'Request deadline',
    'filter',
    `${apiserver}/endpoints/filters`,
    'request_deadline.go',
    'WithRequestDeadline',
  ),
  step(
    'filter.timeout',
    'Timeout',
    'filter',
    `${apiserver}/server/filters`,
    'timeout.go',
    'WithTimeoutForNonLongRunningRequests',
  ),
  step(
    'filter.warningRecorder',
    'Warnings',
    'filter',
    `${apiserver}/endpoints/filters`,
    'warning.go',
    'WithWarningRecorder',
  ),
  step('filter.cors', 'CORS', 'filter', `${apiserver}/server/filters`, 'cors.go', 'WithCORS'),
  step(
    'filter.authentication',
    'Authentication',
    'filter',
    `${apiserver}/endpoints/filters`,
    'authentication.go',
    'WithAuthentication',
  ),
  step('filter.audit', 'Audit', 'filter', `${apiserver}/endpoints/filters`, 'audit.go', 'WithAudit'),
  step(
    'filter.impersonation',
    'Impersonation',
    'filter',
    `${apiserver}/endpoints/filters`,
    'impersonation.go',
    'WithImpersonation',
  ),
  step(
    'filter.maxInFlight',
    'Max in flight',
    'filter',
    `${apiserver}/server/filters`,
    'maxinflight.go',
    'WithMaxInFlightLimit',
  ),
  step(
    'filter.authorization',
    'Authorization',
    'filter',
    `${apiserver}/endpoints/filters`,
    'authorization.go',
    'WithAuthorization',
  ),
];

/** The name each filter reports to HandlerChainConfig.onFilter → its step id. */
export const filterHookNames: Record<string, string> = {
  WithAuditInit: 'filter.auditInit',
  WithPanicRecovery: 'filter.panicRecovery',
  WithMuxAndDiscoveryComplete: 'filter.muxAndDiscoveryComplete',
  WithRequestReceivedTimestamp: 'filter.requestReceivedTimestamp',
  WithRequestInfo: 'filter.requestInfo',
  WithHSTS: 'filter.hsts',
  WithCacheControl: 'filter.cacheControl',
  WithWaitGroup: 'filter.waitGroup',
  WithRequestDeadline: 'filter.requestDeadline',
  WithTimeoutForNonLongRunningRequests: 'filter.timeout',
  WithWarningRecorder: 'filter.warningRecorder',
  WithCORS: 'filter.cors',
  authentication: 'filter.authentication',
  audit: 'filter.audit',
  impersonation: 'filter.impersonation',
  WithMaxInFlightLimit: 'filter.maxInFlight',
  priorityandfairness: 'filter.maxInFlight',
  authorization: 'filter.authorization',
};

/** The delegation chain, in the order a request travels it. */
export const chainSteps: StepDef[] = [
  step(
    'chain.aggregator',
    'kube-aggregator',
    'chain',
    'k8s.io/kube-aggregator/pkg/apiserver',
    'apiserver.go',
    'APIAggregator (director)',
  ),
  step(
    'chain.kubeAPIServer',
    'kube-apiserver',
    'chain',
    `${apiserver}/server`,
    'handler.go',
    'director.ServeHTTP',
  ),
  step(
    'chain.apiextensions',
    'apiextensions-apiserver',
    'chain',
    'k8s.io/apiextensions-apiserver/pkg/apiserver',
    'customresource_handler.go',
    'crdHandler.ServeHTTP',
  ),
  step(
    'chain.notFound',
    'Not found',
    'chain',
    `${apiserver}/util/notfoundhandler`,
    'not_found_handler.go',
    'Handler.ServeHTTP',
  ),
];

/** GenericAPIServer names (GenericConfig.New) → step id. */
export const serverHookNames: Record<string, string> = {
  'kube-aggregator': 'chain.aggregator',
  'kube-apiserver': 'chain.kubeAPIServer',
  'apiextensions-apiserver': 'chain.apiextensions',
  'not-found': 'chain.notFound',
};

const handlers = `${apiserver}/endpoints/handlers`;

/**
 * Handler sub-steps in the order the handlers reach them (create.go's trace steps). A verb takes the ones it
 * needs; a request never goes back, except that an update re-runs from admission when storage retries.
 */
export const handlerSteps: StepDef[] = [
  // crdHandler only: the per-CRD handlers, storage and codecs, built on the first request or reused
  step(
    'crd.servingInfo',
    'CRD serving info',
    'handler',
    'k8s.io/apiextensions-apiserver/pkg/apiserver',
    'customresource_handler.go',
    'crdHandler.getOrCreateServingInfoFor',
  ),
  step(
    'handler.negotiate',
    'Negotiate media types',
    'handler',
    `${handlers}/negotiation`,
    'negotiate.go',
    'NegotiateOutputMediaType',
  ),
  step(
    'handler.readBody',
    'Read the body',
    'handler',
    handlers,
    'rest.go',
    'limitedReadBodyWithRecordMetric',
  ),
  step(
    'scheme.decode',
    'Decode',
    'scheme',
    'k8s.io/apimachinery/pkg/runtime/serializer/json',
    'json.go',
    'Serializer.Decode',
  ),
  step(
    'scheme.default',
    'Default',
    'scheme',
    'k8s.io/apimachinery/pkg/runtime',
    'scheme.go',
    'Scheme.Default',
  ),
  step(
    'scheme.convertToInternal',
    'Convert to internal',
    'scheme',
    'k8s.io/apimachinery/pkg/runtime',
    'scheme.go',
    'Scheme.Convert',
  ),
  step(
    'storage.decode',
    'Read from storage',
    'storage',
    `${apiserver}/registry/generic/registry`,
    'store.go',
    'Store.Get',
  ),
  step(
    'admission.mutating',
    'Mutating admission',
    'admission',
    `${apiserver}/admission`,
    'chain.go',
    'chainAdmissionHandler.Admit',
  ),
  step(
    'registry.prepareForCreate',
    'PrepareForCreate',
    'registry',
    `${apiserver}/registry/rest`,
    'create.go',
    'BeforeCreate',
  ),
  step(
    'registry.validate',
    'Validate',
    'registry',
    `${apiserver}/registry/rest`,
    'create.go',
    'BeforeCreate',
  ),
  step(
    'registry.canonicalize',
    'Canonicalize',
    'registry',
    `${apiserver}/registry/rest`,
    'create.go',
    'BeforeCreate',
  ),
  step(
    'admission.validating',
    'Validating admission',
    'admission',
    `${apiserver}/admission`,
    'chain.go',
    'chainAdmissionHandler.Validate',
  ),
  step(
    'storage.encode',
    'Encode for storage',
    'storage',
    `${apiserver}/storage/etcd3`,
    'store.go',
    'store.Create',
  ),
  step('etcd.txn', 'etcd transaction', 'etcd', `${apiserver}/storage/etcd3`, 'store.go', 'store.Create'),
  step(
    'registry.storage',
    'Storage answered',
    'storage',
    `${apiserver}/registry/generic/registry`,
    'store.go',
    'Store.Create',
  ),
  step('storage.watch', 'Start a watch', 'storage', handlers, 'get.go', 'ListResource'),
  step('watch.event', 'Watch event', 'response', handlers, 'watch.go', 'WatchServer.HandleHTTP'),
  step(
    'scheme.convertToExternal',
    'Convert to the requested version',
    'scheme',
    'k8s.io/apimachinery/pkg/runtime',
    'scheme.go',
    'Scheme.ConvertToVersion',
  ),
  step(
    'response.encode',
    'Encode the response',
    'response',
    `${handlers}/responsewriters`,
    'writers.go',
    'SerializeObject',
  ),
  step(
    'response.write',
    'Write the response',
    'response',
    `${handlers}/responsewriters`,
    'writers.go',
    'WriteObjectNegotiated',
  ),
];

/** Handler hook names (endpoints/handlers/steps.ts) → step id. */
export const handlerHookNames: Record<string, string> = {
  servingInfo: 'crd.servingInfo',
  negotiate: 'handler.negotiate',
  readBody: 'handler.readBody',
  decode: 'scheme.decode',
  default: 'scheme.default',
  convertToInternal: 'scheme.convertToInternal',
  'admission.mutating': 'admission.mutating',
  'registry.prepareForCreate': 'registry.prepareForCreate',
  'registry.validate': 'registry.validate',
  'registry.canonicalize': 'registry.canonicalize',
  'admission.validating': 'admission.validating',
  storage: 'registry.storage',
  watchStart: 'storage.watch',
  watchEvent: 'watch.event',
  convertToExternal: 'scheme.convertToExternal',
  encode: 'response.encode',
  write: 'response.write',
};

/** How a request ends: the status codes a learner meets, and everything else. */
export const exitCodes = [
  200, 201, 202, 400, 401, 403, 404, 405, 406, 409, 410, 413, 415, 422, 429, 500, 503, 504,
] as const;
export const exitSteps: StepDef[] = exitCodes.map((code) =>
  step(
    `exit.${code}`,
    code < 300 ? `${code} OK` : `${code} rejected`,
    'exit',
    `${apiserver}/endpoints/handlers/responsewriters`,
    code < 300 ? 'writers.go' : 'status.go',
    code < 300 ? 'WriteObjectNegotiated' : 'ErrorToAPIStatus',
  ),
);

export const allSteps: StepDef[] = [
  ...filterSteps,
  ...chainSteps,
  ...handlerSteps,
  ...exitSteps,
  ...startupSteps,
];
export const stepById: ReadonlyMap<string, StepDef> = new Map(allSteps.map((s) => [s.id, s]));

/** The exit step for a response status (`exit.other` codes fold into the nearest class). */
export function exitStepFor(status: number): string {
  if ((exitCodes as readonly number[]).includes(status)) return `exit.${status}`;
  return status < 400 ? 'exit.200' : status < 500 ? 'exit.400' : 'exit.500';
}
