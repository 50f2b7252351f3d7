// Go twin: k8s.io/kube-aggregator/pkg/apiserver/apiserver.go (completedConfig.NewWithDelegate, AddAPIService)
// and handler_proxy.go (proxyHandler) @ v1.34.0
//
// The outermost server: its handler chain is the only one a request runs through. It answers `/apis` and
// `/apis/<group>` from its APIServices, and hands every group-version path to the server behind the
// APIService — for local ones (every built-in and CRD group) that is the kube-apiserver's director.
import { defaultGenericAPIServicePriorities, defaultPriority } from './priorities';
import { apiGroupDiscoveryHandler, apisHandler, type APIServiceInfo } from './handler_apis';
import {
  GenericAPIServer,
  type DelegationTarget,
  type GenericServerConfig,
} from '../server/genericapiserver';
import type { Handler } from '../server/http';

export class APIAggregator {
  readonly genericAPIServer: GenericAPIServer;
  private readonly apiServices = new Map<string, APIServiceInfo>();
  private readonly groupsRegistered = new Set<string>();

  constructor(
    config: GenericServerConfig,
    private readonly delegate: DelegationTarget,
  ) {
    this.genericAPIServer = new GenericAPIServer(
      'kube-aggregator',
      { ...config, enableDiscovery: false },
      delegate,
      delegate.unprotectedHandler(),
    );
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    const apis = apisHandler(null, () => [...this.apiServices.values()]);
    mux.handle('/apis', apis);
    mux.unlistedHandle('/apis/', apis);
  }

  apiServiceInfos(): APIServiceInfo[] {
    return [...this.apiServices.values()];
  }

  /**
   * AddAPIService: serve `/apis/<group>/<version>` (the core group: `/api`) by handing it to the local
   * delegate, and `/apis/<group>` from the APIServices of that group.
   */
  addAPIService(info: APIServiceInfo): void {
    this.apiServices.set(info.name, info);
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    const proxy: Handler = (w, req) => this.delegate.unprotectedHandler()(w, req);
    const proxyPath = info.group === '' ? '/api' : `/apis/${info.group}/${info.version}`;
    mux.handle(proxyPath, proxy);
    mux.unlistedHandlePrefix(`${proxyPath}/`, proxy);
    if (info.group === '' || this.groupsRegistered.has(info.group)) return;
    this.groupsRegistered.add(info.group);
    const groupHandler = apiGroupDiscoveryHandler(info.group, () => [...this.apiServices.values()], proxy);
    mux.handle(`/apis/${info.group}`, groupHandler);
    mux.unlistedHandle(`/apis/${info.group}/`, groupHandler);
  }

  /**
   * The autoregister controller: a local APIService for every group-version the delegates serve, with the
   * priorities of DefaultGenericAPIServicePriorities (CRD groups get the default).
   */
  autoRegisterLocalAPIServices(): void {
    const register = (group: string, version: string) => {
      const name = `${version}.${group}`;
      const p = defaultGenericAPIServicePriorities[name] ?? defaultPriority;
      this.addAPIService({ name, group, version, groupPriorityMinimum: p.group, versionPriority: p.version });
    };
    register('', 'v1');
    for (let d: DelegationTarget | null = this.delegate; d; d = d.nextDelegate()) {
      for (const g of d.discoveryGroups()) for (const v of g.versions) register(g.name, v.version);
    }
  }
}
