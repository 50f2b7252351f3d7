// Go twin: k8s.io/kube-aggregator/pkg/apiserver/handler_proxy.go (proxyHandler.ServeHTTP, proxyHandlingInfo,
// proxyError, responder, updateAPIService) @ v1.34.0
//
// One proxy handler serves the paths of one APIService. A local APIService (no spec.service: every built-in
// group-version and every CRD's) hands the request to the delegate — kube-apiserver's director. A remote one is
// proxied to its Service: until the APIService is Available the answer is Go's plain-text http.Error
// `service unavailable` (503), as it is when the Service cannot be resolved. Otherwise the request goes to the
// server behind the Service (transport.ts) as the authenticated user: X-Remote-User / X-Remote-Group /
// X-Remote-Extra-* (the Authorization header was already removed by the authentication filter).
import { isAPIServiceConditionTrue } from './apis/apiregistration/helpers';
import { Available, type APIService } from './apis/apiregistration/types';
import type { Endpoint, ServiceResolver } from './resolvers';
import {
  newRequestForProxy,
  proxyResponderError,
  setAuthProxyHeaders,
  type ClusterNetwork,
} from './transport';
import { httpError, type Handler, type Request, type ResponseWriter } from '../server/http';

interface ProxyHandlingInfo {
  /** this APIService is served locally */
  local: boolean;
  name?: string;
  serviceName?: string;
  serviceNamespace?: string;
  servicePort?: number;
  serviceAvailable?: boolean;
}

/** What a proxy handler needs to reach remote APIServices; without it every remote request is a 503. */
export interface ProxyTransport {
  serviceResolver: ServiceResolver;
  network: ClusterNetwork;
}

/** proxyError: http.Error, then the request is recorded as terminated (apiserver_request_terminations_total). */
function proxyError(w: ResponseWriter, error: string, code: number): void {
  httpError(w, error, code);
}

export class ProxyHandler {
  private handlingInfo: ProxyHandlingInfo | null = null;

  constructor(
    private readonly localDelegate: Handler | null,
    private readonly transport: ProxyTransport | null = null,
  ) {}

  readonly serveHTTP: Handler = async (w: ResponseWriter, req: Request) => {
    const info = this.handlingInfo;
    if (!info) return this.localDelegate!(w, req);
    if (info.local) {
      if (!this.localDelegate) return httpError(w, '', 404);
      return this.localDelegate(w, req);
    }
    if (!info.serviceAvailable) return proxyError(w, 'service unavailable', 503);

    const user = req.ctx.user;
    if (!user) return proxyError(w, 'missing user', 500);

    const namespace = info.serviceNamespace ?? '';
    const name = info.serviceName ?? '';
    if (!this.transport) return proxyError(w, 'service unavailable', 503);
    let endpoint: Endpoint;
    try {
      endpoint = await this.transport.serviceResolver.resolveEndpoint(namespace, name, info.servicePort ?? 0);
    } catch {
      // Go logs `error resolving <ns>/<name>: <err>` and tells the client no more than this
      return proxyError(w, 'service unavailable', 503);
    }

    const newReq = newRequestForProxy(req);
    // NewAuthProxyRoundTripper: the backend trusts these headers because it trusts the proxy's client cert
    setAuthProxyHeaders(newReq.header, user);
    await this.transport.network.roundTrip({ namespace, name }, endpoint, newReq, w, (err) =>
      proxyResponderError(w, err),
    );
  };

  /** updateAPIService: local, or the service to proxy to and whether it is Available. */
  updateAPIService(apiService: APIService): void {
    const service = apiService.spec?.service;
    if (!service) {
      this.handlingInfo = { local: true };
      return;
    }
    this.handlingInfo = {
      local: false,
      name: apiService.metadata?.name ?? '',
      serviceName: service.name ?? '',
      serviceNamespace: service.namespace ?? '',
      servicePort: service.port ?? 0,
      serviceAvailable: isAPIServiceConditionTrue(apiService, Available),
    };
  }
}
