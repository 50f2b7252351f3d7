// Go twin: k8s.io/apiserver/pkg/registry/rest/rest.go (Getter, Lister, Creater, Updater, GracefulDeleter,
// CollectionDeleter, Watcher) @ v1.34.0 — the small interfaces whose presence decides a path's verbs.
import type { RequestContext } from '../../endpoints/request/context';
import type { RuntimeObject } from '../../runtime/object';
import type { WatchInterface } from '../../storage/interfaces';
import type {
  CreateOptions,
  DeleteResult,
  ListResult,
  StoreListOptions,
  UpdatedObjectInfo,
  ValidateObjectFunc,
  ValidateObjectUpdateFunc,
} from '../generic/registry/store';
import type { DeleteOptions } from './create';

export interface Storage {
  newObject(): RuntimeObject;
  namespaceScoped(): boolean;
  /** kubectl's short names (rest.ShortNamesProvider) */
  shortNames?: string[];
  /** rest.CategoriesProvider, e.g. ['all'] */
  categories?: string[];
  /** the singular name for discovery (rest.SingularNameProvider) */
  singularName?: string;
  /** pods answer DELETE with the object, most others with a Status */
  returnDeletedObject?: boolean;
}

export interface Getter {
  get(ctx: RequestContext, name: string, resourceVersion?: string): Promise<RuntimeObject>;
}
export interface Lister {
  list(ctx: RequestContext, options: StoreListOptions): Promise<ListResult>;
}
export interface Creater {
  create(
    ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    options: CreateOptions,
  ): Promise<RuntimeObject>;
}
export interface Updater {
  update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }>;
}
export interface GracefulDeleter {
  delete(
    ctx: RequestContext,
    name: string,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
  ): Promise<DeleteResult>;
}
export interface CollectionDeleter {
  deleteCollection(
    ctx: RequestContext,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
    listOptions: StoreListOptions,
  ): Promise<RuntimeObject[]>;
}
export interface Watcher {
  watch(ctx: RequestContext, options: StoreListOptions): Promise<WatchInterface>;
}

export type RESTStorage = Storage &
  Partial<Getter & Lister & Creater & Updater & GracefulDeleter & CollectionDeleter & Watcher>;

export const isGetter = (s: RESTStorage): s is RESTStorage & Getter => typeof s.get === 'function';
export const isLister = (s: RESTStorage): s is RESTStorage & Lister => typeof s.list === 'function';
export const isCreater = (s: RESTStorage): s is RESTStorage & Creater => typeof s.create === 'function';
export const isUpdater = (s: RESTStorage): s is RESTStorage & Updater => typeof s.update === 'function';
export const isGracefulDeleter = (s: RESTStorage): s is RESTStorage & GracefulDeleter =>
  typeof s.delete === 'function';
export const isCollectionDeleter = (s: RESTStorage): s is RESTStorage & CollectionDeleter =>
  typeof s.deleteCollection === 'function';
export const isWatcher = (s: RESTStorage): s is RESTStorage & Watcher => typeof s.watch === 'function';
