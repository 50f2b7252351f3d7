// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/apiserver.go (completedConfig.New) @ v1.34.0
//
// The last API server in the chain. It serves apiextensions.k8s.io/v1 CustomResourceDefinitions (stored with
// its own scheme) and their custom resources through crdHandler at `/apis` and `/apis/…`; everything it
// cannot serve goes on to the not-found handler.
import { GenericAPIServer, type GenericServerConfig } from '../server/genericapiserver';
import type { Handler } from '../server/http';
import type { StoreEnv } from '../registry/generic/registry/store';
import type { MVCCStore } from '../storage/etcd3/mvcc';
import type { CRDLister } from './apiserver/crd_lister';
import { CRDHandler } from './apiserver/customresource_handler';
import type { RegistryContext } from '../controlplane/resource';
import { newRESTStorage } from './registry/customresourcedefinition/rest';
import type { CustomResourceDefinitionREST } from './registry/customresourcedefinition/etcd';
import { newApiextensionsScheme } from './scheme';

/** What serving custom resources needs: where the CRDs are read, and the etcd every resource shares. */
export interface CRDServingConfig {
  crdLister: CRDLister;
  client: MVCCStore;
  /** --etcd-prefix */
  prefix: string;
  env: StoreEnv;
}

export class APIExtensionsServer {
  readonly genericAPIServer: GenericAPIServer;
  /** serves custom resources once serveCustomResources has configured it; until then all is delegated */
  crdHandler: CRDHandler | null = null;
  private readonly config: GenericServerConfig;
  private readonly delegate: Handler;

  /** the customresourcedefinitions registry store (when built with a registry) */
  readonly crds: CustomResourceDefinitionREST | null = null;

  constructor(config: GenericServerConfig, notFoundHandler: Handler, registry?: RegistryContext) {
    this.config = config;
    this.delegate = notFoundHandler;
    // Complete(): the aggregator serves /apis, so this server's own discovery is off and /apis is crdHandler's
    this.genericAPIServer = new GenericAPIServer(
      'apiextensions-apiserver',
      { ...config, enableDiscovery: false },
      null,
      notFoundHandler,
    );
    if (registry) {
      // apiextensions.k8s.io/v1 customresourcedefinitions (+/status), stored with this server's own scheme
      const { scheme, codecs } = newApiextensionsScheme();
      const { apiGroupInfo, crds } = newRESTStorage({
        ...registry,
        storage: { ...registry.storage, scheme, codecs },
      });
      this.crds = crds;
      config.onStartup?.('startup.apiGroupInfo', {
        group: 'apiextensions.k8s.io',
        versions: Object.keys(apiGroupInfo.versionedResourcesStorageMap),
        storage: Object.fromEntries(
          Object.entries(apiGroupInfo.versionedResourcesStorageMap).map(([v, m]) => [v, Object.keys(m)]),
        ),
      });
      this.genericAPIServer.installAPIGroups(apiGroupInfo);
    }
    // delegateHandler is the not-found handler: the end of the chain.
    const delegate = notFoundHandler;
    const handler: Handler = (w, req) =>
      this.crdHandler ? this.crdHandler.serveHTTP(w, req) : delegate(w, req);
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    mux.handle('/apis', handler);
    mux.handlePrefix('/apis/', handler);
  }

  /** NewCustomResourceDefinitionHandler: serve the custom resources of the CRDs `crdLister` reads. */
  serveCustomResources(c: CRDServingConfig): CRDHandler {
    this.crdHandler = new CRDHandler({
      ...c,
      delegate: this.delegate,
      admit: this.config.admit,
      maxRequestBodyBytes: this.config.maxRequestBodyBytes,
      now: this.config.now,
      ...(this.config.hooksFor ? { hooksFor: this.config.hooksFor } : {}),
    });
    return this.crdHandler;
  }
}
