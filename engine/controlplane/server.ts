// Go twin: k8s.io/kubernetes/cmd/kube-apiserver/app/server.go (CreateServerChain) @ v1.34.0
//
// Built from the inside out — apiextensions, then kube-apiserver delegating to it, then the aggregator
// delegating to kube-apiserver — so that a request travels aggregator → kube-apiserver → apiextensions →
// not found. Only the aggregator's handler chain runs: delegation calls the next server's director.
import type { APIAggregator, PostStartHook } from '../aggregator/apiserver';
import { LoopbackClient } from '../aggregator/client/loopback';
import {
  createDefaultNamespaceAndKubernetesService,
  createSystemNamespaces,
} from './controller/systemnamespaces';
import { createAggregatorServer } from '../aggregator/controlplane_aggregator';
import { defaultGenericAPIServicePriorities } from '../aggregator/priorities';
import { APIExtensionsServer } from '../apiextensions/apiserver';
import { newLegacyScheme } from '../api/legacyscheme/scheme';
import { errorNegotiated } from '../endpoints/handlers/responsewriters/writers';
import type { GenericAPIServer, GenericServerConfig } from '../server/genericapiserver';
import { defaultBuildHandlerChain, newHandlerChainConfig, noTimers, type Timers } from '../server/config';
import { RecordingResponseWriter, type Handler, type Request, type ResponseWriter } from '../server/http';
import type { RequestObserver } from '../endpoints/request/context';
import { getPrefixRangeEnd, MVCCStore } from '../storage/etcd3/mvcc';
import { newNotFoundHandler } from '../util/notfoundhandler/notfoundhandler';
import { seededRandom, uuidFrom } from '../util/rand/rand';
import { completeConfig, type ServerConfig } from './config';
import { StoreIndex } from './listers';
import { rbacListers } from './rbac_listers';
import { ServiceAccountsController } from '../controller/serviceaccount/serviceaccounts_controller';
import { crdListerFromStore } from '../apiextensions/apiserver/crd_lister';
import { crdContribution } from '../endpoints/discovery/aggregated/crd';
import { CRDSource, ResourceManager } from '../endpoints/discovery/aggregated/handler';
import { EstablishingController } from '../apiextensions/controller/establish/establishing_controller';
import { CRDFinalizer, loopbackCRDStatusClient } from '../apiextensions/controller/finalizer/crd_finalizer';
import { NamingConditionController } from '../apiextensions/controller/status/naming_controller';
import { CRDRegistrationController } from '../aggregator/controllers/crdregistration/crdregistration_controller';
import { ResourceQuotaController } from '../controller/resourcequota/resource_quota_controller';
import type { GroupResource } from '../api/errors/errors';
import { defaultAuthenticator } from '../endpoints/filters/authentication';
import { newAuthenticator } from '../kubeapiserver/authenticator/config';
import { newAuthorizer } from '../kubeapiserver/authorizer/config';
import { newAdmissionChain } from '../kubeapiserver/options/plugins';
import { ensureRBACPolicy, PostStartHookName as rbacBootstrapHook } from '../registry/rbac/rest/storage_rbac';
import { recordRequest, type RecordOptions } from '../flow/recorder';
import type { RecordedRun } from '../flow/trace';
import { newKubeAPIServer } from './instance';
import { toRequest, toResponse, type HTTPRequest, type HTTPResponse } from './request';
import type { Scheme } from '../runtime/scheme';
import { newApiextensionsScheme } from '../apiextensions/scheme';
import { OpenAPIService } from '../openapi/service';
import { installOpenAPI } from '../server/routes/openapi';

export interface ChainOptions extends ServerConfig {
  /** start-up tracing: every step of building the chain and installing the API, with details */
  onStartup?: (step: string, details: Record<string, unknown>) => void;
  /** request deadlines; none by default, so a request can be held at a step as long as a learner likes */
  timers?: Timers;
}

export class ServerChain {
  readonly etcd = new MVCCStore();
  readonly scheme: Scheme;
  readonly apiExtensions: APIExtensionsServer;
  readonly kubeAPIServer: GenericAPIServer;
  readonly aggregator: APIAggregator;
  /**
   * The start-up hooks (Go: every server's PostStartHooks), run one after the other, in this order, once the
   * constructor has returned. Requests wait for `ready`: the end of the last hook.
   */
  readonly postStartHooks: PostStartHook[] = [];
  readonly ready: Promise<void>;
  /** the simulated kube-controller-manager controllers, synced after start-up and after each write */
  private readonly controllers: (() => Promise<void>)[] = [];
  private syncedRevision = 0;
  private readonly onStartup: ChainOptions['onStartup'];

  constructor(options: ChainOptions = {}) {
    this.onStartup = options.onStartup;
    const c = completeConfig(options);
    options.onStartup?.('startup.createServerChain', {
      order: ['apiextensions-apiserver', 'kube-apiserver', 'kube-aggregator'],
      servesAppsV1beta1: c.serveAppsV1beta1,
    });
    const { scheme, codecs } = newLegacyScheme();
    this.scheme = scheme;
    const auditRandom = seededRandom((options.seed ?? 1) + 0x5eed);
    const index = new StoreIndex();
    // Go draws the loopback token at random; one derived from the seed keeps runs repeatable
    const loopbackToken = uuidFrom(seededRandom((options.seed ?? 1) + 0x100b));
    const loopback = new LoopbackClient(
      () => this.aggregator.genericAPIServer.handler.fullHandlerChain,
      c.authentication ? loopbackToken : undefined,
    );
    const authorizer = newAuthorizer(c.authorizationModes, rbacListers(index));
    const chainConfig = newHandlerChainConfig({
      authenticator: c.authentication
        ? newAuthenticator({ ...c.authentication, loopbackToken })
        : defaultAuthenticator,
      authorizer,
      maxRequestsInFlight: c.maxRequestsInFlight,
      maxMutatingRequestsInFlight: c.maxMutatingRequestsInFlight,
      timers: options.timers ?? noTimers,
      now: c.now,
      auditIDGenerator: () => uuidFrom(auditRandom),
      muxAndDiscoveryComplete: () => true,
      onFilter: (name, req) => req.ctx.observer?.onFilter?.(name),
    });
    const pluginInit = {
      listerFor: (gr: GroupResource) => index.listerFor(gr),
      client: loopback,
      scheme,
      now: c.now,
    };
    const admit = newAdmissionChain(c.admissionPlugins, pluginInit, {
      random: c.random,
      webhookServices: c.webhookServices,
    });
    const serverConfig: GenericServerConfig = {
      admit,
      ...(c.authentication ? { loopbackToken } : {}),
      maxRequestBodyBytes: c.maxRequestBodyBytes,
      now: c.now,
      publicAddress: c.publicAddress,
      enableDiscovery: true,
      // one manager for the whole chain (BuildGenericConfig), each server adding under its source
      aggregatedDiscoveryGroupManager: new ResourceManager('apis'),
      hooksFor: (req) => {
        const o = req.ctx.observer;
        return o?.onStep ? { step: (step, obj, details) => o.onStep!(step, obj, details) } : undefined;
      },
      onServer: (name, req) => req.ctx.observer?.onServer?.(name),
      ...(options.onStartup ? { onStartup: options.onStartup } : {}),
      buildHandlerChain: (director) => defaultBuildHandlerChain(director, chainConfig),
    };
    const registry = {
      storage: { client: this.etcd, prefix: c.etcdPrefix, scheme, codecs },
      env: { now: c.now, uid: c.uid, random: c.random },
      index,
    };
    const endOfChain = newNotFoundHandler();
    const notFound: Handler = async (w, req) => {
      await req.ctx.observer?.onServer?.('not-found');
      return endOfChain(w, req);
    };
    this.apiExtensions = new APIExtensionsServer(serverConfig, notFound, registry);
    const crdLister = crdListerFromStore(this.apiExtensions.crds!);
    // the CRD discovery controller's part of the aggregated document, read from the CRDs on each request
    const crdDiscovery = serverConfig.aggregatedDiscoveryGroupManager!.withSource(CRDSource);
    crdDiscovery.addProvider(async () => crdContribution(await crdLister.list()));
    const crdHandler = this.apiExtensions.serveCustomResources({
      crdLister,
      client: this.etcd,
      prefix: c.etcdPrefix,
      env: registry.env,
    });
    this.kubeAPIServer = newKubeAPIServer(
      serverConfig,
      { scheme, codecs, registry, serveAppsV1beta1: c.serveAppsV1beta1, authorizer },
      this.apiExtensions.genericAPIServer,
    );
    this.aggregator = createAggregatorServer(
      serverConfig,
      this.kubeAPIServer,
      registry,
      defaultGenericAPIServicePriorities,
      c.extensionServers,
    );
    // one merged OpenAPI handler on the aggregator (Go: each server's, merged by the aggregator's spec proxier)
    const apiextensionsScheme = newApiextensionsScheme().scheme;
    installOpenAPI(
      this.aggregator.genericAPIServer.handler.nonGoRestfulMux,
      new OpenAPIService({
        servers: () => [
          { server: this.aggregator.genericAPIServer, scheme: this.aggregator.scheme },
          { server: this.kubeAPIServer, scheme },
          { server: this.apiExtensions.genericAPIServer, scheme: apiextensionsScheme },
        ],
        crds: () => crdLister.list(),
        scale: () => scheme.typeFor({ group: 'autoscaling', version: 'v1', kind: 'Scale' })?.def,
        now: c.now,
      }),
      c.now,
    );
    this.postStartHooks.push(
      { name: 'start-system-namespaces-controller', run: () => createSystemNamespaces(loopback) },
      { name: 'bootstrap-controller', run: () => createDefaultNamespaceAndKubernetesService(loopback) },
      // Go adds this hook whenever the rbac API is served; here only with RBAC authorization (docs/decisions.md)
      ...(c.authorizationModes.includes('RBAC')
        ? [{ name: rbacBootstrapHook, run: () => ensureRBACPolicy(loopback) }]
        : []),
      ...this.aggregator.postStartHooks,
    );
    // the apiextensions server's own controllers (Go: its start-apiextensions-controllers hook) and the
    // aggregator's CRD registration; they run after every write, whatever the scenario asks for
    const crdControllers = [
      new NamingConditionController(crdLister, loopback, c.now),
      new EstablishingController(crdLister, loopback, c.now),
      new CRDFinalizer(
        crdLister,
        loopbackCRDStatusClient(loopback),
        (crd) => crdHandler.customResourceStore(crd),
        c.now,
      ),
    ];
    const crdRegistration = new CRDRegistrationController(crdLister, this.aggregator.autoRegistration);
    // Go's controllers are woken by CRD informer events; a watch on the CRD keys does the same here, so a
    // write that touches no CRD costs nothing. Their own status writes wake them again until nothing changes.
    const crdPrefix = `${c.etcdPrefix}/apiextensions.k8s.io/customresourcedefinitions/`;
    let crdsChanged = false;
    this.etcd.watch({ key: crdPrefix, rangeEnd: getPrefixRangeEnd(crdPrefix) }, () => (crdsChanged = true));
    this.controllers.push(async () => {
      for (let round = 0; crdsChanged && round < 10; round++) {
        crdsChanged = false;
        for (const controller of crdControllers) await controller.sync();
        await crdRegistration.sync();
        await this.aggregator.settle(() => this.etcd.currentRevision());
      }
    });
    if (c.controllers.includes('serviceaccount')) {
      const sa = new ServiceAccountsController(
        index.listerFor({ group: '', resource: 'namespaces' }),
        index.listerFor({ group: '', resource: 'serviceaccounts' }),
        loopback,
      );
      this.controllers.push(() => sa.sync());
    }
    if (c.controllers.includes('resourcequota')) {
      const rq = new ResourceQuotaController(pluginInit);
      this.controllers.push(() => rq.sync());
    }
    this.ready = this.runPostStartHooks();
    this.ready.catch(() => {}); // a failed start-up is reported to every request, not as an unhandled rejection
  }

  private async runPostStartHooks(): Promise<void> {
    await Promise.resolve(); // let the constructor (and its caller) finish registering hooks
    for (const hook of this.postStartHooks) {
      this.onStartup?.('startup.postStartHook', { name: hook.name });
      await hook.run();
    }
    await this.syncControllers();
    this.onStartup?.('startup.ready', {
      hooks: this.postStartHooks.map((h) => h.name),
      revision: this.etcd.currentRevision(),
    });
  }

  /** ServeHTTP with a streaming writer: what the Node HTTP adapter calls. No exception escapes. */
  async serve(w: ResponseWriter, req: Request): Promise<void> {
    try {
      await this.ready;
      await this.aggregator.genericAPIServer.handler.fullHandlerChain(w, req);
    } catch (err) {
      errorNegotiated(err, w, req);
    }
    if (!isWatch(req)) await this.syncControllers();
  }

  /** Lets each controller react to what the last request wrote (nothing to do when etcd did not change). */
  private async syncControllers(): Promise<void> {
    if (this.controllers.length === 0 || this.etcd.currentRevision() === this.syncedRevision) return;
    for (const sync of this.controllers) {
      try {
        await sync();
      } catch {
        // a controller's failure is its own (Go logs it and retries); the request already has its answer
      }
    }
    this.syncedRevision = this.etcd.currentRevision();
  }

  /**
   * One request, one response. A watch returns what the stream holds once every event already due has been
   * written (as if the client read that much and hung up); use `watch()` to follow it.
   */
  async handle(request: HTTPRequest, observer?: RequestObserver): Promise<HTTPResponse> {
    await this.ready;
    const req = toRequest(request);
    if (observer) req.ctx.observer = observer;
    const w = new RecordingResponseWriter();
    if (isWatch(req)) {
      const done = this.serve(w, req);
      await settle();
      w.close();
      await done;
    } else {
      await this.serve(w, req);
    }
    return toResponse(w);
  }

  /** A watch as an async iterable of its frames (`{type, object}`), until `return()` or the stream ends. */
  async *watch(request: HTTPRequest): AsyncGenerator<WatchFrame, HTTPResponse | undefined> {
    await this.ready;
    const req = toRequest(request);
    const w = new RecordingResponseWriter();
    const queue: string[] = [];
    let wake: (() => void) | null = null;
    let ended = false;
    w.onWrite = (chunk) => {
      queue.push(chunk);
      wake?.();
    };
    const done = this.serve(w, req).finally(() => {
      ended = true;
      wake?.();
    });
    try {
      let buffer = '';
      for (;;) {
        while (queue.length > 0) {
          buffer += queue.shift()!;
          let nl: number;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            if (line.trim()) yield JSON.parse(line) as WatchFrame;
          }
        }
        if (ended) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      if (w.status !== 200) return toResponse(w);
      return undefined;
    } finally {
      w.close();
      await done;
    }
  }

  /**
   * One request with its whole trace: every step the engine took, as the request statechart allows it, with a
   * copy of the object at each step, the etcd revision and details. A gate can hold the request at a step.
   */
  record(request: HTTPRequest, options?: RecordOptions): Promise<RecordedRun> {
    return recordRequest(this, request, options);
  }

  /** The etcd keyspace: every live key with its revisions and stored value. */
  etcdDump(): ReturnType<MVCCStore['dump']> {
    return this.etcd.dump();
  }
}

export interface WatchFrame {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Record<string, unknown>;
}

function isWatch(req: Request): boolean {
  const w = req.query.get('watch');
  return w === 'true' || w === '1' || req.path.includes('/watch/');
}

/** Lets every promise already resolvable run: the events due now are written before we hang up. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createServerChain(options: ChainOptions = {}): ServerChain {
  return new ServerChain(options);
}
