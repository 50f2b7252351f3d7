// Go twin: k8s.io/apiserver/pkg/server/genericapiserver.go (GenericAPIServer, DelegationTarget,
// InstallLegacyAPIGroup, InstallAPIGroups, installAPIResources) @ v1.34.0
import type { Chain } from '../admission/interfaces';
import {
  apiGroupHandler,
  apiGroupListHandler,
  apiResourceListHandler,
  apiVersionsHandler,
} from '../endpoints/discovery/handlers';
import type { APIGroup, APIResource } from '../endpoints/discovery/types';
import type { StepHooks } from '../endpoints/handlers/steps';
import { installREST, type ResourceStorage, type Route as InstalledRoute } from '../endpoints/installer';
import type { Scheme } from '../runtime/scheme';
import type { CodecFactory } from '../runtime/serializer/codec_factory';
import { gvString, type GroupVersion } from '../runtime/schema/groupversion';
import { newAPIServerHandler, type APIServerHandler } from './handler';
import type { Handler, Request } from './http';
import type { WebService, Route } from './restful/container';
import { versionHandler } from './routes/version';
import { convertGroupVersionIntoToDiscovery } from '../endpoints/discovery/aggregated/convert';
import { BuiltinSource, ResourceManager } from '../endpoints/discovery/aggregated/handler';
import { wrapAggregatedDiscoveryToHandler } from '../endpoints/discovery/aggregated/wrapper';

/** What a delegating server needs from the next one (genericapiserver.go DelegationTarget). */
export interface DelegationTarget {
  name: string;
  unprotectedHandler(): Handler;
  listedPaths(): string[];
  nextDelegate(): DelegationTarget | null;
  /** discovery groups this server serves, for the aggregator's /apis */
  discoveryGroups(): APIGroup[];
}

/** APIGroupInfo: the storage of every served version of one group. */
export interface APIGroupInfo {
  prioritizedVersions: GroupVersion[];
  /** version → path → storage */
  versionedResourcesStorageMap: Record<string, Record<string, ResourceStorage>>;
  scheme: Scheme;
  codecs: CodecFactory;
}

export interface GenericServerConfig {
  admit: Chain;
  maxRequestBodyBytes: number;
  now(): Date;
  /** the address `/api` reports in serverAddressByClientCIDRs */
  publicAddress: string;
  /** LoopbackClientConfig's bearer token: how the server's own controllers authenticate to it */
  loopbackToken?: string;
  /** serve `/apis` from this server's own groups (the aggregator has its own /apis handler instead) */
  enableDiscovery: boolean;
  /** the aggregated (apidiscovery.k8s.io/v2) `/apis` document every server of the chain adds its groups to */
  aggregatedDiscoveryGroupManager?: ResourceManager;
  hooksFor?(req: Request): StepHooks | undefined;
  /** start-up tracing: called as the server is built and its API installed */
  onStartup?(step: string, details: Record<string, unknown>): void;
  /** called as a request enters this server's director (a hop of the delegation chain) */
  onServer?(name: string, req: Request): void | Promise<void>;
  /** wraps the director in the handler chain (DefaultBuildHandlerChain) */
  buildHandlerChain(apiHandler: Handler): Handler;
}

const mediaTypes = ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'];
const watchMediaTypes = [
  ...mediaTypes,
  'application/json;stream=watch',
  'application/vnd.kubernetes.protobuf;stream=watch',
];

export class GenericAPIServer implements DelegationTarget {
  readonly handler: APIServerHandler;
  /** the groups installed here, in installation order (DiscoveryGroupManager) */
  private readonly groups: APIGroup[] = [];
  /** every route installed, for the step tracer and the start-up lesson */
  readonly installedRoutes: { rootPath: string; routes: InstalledRoute[]; resources: APIResource[] }[] = [];
  private readonly enteredDirector: Handler;
  /** the aggregated `/api` document: only the legacy group, so each server has its own */
  readonly aggregatedLegacyDiscoveryGroupManager = new ResourceManager('api');

  constructor(
    readonly name: string,
    readonly config: GenericServerConfig,
    readonly delegationTarget: DelegationTarget | null,
    notFoundHandler: Handler,
  ) {
    // Entering a server's director is a hop of the delegation chain; the flow tracer watches for it.
    const enter =
      (director: Handler): Handler =>
      async (w, req) => {
        await config.onServer?.(name, req);
        return director(w, req);
      };
    this.handler = newAPIServerHandler(
      name,
      (director) => config.buildHandlerChain(enter(director)),
      delegationTarget?.unprotectedHandler() ?? notFoundHandler,
    );
    this.enteredDirector = enter(this.handler.director);
    config.onStartup?.('startup.genericServer', {
      name,
      delegate: delegationTarget?.name ?? 'not-found handler',
    });
    this.addWebService({
      rootPath: '/version',
      routes: [
        {
          method: 'GET',
          path: '/version',
          operation: 'getCodeVersion',
          handler: versionHandler,
          produces: ['application/json'],
        },
      ],
    });
    if (config.enableDiscovery) {
      this.addWebService({
        rootPath: '/apis',
        routes: [
          {
            method: 'GET',
            path: '/apis',
            operation: 'getAPIVersions',
            handler: this.withAggregatedDiscovery(
              apiGroupListHandler(() => this.groups),
              config.aggregatedDiscoveryGroupManager,
            ),
            produces: mediaTypes,
          },
        ],
      });
    }
  }

  /** UnprotectedHandler: the director, so a delegating server skips this server's filters. */
  unprotectedHandler(): Handler {
    return this.enteredDirector;
  }
  nextDelegate(): DelegationTarget | null {
    return this.delegationTarget;
  }
  discoveryGroups(): APIGroup[] {
    return [...this.groups];
  }
  /** ListedPaths: this server's paths merged with its delegates', sorted. */
  listedPaths(): string[] {
    const own = this.handler.goRestfulContainer.registeredWebServices().map((ws) => ws.rootPath);
    const all = new Set([
      ...own,
      ...this.handler.nonGoRestfulMux.listedPaths(),
      ...(this.delegationTarget?.listedPaths() ?? []),
    ]);
    return [...all].sort();
  }

  /** WrapAggregatedDiscoveryToHandler, when the server has an aggregated-discovery manager. */
  private withAggregatedDiscovery(legacy: Handler, manager: ResourceManager | undefined): Handler {
    return manager ? wrapAggregatedDiscoveryToHandler(legacy, manager.serveHTTP) : legacy;
  }

  private addWebService(ws: WebService): void {
    this.handler.goRestfulContainer.add(ws);
  }

  /** InstallLegacyAPIGroup: `/api` plus `/api/v1` with the core resources. */
  installLegacyAPIGroup(apiPrefix: '/api', info: APIGroupInfo): void {
    this.config.onStartup?.('startup.installLegacyAPIGroup', {
      server: this.name,
      prefix: apiPrefix,
      versions: info.prioritizedVersions.map(gvString),
    });
    this.installAPIResources(apiPrefix, info);
    const versions = info.prioritizedVersions.map((gv) => gv.version);
    this.addWebService({
      rootPath: apiPrefix,
      routes: [
        {
          method: 'GET',
          path: apiPrefix,
          operation: 'getCoreAPIVersions',
          handler: this.withAggregatedDiscovery(
            apiVersionsHandler(versions, this.config.publicAddress),
            this.aggregatedLegacyDiscoveryGroupManager,
          ),
          produces: mediaTypes,
        },
      ],
    });
  }

  /** InstallAPIGroups: each group's versions, a `/apis/<group>` document, and a place in `/apis`. */
  installAPIGroups(...infos: APIGroupInfo[]): void {
    this.config.onStartup?.('startup.installAPIGroups', {
      server: this.name,
      groups: infos.map((i) => i.prioritizedVersions[0]?.group ?? ''),
    });
    for (const info of infos) {
      this.installAPIResources('/apis', info);
      const versions = info.prioritizedVersions
        .filter((gv) => info.versionedResourcesStorageMap[gv.version])
        .map((gv) => ({ groupVersion: gvString(gv), version: gv.version }));
      const group: APIGroup = {
        name: info.prioritizedVersions[0]!.group,
        versions,
        preferredVersion: versions[0]!,
      };
      this.groups.push(group);
      this.addWebService({
        rootPath: `/apis/${group.name}`,
        routes: [
          {
            method: 'GET',
            path: `/apis/${group.name}`,
            operation: `get${camel(group.name)}APIGroup`,
            handler: apiGroupHandler(() => group),
            produces: mediaTypes,
          },
        ],
      });
    }
  }

  private installAPIResources(apiPrefix: '/api' | '/apis', info: APIGroupInfo): void {
    for (const gv of info.prioritizedVersions) {
      const storage = info.versionedResourcesStorageMap[gv.version];
      if (!storage || Object.keys(storage).length === 0) continue;
      const installed = installREST({
        root: apiPrefix,
        groupVersion: gv,
        storage,
        scheme: info.scheme,
        codecs: info.codecs,
        admit: this.config.admit,
        maxRequestBodyBytes: this.config.maxRequestBodyBytes,
        now: this.config.now,
        ...(this.config.hooksFor
          ? { hooksFor: (req: unknown) => this.config.hooksFor!(req as Request) }
          : {}),
      });
      this.installedRoutes.push(installed);
      // the aggregated document lists the same resources as the APIResourceList served below
      const resources = convertGroupVersionIntoToDiscovery(installed.resources);
      (apiPrefix === '/apis'
        ? this.config.aggregatedDiscoveryGroupManager?.withSource(BuiltinSource)
        : this.aggregatedLegacyDiscoveryGroupManager.withSource(BuiltinSource)
      )?.addGroupVersion(gv.group, {
        version: gv.version,
        ...(resources.length ? { resources } : {}),
        freshness: 'Current',
      });
      const onStartup = this.config.onStartup;
      if (onStartup) {
        onStartup('startup.apiInstaller', {
          server: this.name,
          groupVersion: gvString(gv),
          prefix: installed.rootPath,
        });
        for (const d of installed.decisions)
          onStartup('startup.registerResourceHandlers', { groupVersion: gvString(gv), ...d });
        onStartup('startup.discovery', {
          path: installed.rootPath,
          kind: 'APIResourceList',
          resources: installed.resources.map((r) => ({ name: r.name, verbs: r.verbs })),
        });
      }
      const routes: Route[] = installed.routes.map((r) => ({
        method: r.method,
        path: `${installed.rootPath}/${r.path}`,
        operation: operationID(r, gv, info.scheme, storage),
        handler: r.handler,
        ...(r.consumes ? { consumes: r.consumes } : {}),
        produces: r.verb === 'watch' || r.action === 'LIST' ? watchMediaTypes : mediaTypes,
      }));
      routes.unshift({
        method: 'GET',
        path: installed.rootPath,
        operation: `get${camel(gv.group || 'core')}${camel(gv.version)}APIResources`,
        handler: apiResourceListHandler(gv.group, gvString(gv), () => installed.resources),
        produces: mediaTypes,
      });
      this.addWebService({ rootPath: installed.rootPath, routes });
    }
  }
}

const camel = (s: string) =>
  s
    .split(/[.\-/]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');

/** The OpenAPI operation id, e.g. `listCoreV1NamespacedPod`, `readAppsV1NamespacedDeploymentScale`. */
function operationID(
  r: InstalledRoute,
  gv: GroupVersion,
  scheme: Scheme,
  storage: Record<string, ResourceStorage>,
): string {
  const verbs: Record<string, string> = {
    LIST: 'list',
    POST: 'create',
    DELETECOLLECTION: 'deletecollection',
    WATCHLIST: 'watchList',
    GET: 'read',
    PUT: 'replace',
    PATCH: 'patch',
    DELETE: 'delete',
    WATCH: 'watch',
  };
  const path = r.subresource ? `${r.resource}/${r.subresource}` : r.resource;
  const s = storage[path];
  let kind = r.resource;
  try {
    if (s) kind = scheme.objectKinds(s.newObject()).gvks[0]?.kind ?? kind;
  } catch {
    /* unregistered kinds keep the resource name */
  }
  const namespaced = r.path.startsWith('namespaces/') ? 'Namespaced' : '';
  const allNamespaces = s?.namespaceScoped() && !namespaced ? 'ForAllNamespaces' : '';
  return `${verbs[r.action] ?? r.action.toLowerCase()}${camel(gv.group || 'core')}${camel(gv.version)}${namespaced}${kind}${camel(r.subresource)}${allNamespaces}`;
}
