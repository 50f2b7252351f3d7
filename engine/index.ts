// The engine's public API (DESIGN §3). Keep it stable: tests, lessons, the player and the CLI use it.
//
//   const server = createServerChain(config);            // aggregator → kube-apiserver → apiextensions → notfound
//   const res = await server.handle({ method, path, headers, body });  // { status, headers, body }
//   for await (const frame of server.watch({ method: 'GET', path: '/api/v1/pods?watch=true' })) …
export { createServerChain, ServerChain, type ChainOptions, type WatchFrame } from './controlplane/server';
export type { ServerConfig } from './controlplane/config';
export type { HTTPRequest, HTTPResponse } from './controlplane/request';
export { versionInfo } from './server/routes/version';
export type { RecordedRun, TraceStep, EtcdEntry } from './flow/trace';
export type { Gate, RecordOptions } from './flow/recorder';
export { allSteps, stepById, type StepDef, type GoTwin, type StepGroup } from './flow/steps';
export {
  flowchart,
  sequenceDiagram,
  mermaidNodeOf,
  startupFlowchart,
  type ChartOptions,
} from './flow/mermaid';
export { recordStartup, type RecordedStartup } from './flow/startup_recorder';
export {
  describeScheme,
  convertSample,
  convertSampleOfType,
  type SchemeDescription,
  type SchemeGroup,
  type SchemeVersion,
  type SchemeKind,
  type SchemeConversion,
  type GoTypeRef,
  type ConversionStage,
  type ConversionResult,
} from './runtime/describe';
export { allOrderedPlugins, defaultOnPlugins } from './kubeapiserver/options/plugins';
export {
  addLabelService,
  allowService,
  denyService,
  timeoutService,
  reviewResponse,
  WebhookTimeout,
  type WebhookService,
  type WebhookServices,
} from './admission/plugin/webhook/services';
export type { AdmissionReviewJSON } from './apis/admission/v1/types';
export { parseTokenFile } from './authentication/token/tokenfile/tokenfile';
export { metricsServer } from './aggregator/examples/metrics_server';
export type { ExtensionServer, ExtensionServers } from './aggregator/transport';
