// Go twin: k8s.io/kube-aggregator/pkg/apiserver/handler_proxy.go (proxyHandler, proxyHandlingInfo,
// proxyError, updateAPIService) @ v1.34.0
//
// One proxy handler serves the paths of one APIService. A local APIService (no spec.service: every built-in
// group-version and every CRD's) hands the request to the delegate — kube-apiserver's director. A remote
// one would be proxied to its Service; until the APIService is Available the answer is Go's plain-text
// http.Error `service unavailable` (503). The simulator runs no aggregated API servers, so resolving the
// service's endpoint fails even when the condition says Available: the same 503 (Go's ResolveEndpoint error
// path).
import { isAPIServiceConditionTrue } from './apis/apiregistration/helpers';
import { Available, type APIService } from './apis/apiregistration/types';
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

/** proxyError: http.Error, then the request is recorded as terminated (apiserver_request_terminations_total). */
function proxyError(w: ResponseWriter, error: string, code: number): void {
  httpError(w, error, code);
}

export class ProxyHandler {
  private handlingInfo: ProxyHandlingInfo | null = null;

  constructor(private readonly localDelegate: Handler | null) {}

  readonly serveHTTP: Handler = async (w: ResponseWriter, req: Request) => {
    const info = this.handlingInfo;
    if (!info) return this.localDelegate!(w, req);
    if (info.local) {
      if (!this.localDelegate) return httpError(w, '', 404);
      return this.localDelegate(w, req);
    }
    if (!info.serviceAvailable) return proxyError(w, 'service unavailable', 503);
    // serviceResolver.ResolveEndpoint: no endpoints exist for aggregated servers in the simulation.
    return proxyError(w, 'service unavailable', 503);
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
