// Go twin: k8s.io/kube-aggregator/pkg/apiserver/apiserver.go (completedConfig.NewWithDelegate, AddAPIService,
// RemoveAPIService) @ v1.34.0
//
// The outermost server: its handler chain is the only one a request runs through. It serves its own group,
// apiregistration.k8s.io/v1 (APIService objects, stored under /registry/apiregistration.k8s.io/apiservices),
// answers `/apis` and `/apis/<group>` from those objects, and hands every group-version path to the server
// behind the APIService — for local ones (every built-in and CRD group) that is the kube-apiserver's director,
// for remote ones the extension server registered for its Service (transport.ts).
import { apiServiceNameToGroupVersion } from './apis/apiregistration/helpers';
import type { APIService } from './apis/apiregistration/types';
import { SchemeGroupVersion as V1 } from './apis/apiregistration/v1/register';
import { newAggregatorScheme } from './apiserver/scheme';
import { APIServiceRegistrationController, type APIHandlerManager } from './apiservice_controller';
import { APIServicesClient } from './client/apiservices';
import { APIServiceInformer } from './client/informer';
import { LoopbackClient } from './client/loopback';
import type { AutoRegisterController } from './controllers/autoregister/autoregister_controller';
import type { WorkQueue } from './controllers/queue';
import { LocalAvailableConditionController } from './controllers/status/local/local_available_controller';
import { RemoteAvailableConditionController } from './controllers/status/remote/remote_available_controller';
import { apiGroupHandler, apisHandler, discoveryGroup } from './handler_apis';
import { addAggregatorDiscovery } from './handler_discovery';
import { ProxyHandler, type ProxyTransport } from './handler_proxy';
import { newRESTStorage } from './registry/apiservice/rest';
import { loopbackServiceGetter, newClusterIPServiceResolver } from './resolvers';
import { ClusterNetwork, type ExtensionServers } from './transport';
import type { RegistryContext } from '../controlplane/resource';
import type { Store } from '../registry/generic/registry/store';
import type { Scheme } from '../runtime/scheme';
import { gvString } from '../runtime/schema/groupversion';
import type { CodecFactory } from '../runtime/serializer/codec_factory';
import {
  GenericAPIServer,
  type DelegationTarget,
  type GenericServerConfig,
} from '../server/genericapiserver';
import type { Handler } from '../server/http';
import { wrapAggregatedDiscoveryToHandler } from '../endpoints/discovery/aggregated/wrapper';

/** legacyAPIServiceName is the fixed name of the only non-groupified API version */
export const legacyAPIServiceName = 'v1.';

/** A post-start hook (genericapiserver.PostStartHookFunc): run once, in order, when the server starts. */
export interface PostStartHook {
  name: string;
  run(): Promise<void>;
}

export class APIAggregator implements APIHandlerManager {
  readonly genericAPIServer: GenericAPIServer;
  readonly scheme: Scheme;
  readonly codecs: CodecFactory;
  /** the apiservices registry store */
  readonly apiServices: Store;
  readonly informer: APIServiceInformer;
  /** the loopback clients the controllers read and write with */
  readonly loopback: LoopbackClient;
  readonly client: APIServicesClient;
  /** AddPostStartHook: what the server runs when it starts, in this order */
  readonly postStartHooks: PostStartHook[] = [];
  readonly registrationController: APIServiceRegistrationController;
  /** the autoregister controller (set by createAggregatorServer): where CRD registration adds APIServices */
  autoRegistration!: AutoRegisterController;
  /** every work queue of the aggregator's controllers, for settle() */
  private readonly queues: WorkQueue[] = [];
  private readonly delegateHandler: Handler;
  /** the proxy handlers that are currently registered, keyed by apiservice.name */
  private readonly proxyHandlers = new Map<string, ProxyHandler>();
  /** the groups that already have routes, with their versions */
  private readonly handledGroupVersions = new Map<string, Set<string>>();
  /** how remote APIServices are reached: the ClusterIP resolver and the in-engine extension servers */
  private readonly proxyTransport: ProxyTransport;

  /** `extensionServers`: the aggregated API servers, keyed `<namespace>/<name>` of their Service */
  constructor(
    config: GenericServerConfig,
    delegationTarget: DelegationTarget,
    registry: RegistryContext,
    extensionServers: ExtensionServers = {},
  ) {
    // the kube aggregator wires its own discovery mechanism
    this.genericAPIServer = new GenericAPIServer(
      'kube-aggregator',
      { ...config, enableDiscovery: false },
      delegationTarget,
      delegationTarget.unprotectedHandler(),
    );
    this.delegateHandler = delegationTarget.unprotectedHandler();

    const { scheme, codecs } = newAggregatorScheme();
    this.scheme = scheme;
    this.codecs = codecs;
    const { apiGroupInfo, apiServices } = newRESTStorage({
      storage: { ...registry.storage, scheme, codecs },
      env: registry.env,
    });
    this.apiServices = apiServices;
    config.onStartup?.('startup.apiGroupInfo', {
      group: 'apiregistration.k8s.io',
      versions: Object.keys(apiGroupInfo.versionedResourcesStorageMap),
      storage: Object.fromEntries(
        Object.entries(apiGroupInfo.versionedResourcesStorageMap).map(([v, m]) => [v, Object.keys(m)]),
      ),
    });
    this.genericAPIServer.installAPIGroups(apiGroupInfo);
    const enabledVersions = Object.keys(apiGroupInfo.versionedResourcesStorageMap);
    if (!enabledVersions.includes(V1.version)) {
      throw new Error(`API group/version ${gvString(V1)} must be enabled`);
    }

    this.informer = new APIServiceInformer(apiServices);
    this.loopback = new LoopbackClient(
      () => this.genericAPIServer.handler.fullHandlerChain,
      config.loopbackToken,
    );
    this.client = new APIServicesClient(this.loopback);
    const getService = loopbackServiceGetter(this.loopback);
    const serviceResolver = newClusterIPServiceResolver(getService);
    const network = new ClusterNetwork(extensionServers, { client: this.loopback, now: registry.env.now });
    this.proxyTransport = { serviceResolver, network };

    const apis = apisHandler(discoveryGroup(enabledVersions), this.informer.lister);
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    // Accept: …;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList gets the aggregated document
    const aggregated = config.aggregatedDiscoveryGroupManager;
    if (aggregated) addAggregatorDiscovery(aggregated, this.informer.lister, this.proxyTransport);
    mux.handle('/apis', aggregated ? wrapAggregatedDiscoveryToHandler(apis, aggregated.serveHTTP) : apis);
    mux.unlistedHandle('/apis/', apis);

    const registrationController = new APIServiceRegistrationController(this.informer, this);
    this.registrationController = registrationController;
    const localAvailableController = new LocalAvailableConditionController(
      this.informer,
      this.client,
      registry.env.now,
    );
    const remoteAvailableController = new RemoteAvailableConditionController(
      this.informer,
      this.client,
      getService,
      serviceResolver,
      network,
      registry,
    );

    this.queues.push(
      registrationController.queue,
      localAvailableController.queue,
      remoteAvailableController.queue,
    );
    this.addPostStartHook('start-kube-aggregator-informers', () => this.informer.run());
    this.addPostStartHook('apiservice-status-local-available-controller', async () =>
      localAvailableController.run(),
    );
    this.addPostStartHook('apiservice-status-remote-available-controller', async () =>
      remoteAvailableController.run(),
    );
    // waits until every APIService known at start has its proxy handler
    this.addPostStartHook('apiservice-registration-controller', () => registrationController.run());
  }

  /**
   * Waits until the controllers have done what the last writes asked of them: the informer has seen every
   * event and every queue is idle, with etcd unchanged over a whole round. Go's controllers converge in the
   * background; the simulator waits, so a request's answer and the revisions after it are reproducible.
   */
  async settle(revision: () => number, maxRounds = 50): Promise<void> {
    const queues = [...this.queues, this.autoRegistration.queue];
    for (let round = 0; round < maxRounds; round++) {
      const before = revision();
      await new Promise((resolve) => setTimeout(resolve, 0)); // watch events due now reach the informer
      await Promise.all(queues.map((q) => q.idle()));
      if (revision() === before) return;
    }
  }

  addPostStartHook(name: string, run: () => Promise<void>): void {
    if (this.postStartHooks.some((h) => h.name === name))
      throw new Error(
        `unable to add ${JSON.stringify(name)} because it was already registered by: kube-aggregator`,
      );
    this.postStartHooks.push({ name, run });
  }

  /** The names of the APIServices that have a proxy handler now. */
  handledAPIServices(): string[] {
    return [...this.proxyHandlers.keys()];
  }

  /**
   * AddAPIService: serve `/apis/<group>/<version>` (the legacy `v1.`: all of `/api`) through a proxy handler
   * for the APIService, and `/apis/<group>` from the group's APIServices. An existing handler is updated.
   */
  addAPIService(apiService: APIService): void {
    const name = apiService.metadata?.name ?? '';
    // if the proxyHandler already exists, it needs to be updated. The aggregation bits do not
    // since they are wired against listers because they require multiple resources to respond
    const existing = this.proxyHandlers.get(name);
    if (existing) {
      existing.updateAPIService(apiService);
      return;
    }
    const group = apiService.spec?.group ?? '';
    const version = apiService.spec?.version ?? '';
    // v1. is a special case for the legacy API.  It proxies to a wider set of endpoints.
    const proxyPath = name === legacyAPIServiceName ? '/api' : `/apis/${group}/${version}`;

    const proxyHandler = new ProxyHandler(this.delegateHandler, this.proxyTransport);
    proxyHandler.updateAPIService(apiService);
    this.proxyHandlers.set(name, proxyHandler);
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    mux.handle(proxyPath, proxyHandler.serveHTTP);
    mux.unlistedHandlePrefix(`${proxyPath}/`, proxyHandler.serveHTTP);

    // if we're dealing with the legacy group, we're done here
    if (name === legacyAPIServiceName) return;

    // if we've already registered the path with the handler, we don't want to do it again.
    const versions = this.handledGroupVersions.get(group);
    if (versions) {
      versions.add(version);
      return;
    }
    // it's time to register the group aggregation endpoint
    const groupPath = `/apis/${group}`;
    const groupDiscoveryHandler = apiGroupHandler(group, this.informer.lister, this.delegateHandler);
    // aggregation is protected
    mux.handle(groupPath, groupDiscoveryHandler);
    mux.unlistedHandle(`${groupPath}/`, groupDiscoveryHandler);
    this.handledGroupVersions.set(group, new Set([version]));
  }

  /** RemoveAPIService: unregister the APIService's paths, and the group's once its last version is gone. */
  removeAPIService(apiServiceName: string): void {
    const gv = apiServiceNameToGroupVersion(apiServiceName);
    // v1. is a special case for the legacy API.  It proxies to a wider set of endpoints.
    const proxyPath = apiServiceName === legacyAPIServiceName ? '/api' : `/apis/${gv.group}/${gv.version}`;
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    mux.unregister(proxyPath);
    mux.unregister(`${proxyPath}/`);
    this.proxyHandlers.delete(apiServiceName);

    const versions = this.handledGroupVersions.get(gv.group);
    if (!versions) return;
    versions.delete(gv.version);
    if (versions.size > 0) return;
    this.handledGroupVersions.delete(gv.group);
    const groupPath = `/apis/${gv.group}`;
    mux.unregister(groupPath);
    mux.unregister(`${groupPath}/`);
  }
}
