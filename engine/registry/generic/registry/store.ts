// Go twin: k8s.io/apiserver/pkg/registry/generic/registry/store.go (Store) @ v1.34.0
//
// One CRUD implementation for every resource, configured with the resource's strategy, key layout and
// storage. A resource's own code stays small: strategy.ts plus a storage wiring.
import {
  newBadRequest,
  newConflict,
  newGenerateNameConflict,
  newInvalid,
  newNotFound,
  StatusError,
  isAlreadyExists,
  type GroupResource,
} from '../../../api/errors/errors';
import type { RequestContext } from '../../../endpoints/request/context';
import type { TablePrinter } from '../../../printers/printers';
import { deepCopyObject, type RuntimeObject } from '../../../runtime/object';
import {
  interpretCreateError,
  interpretDeleteError,
  interpretGetError,
  interpretListError,
  interpretUpdateError,
  interpretWatchError,
} from '../../../storage/errors/storage';
import {
  Preconditions,
  SelectionPredicate,
  type ListOptions as StorageListOptions,
  type WatchInterface,
} from '../../../storage/interfaces';
import { generateName } from '../../../storage/names/generate';
import { invalid } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { isValidPathSegmentName } from '../../../util/validation/path';
import type { DeleteOptions, ResourceStrategy } from '../../rest/create';
import { beforeCreate, beforeDelete, beforeUpdate, type BeforeCreateHooks } from '../../rest/before';
import { fillObjectMetaSystemFields, metaOf } from '../../rest/meta';
import type { DryRunnableStorage } from './dryrun';

/** ValidateObjectFunc: validating admission, run by the registry after the strategy. */
export type ValidateObjectFunc = (obj: RuntimeObject) => Promise<void> | void;
export type ValidateObjectUpdateFunc = (obj: RuntimeObject, old: RuntimeObject) => Promise<void> | void;

/** rest.UpdatedObjectInfo: how an update computes the new object from the current one. */
export interface UpdatedObjectInfo {
  preconditions(): { uid?: string; resourceVersion?: string } | null;
  updatedObject(ctx: RequestContext, oldObj: RuntimeObject): Promise<RuntimeObject>;
}

export interface ListResult {
  items: RuntimeObject[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

export interface StoreListOptions {
  label?: SelectionPredicate['label'];
  field?: SelectionPredicate['field'];
  resourceVersion?: string;
  resourceVersionMatch?: 'Exact' | 'NotOlderThan' | '';
  limit?: number;
  continue?: string;
  allowWatchBookmarks?: boolean;
  sendInitialEvents?: boolean;
}

/** Server-provided sources of time, UIDs and randomness (deterministic in lessons and tests). */
export interface StoreEnv {
  now(): Date;
  uid(): string;
  random(): number;
}

export interface StoreConfig {
  /** e.g. {group: '', resource: 'pods'} — used in error messages */
  qualifiedResource: GroupResource;
  /** `/pods` under the etcd prefix; the full key is `<prefix>/<ns>/<name>` */
  keyRoot: string;
  strategy: ResourceStrategy;
  storage: DryRunnableStorage;
  newFunc(): RuntimeObject;
  env: StoreEnv;
  /** pods return the deleted object; most resources return a Success Status */
  returnDeletedObject?: boolean;
  /** Store.BeginCreate hook (e.g. Service IP allocation) */
  beginCreate?(ctx: RequestContext, obj: RuntimeObject, dryRun: boolean): Promise<void> | void;
  afterDelete?(obj: RuntimeObject, dryRun: boolean): Promise<void> | void;
  /** discovery and printing: what kubectl sees about the resource */
  shortNames?: string[];
  categories?: string[];
  singularName?: string;
  tablePrinter?: TablePrinter;
  /** fields this endpoint ignores on write (managedFields reset fields), e.g. ['status'] */
  resetFields?: string[];
}

export interface CreateOptions {
  dryRun: boolean;
  /** the name in the URL of a named create (pods/<name>/binding), for storages that check it */
  name?: string;
  hooks?: BeforeCreateHooks;
}

/** rest.GracefulDeleter's answer: the object (or last state) and whether it is gone yet. */
export interface DeleteResult {
  obj: RuntimeObject;
  deleted: boolean;
}

const maxNameGenerationCreateAttempts = 8;

export class Store {
  /** rest.StorageVersionProvider: what it serves is persisted, so discovery gives a storageVersionHash */
  readonly providesStorageVersion = true;

  constructor(readonly config: StoreConfig) {}

  get shortNames(): string[] | undefined {
    return this.config.shortNames;
  }
  get categories(): string[] | undefined {
    return this.config.categories;
  }
  get singularName(): string | undefined {
    return this.config.singularName;
  }
  get tablePrinter(): TablePrinter | undefined {
    return this.config.tablePrinter;
  }
  get resetFields(): string[] | undefined {
    return this.config.resetFields;
  }
  get returnDeletedObject(): boolean {
    return this.config.returnDeletedObject ?? false;
  }

  get qualifiedResource(): GroupResource {
    return this.config.qualifiedResource;
  }
  namespaceScoped(): boolean {
    return this.config.strategy.namespaceScoped();
  }
  newObject(): RuntimeObject {
    return this.config.newFunc();
  }

  /** For a traced request: the object storage gave back (decoded from etcd, defaulted, internal). */
  private traceRead(ctx: RequestContext, key: string, obj: RuntimeObject): void {
    const resourceVersion = obj.metadata?.resourceVersion ?? '';
    if (!resourceVersion) return; // GuaranteedUpdate's "not found" state: nothing was read
    const gr = this.qualifiedResource;
    ctx.observer?.onStorageRead?.(gr.group ? `${gr.resource}.${gr.group}` : gr.resource, obj, {
      key,
      resourceVersion,
    });
  }

  /** NamespaceKeyRootFunc / the collection prefix for list and watch. */
  keyRootFunc(ctx: RequestContext): string {
    const root = this.config.keyRoot;
    return this.namespaceScoped() && ctx.namespace ? `${root}/${ctx.namespace}` : root;
  }

  /** NamespaceKeyFunc / NoNamespaceKeyFunc with Go's 400 messages. */
  keyFunc(ctx: RequestContext, name: string): string {
    if (this.namespaceScoped() && !ctx.namespace) throw newBadRequest('Namespace parameter required.');
    if (!name) throw newBadRequest('Name parameter required.');
    const msgs = isValidPathSegmentName(name);
    if (msgs.length > 0)
      throw newBadRequest(`Name parameter invalid: ${JSON.stringify(name)}: ${msgs.join(';')}`);
    return this.namespaceScoped()
      ? `${this.config.keyRoot}/${ctx.namespace}/${name}`
      : `${this.config.keyRoot}/${name}`;
  }

  async create(
    ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    options: CreateOptions,
  ): Promise<RuntimeObject> {
    const meta = metaOf(obj);
    if (!meta.generateName || meta.name) return this.createOnce(ctx, obj, createValidation, options);
    // RetryGenerateName (GA 1.32): a generated name that collides is retried with a fresh one.
    let lastErr: unknown;
    for (let attempt = 0; attempt < maxNameGenerationCreateAttempts; attempt++) {
      const candidate = deepCopyObject(obj);
      try {
        return await this.createOnce(ctx, candidate, createValidation, options);
      } catch (e) {
        if (!isAlreadyExists(e) || !metaOf(candidate).generateName) throw e;
        lastErr = e;
      }
    }
    throw lastErr;
  }

  private async createOnce(
    ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    options: CreateOptions,
  ): Promise<RuntimeObject> {
    const { env, strategy, storage } = this.config;
    const meta = metaOf(obj);
    fillObjectMetaSystemFields(meta, timestamp(env.now()), env.uid());
    const generated = !!meta.generateName && !meta.name;
    if (generated) meta.name = generateName(meta.generateName!, env.random);
    await this.config.beginCreate?.(ctx, obj, options.dryRun);
    beforeCreate(strategy, ctx, obj, options.hooks);
    if (createValidation) await createValidation(deepCopyObject(obj));
    const name = meta.name ?? '';
    const key = this.keyFunc(ctx, name);
    try {
      return await storage.create(key, obj, options.dryRun, ctx.observer);
    } catch (e) {
      const err = interpretCreateError(e, this.qualifiedResource, name);
      if (isAlreadyExists(err) && generated) throw newGenerateNameConflict(this.qualifiedResource, name, 1);
      if (isAlreadyExists(err)) {
        const existing = (await storage.storage
          .get(key, { ignoreNotFound: true })
          .catch(() => null)) as RuntimeObject | null;
        if (existing?.metadata?.deletionTimestamp && err instanceof StatusError) {
          err.status.message = `object is being deleted: ${err.status.message ?? ''}`;
        }
      }
      throw err;
    }
  }

  async get(ctx: RequestContext, name: string, resourceVersion = ''): Promise<RuntimeObject> {
    const key = this.keyFunc(ctx, name);
    try {
      const obj = await this.config.storage.storage.get(key, { resourceVersion });
      this.traceRead(ctx, key, obj);
      return obj;
    } catch (e) {
      throw interpretGetError(e, this.qualifiedResource, name);
    }
  }

  private predicate(options: StoreListOptions): SelectionPredicate {
    return new SelectionPredicate({
      ...(options.label ? { label: options.label } : {}),
      ...(options.field ? { field: options.field } : {}),
      getAttrs: (o) => this.config.strategy.getAttrs(o),
      limit: options.limit ?? 0,
      continue: options.continue ?? '',
      allowWatchBookmarks: options.allowWatchBookmarks ?? false,
    });
  }

  private storageListOptions(options: StoreListOptions): StorageListOptions {
    return {
      predicate: this.predicate(options),
      recursive: true,
      resourceVersion: options.resourceVersion ?? '',
      resourceVersionMatch: options.resourceVersionMatch ?? '',
      ...(options.sendInitialEvents !== undefined ? { sendInitialEvents: options.sendInitialEvents } : {}),
    };
  }

  /** ListPredicate: everything under the collection key that matches the selectors. */
  async list(ctx: RequestContext, options: StoreListOptions): Promise<ListResult> {
    try {
      return await this.config.storage.storage.getList(
        this.keyRootFunc(ctx),
        this.storageListOptions(options),
      );
    } catch (e) {
      throw interpretListError(e, this.qualifiedResource);
    }
  }

  async watch(ctx: RequestContext, options: StoreListOptions): Promise<WatchInterface> {
    try {
      return await this.config.storage.storage.watch(this.keyRootFunc(ctx), this.storageListOptions(options));
    } catch (e) {
      throw interpretWatchError(e, this.qualifiedResource, '');
    }
  }

  /**
   * Update: read–modify–write inside GuaranteedUpdate, so a concurrent write makes the loop retry with the
   * fresh object; a stale resourceVersion from the client is a 409 Conflict. Returns [obj, created].
   */
  async update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    const { strategy, storage, env } = this.config;
    const key = this.keyFunc(ctx, name);
    const pre = objInfo.preconditions();
    let created = false;
    try {
      const out = await storage.guaranteedUpdate(
        key,
        true,
        pre ? new Preconditions(pre) : null,
        async (stored) => {
          const existing = stored as RuntimeObject;
          this.traceRead(ctx, key, existing);
          const existingRV = existing.metadata?.resourceVersion ?? '';
          const exists = existingRV !== '' && existingRV !== '0';
          const obj = await objInfo.updatedObject(ctx, existing);
          const meta = metaOf(obj);
          const newRV = meta.resourceVersion ?? '';
          if (!exists) {
            if (!strategy.allowCreateOnUpdate() && !forceAllowCreate)
              throw newNotFound(this.qualifiedResource, name);
            created = true;
            delete meta.resourceVersion;
            fillObjectMetaSystemFields(meta, timestamp(env.now()), env.uid());
            beforeCreate(strategy, ctx, obj);
            if (createValidation) await createValidation(deepCopyObject(obj));
            return { obj };
          }
          if (newRV === '' || newRV === '0') {
            if (!strategy.allowUnconditionalUpdate()) {
              throw newInvalid(strategy.groupKind(), name, [
                invalid(newPath('metadata', 'resourceVersion'), 0, 'must be specified for an update'),
              ]);
            }
            meta.resourceVersion = existingRV;
          } else if (newRV !== existingRV) {
            throw newConflict(this.qualifiedResource, name, new Error(OptimisticLockErrorMsg));
          }
          beforeUpdate(strategy, ctx, obj, existing);
          if (updateValidation) await updateValidation(deepCopyObject(obj), deepCopyObject(existing));
          return { obj };
        },
        options.dryRun,
        undefined,
        ctx.observer,
      );
      return { obj: out, created };
    } catch (e) {
      throw created
        ? interpretCreateError(e, this.qualifiedResource, name)
        : interpretUpdateError(e, this.qualifiedResource, name);
    }
  }

  /** Delete: graceful deletes and pending finalizers update the object; otherwise the key is removed. */
  async delete(
    ctx: RequestContext,
    name: string,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
  ): Promise<DeleteResult> {
    const { storage, strategy, env } = this.config;
    const key = this.keyFunc(ctx, name);
    const dryRun = (options.dryRun ?? []).includes('All');
    let current: RuntimeObject;
    try {
      current = await storage.storage.get(key, {});
      this.traceRead(ctx, key, current);
    } catch (e) {
      throw interpretGetError(e, this.qualifiedResource, name);
    }
    const opts: DeleteOptions = { ...options };
    const working = deepCopyObject(current);
    const { graceful, gracefulPending } = beforeDelete(
      strategy,
      ctx,
      working,
      opts,
      env.now(),
      this.qualifiedResource,
    );
    const pre = new Preconditions({
      ...(opts.preconditions?.uid !== undefined ? { uid: opts.preconditions.uid } : {}),
      ...(opts.preconditions?.resourceVersion !== undefined
        ? { resourceVersion: opts.preconditions.resourceVersion }
        : {}),
    });
    if (gracefulPending) return { obj: current, deleted: false };
    const finalizers = working.metadata?.finalizers ?? [];
    if (graceful || finalizers.length > 0) {
      const out = await this.updateForGracefulDeletionAndFinalizers(ctx, key, name, working, opts, dryRun);
      return { obj: out, deleted: false };
    }
    try {
      const out = await storage.delete(
        key,
        pre,
        async (o) => (deleteValidation ? deleteValidation(o) : undefined),
        dryRun,
        current,
        ctx.observer,
      );
      await this.config.afterDelete?.(out, dryRun);
      return { obj: out, deleted: true };
    } catch (e) {
      throw interpretDeleteError(e, this.qualifiedResource, name);
    }
  }

  /** Sets deletionTimestamp (and keeps finalizers) instead of deleting: the object lives on until then. */
  private async updateForGracefulDeletionAndFinalizers(
    _ctx: RequestContext,
    key: string,
    name: string,
    desired: RuntimeObject,
    _opts: DeleteOptions,
    dryRun: boolean,
  ): Promise<RuntimeObject> {
    const { storage, env } = this.config;
    try {
      return await storage.guaranteedUpdate(
        key,
        false,
        null,
        (existing) => {
          const obj = deepCopyObject(existing);
          const meta = metaOf(obj);
          const want = desired.metadata ?? {};
          meta.deletionTimestamp = want.deletionTimestamp ?? meta.deletionTimestamp ?? timestamp(env.now());
          if (want.deletionGracePeriodSeconds !== undefined)
            meta.deletionGracePeriodSeconds = want.deletionGracePeriodSeconds;
          else meta.deletionGracePeriodSeconds ??= 0;
          if (want.generation !== undefined) meta.generation = want.generation;
          return { obj };
        },
        dryRun,
      );
    } catch (e) {
      throw interpretUpdateError(e, this.qualifiedResource, name);
    }
  }

  /** DeleteCollection: list, then delete each match (Go fans out to workers; order is irrelevant). */
  async deleteCollection(
    ctx: RequestContext,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
    listOptions: StoreListOptions,
  ): Promise<RuntimeObject[]> {
    const list = await this.list(ctx, listOptions);
    const deleted: RuntimeObject[] = [];
    for (const item of list.items) {
      const name = item.metadata?.name ?? '';
      const itemCtx = { ...ctx, namespace: item.metadata?.namespace ?? ctx.namespace };
      try {
        const r = await this.delete(itemCtx, name, deleteValidation, { ...options });
        deleted.push(r.obj);
      } catch (e) {
        if (!(e instanceof StatusError && e.status.reason === 'NotFound')) throw e;
      }
    }
    return deleted;
  }
}

/** store.go's OptimisticLockErrorMsg. */
export const OptimisticLockErrorMsg =
  'the object has been modified; please apply your changes to the latest version and try again';

/** metav1.Time on the wire: seconds precision, UTC. */
export function timestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
