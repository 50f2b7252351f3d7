// Go twin: k8s.io/apiserver/pkg/endpoints/installer.go (APIInstaller.Install, registerResourceHandlers) and
// groupversion.go (APIGroupVersion.InstallREST) @ v1.34.0
//
// Which routes a path gets is decided by which small interfaces its storage implements: a Getter gets
// GET …/{name}, a Lister GET on the collection, a Creater POST, and so on. Discovery lists the same verbs.
import type { Chain } from '../admission/interfaces';
import type { TablePrinter } from '../printers/printers';
import { groupVersioner, type Scheme } from '../runtime/scheme';
import type { CodecFactory } from '../runtime/serializer/codec_factory';
import {
  APIVersionInternal,
  gvString,
  type GroupVersion,
  type GroupVersionKind,
} from '../runtime/schema/groupversion';
import {
  isCollectionDeleter,
  isCreater,
  isGetter,
  isGracefulDeleter,
  isLister,
  isUpdater,
  isWatcher,
  type RESTStorage,
} from '../registry/rest/rest';
import type { Handler } from '../server/http';
import { sha256 } from '../util/hash/sha256';
import { createResource } from './handlers/create';
import { deleteCollection, deleteResource } from './handlers/delete';
import { getResource, listResource } from './handlers/get';
import { getStreamResource, type StreamGetter } from './handlers/stream';
import { patchResource, supportedPatchTypes } from './handlers/patch';
import type { RequestScope } from './handlers/rest';
import type { StepHooks } from './handlers/steps';
import { updateResource } from './handlers/update';
import type { APIResource } from './discovery/types';

/** A storage with what the installer needs to know beyond the verb interfaces. */
export type ResourceStorage = RESTStorage & {
  tablePrinter?: TablePrinter;
  /** rest.GroupVersionKindProvider: e.g. deployments/scale serves autoscaling/v1 Scale */
  groupVersionKind?(containingGV: GroupVersion): GroupVersionKind;
  resetFields?: string[];
  /** rest.StorageVersionProvider (the generic Store): objects are stored, so discovery shows a hash */
  providesStorageVersion?: boolean;
};

export interface APIGroupVersion {
  root: '/api' | '/apis';
  groupVersion: GroupVersion;
  /** path → storage: `pods`, `pods/status`, `deployments/scale` */
  storage: Record<string, ResourceStorage>;
  scheme: Scheme;
  codecs: CodecFactory;
  admit: Chain;
  maxRequestBodyBytes: number;
  now(): Date;
  hooksFor?(req: unknown): StepHooks | undefined;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** relative to the web service root, e.g. `namespaces/{namespace}/pods/{name}` */
  path: string;
  /** Go's action verb: LIST, POST, DELETECOLLECTION, WATCHLIST, GET, PUT, PATCH, DELETE, WATCH */
  action: string;
  /** the RequestInfo verb, e.g. `list`, `create` */
  verb: string;
  resource: string;
  subresource: string;
  handler: Handler;
  consumes?: string[];
}

export interface InstalledGroupVersion {
  rootPath: string;
  routes: Route[];
  resources: APIResource[];
  /** per storage path: which rest interfaces the storage implements, and the verbs and routes that follow */
  decisions: PathDecision[];
}

export interface PathDecision {
  path: string;
  kind: string;
  interfaces: string[];
  verbs: string[];
  routes: string[];
}

/** StorageVersionHash: the first 8 bytes of sha256("<group>/<version>/<kind>"), base64. */
export function storageVersionHash(gvk: GroupVersionKind): string {
  const bytes = sha256(new TextEncoder().encode(`${gvk.group}/${gvk.version}/${gvk.kind}`)).slice(0, 8);
  return btoa(String.fromCharCode(...bytes));
}

export function installREST(gv: APIGroupVersion): InstalledGroupVersion {
  const rootPath = `${gv.root}/${gvString(gv.groupVersion)}`;
  const routes: Route[] = [];
  const resources: APIResource[] = [];
  const decisions: PathDecision[] = [];
  // Sorted paths, as the installer iterates them; discovery lists resources in this order.
  for (const path of Object.keys(gv.storage).sort()) {
    const { routes: r, resource, interfaces } = registerResourceHandlers(gv, path, gv.storage[path]!);
    routes.push(...r);
    resources.push(resource);
    decisions.push({
      path,
      kind: resource.kind,
      interfaces,
      verbs: resource.verbs,
      routes: r.map((x) => `${x.method} ${rootPath}/${x.path}`),
    });
  }
  return { rootPath, routes, resources, decisions };
}

function kindFor(gv: APIGroupVersion, storage: ResourceStorage): GroupVersionKind {
  if (storage.groupVersionKind) return storage.groupVersionKind(gv.groupVersion);
  const { gvks } = gv.scheme.objectKinds(storage.newObject());
  const kind = groupVersioner(gv.groupVersion).kindForGroupVersionKinds(gvks);
  if (!kind)
    throw new Error(
      `unable to find kind for ${gvString(gv.groupVersion)} storage ${gvks.map((k) => k.kind).join(',')}`,
    );
  return kind;
}

function registerResourceHandlers(
  gv: APIGroupVersion,
  path: string,
  storage: ResourceStorage,
): { routes: Route[]; resource: APIResource; interfaces: string[] } {
  const [resource, subresource = ''] = path.split('/') as [string, string?];
  const kind = kindFor(gv, storage);
  const namespaced = storage.namespaceScoped();
  const scope: RequestScope = {
    scheme: gv.scheme,
    codecs: gv.codecs,
    kind,
    resource: { ...gv.groupVersion, resource },
    subresource,
    hubGroupVersion: { group: kind.group, version: APIVersionInternal },
    namespaced,
    ...(storage.tablePrinter ? { tablePrinter: storage.tablePrinter } : {}),
    ...(storage.resetFields ? { resetFields: storage.resetFields } : {}),
    maxRequestBodyBytes: gv.maxRequestBodyBytes,
    now: gv.now,
  };
  const withHooks =
    (make: (s: RequestScope) => Handler): Handler =>
    (w, req) => {
      const hooks = gv.hooksFor?.(req);
      return make(hooks ? { ...scope, hooks } : scope)(w, req);
    };

  const streamer = typeof (storage as Partial<StreamGetter>).getLog === 'function';
  const getter = isGetter(storage) || streamer;
  const lister = isLister(storage);
  const creater = isCreater(storage);
  const updater = isUpdater(storage);
  const patcher = updater && getter;
  const deleter = isGracefulDeleter(storage);
  const collectionDeleter = isCollectionDeleter(storage) && lister;
  const watcher = isWatcher(storage) && lister;

  const sub = subresource ? `/${subresource}` : '';
  const resourcePath = namespaced ? `namespaces/{namespace}/${resource}` : resource;
  const itemPath = `${resourcePath}/{name}${sub}`;
  const collectionPath = subresource ? null : resourcePath;

  const routes: Route[] = [];
  const add = (
    method: Route['method'],
    p: string,
    action: string,
    verb: string,
    handler: Handler,
    consumes?: string[],
  ) =>
    routes.push({
      method,
      path: p,
      action,
      verb,
      resource,
      subresource,
      handler,
      ...(consumes ? { consumes } : {}),
    });

  if (collectionPath) {
    if (lister)
      add(
        'GET',
        collectionPath,
        'LIST',
        'list',
        withHooks((s) => listResource(storage as never, s, false)),
      );
    if (creater)
      add(
        'POST',
        collectionPath,
        'POST',
        'create',
        withHooks((s) => createResource(storage as never, s, gv.admit)),
      );
    if (collectionDeleter) {
      add(
        'DELETE',
        collectionPath,
        'DELETECOLLECTION',
        'deletecollection',
        withHooks((s) => deleteCollection(storage as never, s, gv.admit)),
      );
    }
    if (watcher)
      add(
        'GET',
        `watch/${collectionPath}`,
        'WATCHLIST',
        'watch',
        withHooks((s) => listResource(storage as never, s, true)),
      );
  }
  if (streamer) {
    add(
      'GET',
      itemPath,
      'GET',
      'get',
      withHooks((s) => getStreamResource(storage as unknown as StreamGetter, s)),
    );
  } else if (getter) {
    add(
      'GET',
      itemPath,
      'GET',
      'get',
      withHooks((s) => getResource(storage as never, s)),
    );
  }
  if (updater)
    add(
      'PUT',
      itemPath,
      'PUT',
      'update',
      withHooks((s) => updateResource(storage as never, s, gv.admit)),
    );
  if (patcher)
    add(
      'PATCH',
      itemPath,
      'PATCH',
      'patch',
      withHooks((s) => patchResource(storage as never, s, gv.admit)),
      supportedPatchTypes(true),
    );
  if (deleter)
    add(
      'DELETE',
      itemPath,
      'DELETE',
      'delete',
      withHooks((s) => deleteResource(storage as never, s, gv.admit)),
    );
  if (watcher && !subresource)
    add(
      'GET',
      `watch/${itemPath}`,
      'WATCH',
      'watch',
      withHooks((s) => listResource(storage as never, s, true)),
    );
  if (creater && subresource)
    add(
      'POST',
      itemPath,
      'POST',
      'create',
      withHooks((s) => createResource(storage as never, s, gv.admit, true)),
    );
  // List (and watch) across all namespaces: GET /api/v1/pods
  if (namespaced && !subresource) {
    if (lister)
      add(
        'GET',
        resource,
        'LIST',
        'list',
        withHooks((s) => listResource(storage as never, s, false)),
      );
    if (watcher)
      add(
        'GET',
        `watch/${resource}`,
        'WATCHLIST',
        'watch',
        withHooks((s) => listResource(storage as never, s, true)),
      );
  }

  const verbs = new Set<string>();
  if (getter) verbs.add('get');
  if (lister && !subresource) verbs.add('list');
  if (watcher && !subresource) verbs.add('watch');
  if (creater) verbs.add('create');
  if (updater) verbs.add('update');
  if (patcher) verbs.add('patch');
  if (deleter) verbs.add('delete');
  if (collectionDeleter && !subresource) verbs.add('deletecollection');

  const apiResource: APIResource = {
    name: path,
    singularName: subresource ? '' : (storage.singularName ?? kind.kind.toLowerCase()),
    namespaced,
    ...(kind.group !== gv.groupVersion.group || kind.version !== gv.groupVersion.version
      ? { group: kind.group, version: kind.version }
      : {}),
    kind: kind.kind,
    verbs: [...verbs].sort(),
    ...(!subresource && storage.shortNames?.length ? { shortNames: storage.shortNames } : {}),
    ...(!subresource && storage.categories?.length ? { categories: storage.categories } : {}),
    ...(!subresource && storage.providesStorageVersion
      ? { storageVersionHash: storageVersionHash(storageVersionOf(gv, kind)) }
      : {}),
  };
  // The Go interface names the installer checked, as a learner would grep for them in rest.go.
  const interfaces = [
    ['Getter', getter && !streamer],
    ['GetterWithOptions', streamer],
    ['StorageMetadata', streamer],
    ['Lister', lister],
    ['Creater', creater],
    ['Updater', updater],
    ['Patcher', patcher],
    ['GracefulDeleter', deleter],
    ['CollectionDeleter', collectionDeleter],
    ['Watcher', watcher],
    ['GroupVersionKindProvider', !!storage.groupVersionKind],
  ]
    .filter(([, has]) => has)
    .map(([name]) => name as string);
  return { routes, resource: apiResource, interfaces };
}

/** The version the resource is stored in: the group's highest-priority version (StorageEncodingFor). */
function storageVersionOf(gv: APIGroupVersion, kind: GroupVersionKind): GroupVersionKind {
  const preferred = gv.scheme.prioritizedVersionsForGroup(kind.group)[0];
  return preferred ? { ...preferred, kind: kind.kind } : kind;
}
