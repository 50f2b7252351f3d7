// Go twin: k8s.io/apiserver/pkg/util/webhook/client.go (ClientManager.HookClient), serviceresolver.go and the
// client-go REST call the dispatchers make (`client.Post().Body(request).Do(ctx).Into(response)`) @ v1.34.0
//
// Kubewalk has no network: a webhook is an in-engine function registered under the address its clientConfig
// names. A service reference is looked up as `<namespace>/<name><path>` (e.g. `default/labeler/mutate`), a
// url client by its URL. An address with no function behaves like a connection failure, and a function may
// throw WebhookTimeout to stand for a webhook that does not answer within timeoutSeconds.
import { marshal } from '../../runtime/serializer/json/gojson';
import type { AdmissionReviewJSON } from '../../apis/admission/v1/types';
import type { WebhookClientConfig } from '../../apis/admissionregistration/types';

/** A webhook server: it receives the AdmissionReview kube-apiserver POSTs and answers one. */
export type WebhookService = (
  review: AdmissionReviewJSON,
) => AdmissionReviewJSON | Promise<AdmissionReviewJSON>;

/** The in-engine webhook servers, by `<namespace>/<name><path>` or by URL. */
export type WebhookServices = Record<string, WebhookService>;

/** Thrown by a WebhookService to simulate a webhook that does not answer before the timeout. */
export class WebhookTimeout extends Error {
  constructor() {
    super('context deadline exceeded');
    this.name = 'WebhookTimeout';
  }
}

/** The key a clientConfig's server is registered under. */
export function serviceKey(cc: WebhookClientConfig): string {
  if (cc.service) return `${cc.service.namespace}/${cc.service.name}${cc.service.path ?? ''}`;
  return cc.url ?? '';
}

/**
 * The URL the REST client posts to: `https://<name>.<namespace>.svc:<port><path>` for a service (the path
 * defaults to `/`), the url as given otherwise; `?timeout=<n>s` tells the webhook how long it has.
 */
export function hookURL(cc: WebhookClientConfig, timeoutSeconds: number | undefined): string {
  let base: string;
  if (cc.service) {
    const s = cc.service;
    base = `https://${s.name}.${s.namespace}.svc:${s.port ?? 443}${s.path ? s.path : '/'}`;
  } else {
    base = cc.url ?? '';
  }
  return timeoutSeconds ? `${base}?timeout=${timeoutSeconds}s` : base;
}

/** What the cluster knows of a Service, for the error a missing webhook server gives. */
export interface ServiceLookup {
  (namespace: string, name: string): Promise<{ clusterIP?: string; ports?: { port?: number }[] } | null>;
}

/** An error of the transport: Go's *url.Error text, `Post "<url>": <reason>`. */
export class TransportError extends Error {
  constructor(url: string, reason: string) {
    super(`Post ${JSON.stringify(url)}: ${reason}`);
    this.name = 'TransportError';
  }
}

/** Why nothing answered at the address: what Go's service resolver or dialer would have said. */
async function unreachable(cc: WebhookClientConfig, lookup: ServiceLookup | undefined): Promise<string> {
  if (cc.service) {
    const { namespace, name } = cc.service;
    const port = cc.service.port ?? 443;
    let svc: Awaited<ReturnType<ServiceLookup>> | undefined;
    try {
      svc = lookup ? await lookup(namespace, name) : undefined;
    } catch {
      svc = undefined;
    }
    if (svc === null) return `service ${JSON.stringify(name)} not found`;
    if (svc && !(svc.ports ?? []).some((p) => p.port === port)) {
      return `no service port ${port} found for service ${JSON.stringify(name)}`;
    }
    const host = svc?.clusterIP ? svc.clusterIP : `${name}.${namespace}.svc`;
    return `dial tcp ${host}:${port}: connect: connection refused`;
  }
  const host = /^https?:\/\/([^/?#]*)/i.exec(cc.url ?? '')?.[1] ?? '';
  const hostname = host.replace(/:\d+$/, '');
  if (/^[0-9.]+$/.test(hostname) || hostname.startsWith('[')) {
    return `dial tcp ${host.includes(':') && !host.endsWith(']') ? host : `${host}:443`}: connect: connection refused`;
  }
  return `dial tcp: lookup ${hostname}: no such host`;
}

/**
 * POSTs a review to the webhook and returns the parsed JSON it answered. The review crosses the "wire" as JSON
 * text both ways, so neither side can touch the other's objects. Transport failures throw TransportError.
 */
export async function postReview(
  services: WebhookServices,
  cc: WebhookClientConfig,
  review: unknown,
  timeoutSeconds: number | undefined,
  lookup?: ServiceLookup,
): Promise<unknown> {
  const url = hookURL(cc, timeoutSeconds);
  const key = serviceKey(cc);
  const server = Object.prototype.hasOwnProperty.call(services, key) ? services[key] : undefined;
  if (!server) throw new TransportError(url, await unreachable(cc, lookup));
  let answer: unknown;
  try {
    answer = await server(JSON.parse(marshal(review)) as AdmissionReviewJSON);
  } catch (e) {
    if (e instanceof WebhookTimeout) throw new TransportError(url, 'context deadline exceeded');
    throw new TransportError(url, e instanceof Error ? e.message : String(e));
  }
  const text = JSON.stringify(answer);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}
