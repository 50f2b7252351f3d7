// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go (crdHandler.ServeHTTP,
// serveResource, serveStatus, serveScale, getOrCreateServingInfoFor, removeDeadStorage,
// GetCustomResourceListerCollectionDeleter) @ v1.34.0
//
// Serves custom resources through the same generic handlers as built-ins. A request it cannot serve — no CRD
// of that name, the wrong scope, a version that is not served, a CRD whose names are not accepted yet — goes
// to the delegate, which at the end of the chain answers a plain `404 page not found`.
import type { Chain } from '../../admission/interfaces';
import { newInternalError, newMethodNotSupported, newNotFound } from '../../api/errors/errors';
import { installAutoscaling } from '../../apis/autoscaling/install';
import { createResource } from '../../endpoints/handlers/create';
import { deleteCollection, deleteResource } from '../../endpoints/handlers/delete';
import { getResource, listResource } from '../../endpoints/handlers/get';
import { patchResource } from '../../endpoints/handlers/patch';
import { errorNegotiated } from '../../endpoints/handlers/responsewriters/writers';
import type { RequestScope } from '../../endpoints/handlers/rest';
import type { StepHooks } from '../../endpoints/handlers/steps';
import { updateResource } from '../../endpoints/handlers/update';
import { addWarning } from '../../endpoints/request/context';
import type { Store, StoreEnv } from '../../registry/generic/registry/store';
import { DryRunnableStorage } from '../../registry/generic/registry/dryrun';
import { copyJSON } from '../../runtime/object';
import { groupVersioner, Scheme } from '../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../runtime/schema/groupversion';
import { CodecFactory } from '../../runtime/serializer/codec_factory';
import type { Handler, Request } from '../../server/http';
import type { MVCCStore } from '../../storage/etcd3/mvcc';
import { Store as Etcd3Store } from '../../storage/etcd3/store';
import { deepEqual } from '../../util/equality';
import {
  getCRDStorageVersion,
  getSchemaForVersion,
  getSubresourcesForVersion,
  hasServedCRDVersion,
  isCRDConditionTrue,
} from '../apis/apiextensions/helpers';
import type { CustomResourceDefinition } from '../apis/apiextensions/types';
import { newCustomResourceStorage, type CustomResourceStorage } from '../registry/customresource/etcd';
import { newStatusStrategy } from '../registry/customresource/status_strategy';
import { newCustomResourceStrategy } from '../registry/customresource/strategy';
import { newTableConvertor } from '../registry/customresource/tableconvertor/tableconvertor';
import { CustomResourceValidator } from '../registry/customresource/validator';
import type { CRDLister } from './crd_lister';
import { groupDiscoveryHandler, versionDiscoveryHandler } from './customresource_discovery';
import {
  CustomResourceCodecFactory,
  CustomResourceScheme,
  customResourceStorageCodec,
} from './customresource_serializer';
import { defaultDeprecationWarning, getColumnsForVersion } from './helpers';
import { newStructural, type Structural } from './schema/structural';

/** possiblyAcrossAllNamespacesVerbs: a namespaced CR may be requested without a namespace only for these. */
const possiblyAcrossAllNamespacesVerbs = new Set(['list', 'watch']);

export interface CRDHandlerConfig {
  crdLister: CRDLister;
  /** the next server's handler: at the end of the chain, the not-found handler */
  delegate: Handler;
  admit: Chain;
  /** the etcd keyspace and --etcd-prefix every resource shares */
  client: MVCCStore;
  prefix: string;
  env: StoreEnv;
  maxRequestBodyBytes: number;
  now(): Date;
  hooksFor?(req: Request): StepHooks | undefined;
}

/** crdInfo: what serving one CRD needs, per version. */
export interface CRDInfo {
  uid: string;
  /** spec and accepted names it was built from: a change to either rebuilds it */
  spec: unknown;
  acceptedNames: unknown;
  storageVersion: string;
  storages: Map<string, CustomResourceStorage>;
  requestScopes: Map<string, RequestScope>;
  statusScopes: Map<string, RequestScope>;
  scaleScopes: Map<string, RequestScope>;
  warnings: Map<string, string[]>;
}

/** The Scale codecs: autoscaling, as Go's scale converter scheme (no strategic merge patch for CRs either). */
class ScaleScheme extends Scheme {
  override isVersionRegistered(): boolean {
    return false;
  }
}

/** What the crd.servingInfo step shows: which CRD, whether its serving info was built now, and what it serves. */
function servingInfoDetails(
  crd: CustomResourceDefinition,
  crdInfo: CRDInfo,
  version: string,
  built: boolean,
  serve: string | null,
  prefix: string,
): Record<string, unknown> {
  const names = crd.status?.acceptedNames ?? crd.spec.names;
  const subresources = getSubresourcesForVersion(crd, version);
  return {
    crd: crd.metadata?.name ?? '',
    uid: crdInfo.uid,
    built,
    kind: names.kind,
    listKind: names.listKind || `${names.kind}List`,
    version,
    storageVersion: crdInfo.storageVersion,
    servedVersions: crd.spec.versions.filter((v) => v.served).map((v) => v.name),
    schema: getSchemaForVersion(crd, version)?.openAPIV3Schema ? 'structural' : 'none',
    subresources: Object.keys(subresources ?? {}),
    columns: ['Name', ...getColumnsForVersion(crd, version).map((c) => c.name)],
    etcdPrefix: `${prefix}/${crd.spec.group}/${names.plural}`,
    serve,
  };
}

export class CRDHandler {
  /** customStorage: serving infos by CRD uid */
  private readonly customStorage = new Map<string, CRDInfo>();
  private readonly scaleScheme = new ScaleScheme('k8s.io/apiextensions-apiserver scale converter');
  private readonly scaleCodecs: CodecFactory;
  readonly versionDiscoveryHandler: Handler;
  readonly groupDiscoveryHandler: Handler;

  constructor(private readonly c: CRDHandlerConfig) {
    installAutoscaling(this.scaleScheme);
    this.scaleCodecs = new CodecFactory(this.scaleScheme);
    this.versionDiscoveryHandler = versionDiscoveryHandler(c.crdLister, c.delegate);
    this.groupDiscoveryHandler = groupDiscoveryHandler(c.crdLister, c.delegate);
  }

  readonly serveHTTP: Handler = async (w, req) => {
    const info = req.ctx.requestInfo;
    if (!info) {
      errorNegotiated(newInternalError(new Error('no RequestInfo found in the context')), w, req);
      return;
    }
    const delegate = this.c.delegate;
    if (!info.isResourceRequest) {
      const parts = info.path.split('/').filter(Boolean);
      // only match /apis/<group>/<version> and /apis/<group>
      if (parts.length === 3) return this.versionDiscoveryHandler(w, req);
      if (parts.length === 2) return this.groupDiscoveryHandler(w, req);
      return delegate(w, req);
    }
    const crd = await this.c.crdLister.get(`${info.resource}.${info.apiGroup}`);
    if (!crd) return delegate(w, req);
    // a scope mismatch goes to the delegate, which is supposed to lead to a 404
    const namespacedCRD = crd.spec.scope === 'Namespaced';
    const namespacedReq = info.namespace !== '';
    if (!namespacedCRD && namespacedReq) return delegate(w, req);
    if (namespacedCRD && !namespacedReq && !possiblyAcrossAllNamespacesVerbs.has(info.verb))
      return delegate(w, req);
    if (!hasServedCRDVersion(crd, info.apiVersion)) return delegate(w, req);
    if (!isCRDConditionTrue(crd, 'NamesAccepted') && !isCRDConditionTrue(crd, 'Established'))
      return delegate(w, req);
    const terminating = isCRDConditionTrue(crd, 'Terminating');

    let crdInfo: CRDInfo;
    const cached = this.customStorage.get(crd.metadata?.uid ?? '');
    try {
      crdInfo = this.servingInfoFor(crd);
    } catch {
      errorNegotiated(newInternalError(new Error('error resolving resource')), w, req);
      return;
    }
    for (const warning of crdInfo.warnings.get(info.apiVersion) ?? []) addWarning(req.ctx, warning);

    const gr = { group: info.apiGroup, resource: info.resource };
    const subresources = getSubresourcesForVersion(crd, info.apiVersion);
    const serve =
      info.subresource === 'status' && subresources?.status
        ? 'serveStatus'
        : info.subresource === 'scale' && subresources?.scale
          ? 'serveScale'
          : info.subresource === ''
            ? 'serveResource'
            : null;
    const built = crdInfo !== cached;
    const details = servingInfoDetails(crd, crdInfo, info.apiVersion, built, serve, this.c.prefix);
    await this.c.hooksFor?.(req)?.step('servingInfo', null, details);
    let handler: Handler | null;
    if (serve === 'serveStatus') handler = this.serveStatus(req, crdInfo);
    else if (serve === 'serveScale') handler = this.serveScale(req, crdInfo);
    else if (serve === 'serveResource') handler = this.serveResource(req, crdInfo, terminating);
    else {
      errorNegotiated(newNotFound(gr, info.name), w, req);
      return;
    }
    if (handler) await handler(w, req);
    else errorNegotiated(this.methodNotSupported(req, terminating), w, req);
  };

  private methodNotSupported(req: Request, terminating: boolean) {
    const info = req.ctx.requestInfo!;
    const err = newMethodNotSupported({ group: info.apiGroup, resource: info.resource }, info.verb);
    if (terminating && info.verb === 'create' && info.subresource === '')
      err.status.message = `${info.verb} not allowed while custom resource definition is terminating`;
    return err;
  }

  private withHooks(req: Request, scope: RequestScope): RequestScope {
    const hooks = this.c.hooksFor?.(req);
    return hooks ? { ...scope, hooks } : scope;
  }

  private serveResource(req: Request, crdInfo: CRDInfo, terminating: boolean): Handler | null {
    const info = req.ctx.requestInfo!;
    const scope = this.withHooks(req, crdInfo.requestScopes.get(info.apiVersion)!);
    const storage = crdInfo.storages.get(info.apiVersion)!.customResource;
    const admit = this.c.admit;
    switch (info.verb) {
      case 'get':
        return getResource(storage, scope);
      case 'list':
        return listResource(storage, scope, false);
      case 'watch':
        return listResource(storage, scope, true);
      case 'create':
        // Go also waits 2 s after a CRD became Established; the simulator's clock does not need it
        return terminating ? null : createResource(storage, scope, admit);
      case 'update':
        return updateResource(storage, scope, admit);
      case 'patch':
        return patchResource(storage, scope, admit);
      case 'delete':
        return deleteResource(storage, scope, admit);
      case 'deletecollection':
        return deleteCollection(storage, scope, admit);
      default:
        return null;
    }
  }

  private serveStatus(req: Request, crdInfo: CRDInfo): Handler | null {
    const info = req.ctx.requestInfo!;
    const scope = this.withHooks(req, crdInfo.statusScopes.get(info.apiVersion)!);
    const storage = crdInfo.storages.get(info.apiVersion)!.status!;
    switch (info.verb) {
      case 'get':
        return getResource(storage, scope);
      case 'update':
        return updateResource(storage, scope, this.c.admit);
      case 'patch':
        return patchResource(storage, scope, this.c.admit);
      default:
        return null;
    }
  }

  private serveScale(req: Request, crdInfo: CRDInfo): Handler | null {
    const info = req.ctx.requestInfo!;
    const scope = this.withHooks(req, crdInfo.scaleScopes.get(info.apiVersion)!);
    const storage = crdInfo.storages.get(info.apiVersion)!.scale!;
    switch (info.verb) {
      case 'get':
        return getResource(storage, scope);
      case 'update':
        return updateResource(storage, scope, this.c.admit);
      case 'patch':
        return patchResource(storage as never, scope, this.c.admit);
      default:
        return null;
    }
  }

  /** GetCustomResourceListerCollectionDeleter: the storage version's store (for the finalizer). */
  customResourceStore(crd: CustomResourceDefinition): Store {
    const info = this.servingInfoFor(crd);
    return info.storages.get(info.storageVersion)!.customResource;
  }

  /** removeDeadStorage: forget the serving info of CRDs that are gone. */
  async removeDeadStorage(): Promise<void> {
    const live = new Set((await this.c.crdLister.list()).map((crd) => crd.metadata?.uid ?? ''));
    for (const uid of [...this.customStorage.keys()]) if (!live.has(uid)) this.customStorage.delete(uid);
  }

  /**
   * getOrCreateServingInfoFor: cached by CRD uid; rebuilt when the spec or the accepted names change (a status
   * condition change keeps it, as Go's updateCustomResourceDefinition does).
   */
  servingInfoFor(crd: CustomResourceDefinition): CRDInfo {
    const uid = crd.metadata?.uid ?? '';
    const cached = this.customStorage.get(uid);
    if (
      cached &&
      deepEqual(cached.spec, crd.spec) &&
      deepEqual(cached.acceptedNames, crd.status?.acceptedNames)
    )
      return cached;
    const info = this.newServingInfo(crd);
    this.customStorage.set(uid, info);
    return info;
  }

  private newServingInfo(crd: CustomResourceDefinition): CRDInfo {
    const { group } = crd.spec;
    const names = crd.status?.acceptedNames ?? crd.spec.names;
    const plural = names.plural;
    const kindName = names.kind;
    const listKind = names.listKind || `${kindName}List`;
    const namespaced = crd.spec.scope === 'Namespaced';
    const storageVersion = getCRDStorageVersion(crd);

    const structuralSchemas = new Map<string, Structural | null>();
    for (const v of crd.spec.versions) {
      const schema = getSchemaForVersion(crd, v.name)?.openAPIV3Schema;
      structuralSchemas.set(v.name, schema ? newStructural(schema) : null);
    }
    const crScheme = new CustomResourceScheme({
      group,
      kind: kindName,
      listKind,
      namespaced,
      structuralSchemas,
      preserveUnknownFields: crd.spec.preserveUnknownFields ?? false,
    });
    const codecs = new CustomResourceCodecFactory(crScheme);
    const info: CRDInfo = {
      uid: crd.metadata?.uid ?? '',
      spec: copyJSON(crd.spec),
      acceptedNames: copyJSON(crd.status?.acceptedNames),
      storageVersion,
      storages: new Map(),
      requestScopes: new Map(),
      statusScopes: new Map(),
      scaleScopes: new Map(),
      warnings: new Map(),
    };
    const resourcePrefix = `/${group}/${plural}`;
    for (const v of crd.spec.versions) {
      const gv: GroupVersion = { group, version: v.name };
      const kind = { ...gv, kind: kindName };
      const codec = customResourceStorageCodec(
        codecs,
        groupVersioner({ group, version: storageVersion }),
        groupVersioner(gv),
      );
      const etcdStore = new Etcd3Store({
        client: this.c.client,
        codec,
        prefix: this.c.prefix,
        resourcePrefix,
        groupResource: { group, resource: plural },
      });
      const schema = structuralSchemas.get(v.name) ?? null;
      const subresources = getSubresourcesForVersion(crd, v.name);
      const statusSchema = schema?.properties?.get('status') ?? null;
      const validator = new CustomResourceValidator(namespaced, kind, schema, statusSchema);
      const strategyOptions = {
        kind,
        namespaceScoped: namespaced,
        validator,
        status: !!subresources?.status,
        ...(subresources?.scale ? { scale: subresources.scale } : {}),
      };
      const strategy = newCustomResourceStrategy(strategyOptions);
      const tablePrinter = newTableConvertor(getColumnsForVersion(crd, v.name));
      const storage = newCustomResourceStorage({
        resource: { group, resource: plural },
        kind,
        strategy,
        ...(subresources?.status ? { statusStrategy: newStatusStrategy(strategy, strategyOptions) } : {}),
        ...(subresources?.scale ? { scale: subresources.scale } : {}),
        storage: new DryRunnableStorage(etcdStore, codec, `${plural}.${group}`, this.c.prefix),
        keyRoot: resourcePrefix,
        env: this.c.env,
        ...(names.categories ? { categories: names.categories } : {}),
        tablePrinter,
      });
      info.storages.set(v.name, storage);

      const scope: RequestScope = {
        scheme: crScheme,
        codecs,
        kind,
        resource: { ...gv, resource: plural },
        subresource: '',
        // a handler for a specific group-version of a custom resource uses that version as the in-memory
        // representation
        hubGroupVersion: gv,
        namespaced,
        tablePrinter,
        maxRequestBodyBytes: this.c.maxRequestBodyBytes,
        now: this.c.now,
        ...(subresources?.status ? { resetFields: ['status'] } : {}),
      };
      info.requestScopes.set(v.name, scope);
      info.statusScopes.set(v.name, { ...scope, subresource: 'status', resetFields: ['spec', 'metadata'] });
      info.scaleScopes.set(v.name, {
        ...scope,
        subresource: 'scale',
        scheme: this.scaleScheme,
        codecs: this.scaleCodecs,
        kind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
        hubGroupVersion: { group: 'autoscaling', version: APIVersionInternal },
      });
      if (v.deprecated)
        info.warnings.set(v.name, [v.deprecationWarning ?? defaultDeprecationWarning(v.name, crd.spec)]);
    }
    return info;
  }
}
