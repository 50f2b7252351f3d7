// Go twin: k8s.io/kubernetes/pkg/registry/core/service/storage/storage.go (REST: beginCreate, beginUpdate,
// afterDelete) @ v1.34.0 — the generic Store plus ClusterIP and NodePort allocation around its writes.
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type {
  CreateOptions,
  DeleteResult,
  ListResult,
  Store,
  StoreListOptions,
  UpdatedObjectInfo,
  ValidateObjectFunc,
  ValidateObjectUpdateFunc,
} from '../../generic/registry/store';
import type { DeleteOptions } from '../../rest/create';
import type { WatchInterface } from '../../../storage/interfaces';
import {
  allocateServiceFields,
  allocateServiceUpdate,
  defaultOnReadService,
  releaseServiceFields,
  type AllocationTxn,
  type ServiceAllocators,
} from './ipallocator';
import type { Service } from '../../../apis/core/service_types';

const asService = (o: RuntimeObject) => o as unknown as Service;

export class ServiceREST {
  /** it embeds the Store, and so its StorageVersion */
  readonly providesStorageVersion = true;
  readonly shortNames: string[] | undefined;
  readonly categories: string[] | undefined;
  readonly tablePrinter;
  readonly resetFields: string[] | undefined;

  constructor(
    private readonly store: Store,
    private readonly allocators: ServiceAllocators,
  ) {
    this.shortNames = store.shortNames;
    this.categories = store.categories;
    this.tablePrinter = store.tablePrinter;
    this.resetFields = store.resetFields;
  }

  newObject(): RuntimeObject {
    return this.store.newObject();
  }
  namespaceScoped(): boolean {
    return true;
  }

  /** Decorator: fills fields older objects lack (defaultOnRead). */
  private decorate<T extends RuntimeObject>(obj: T): T {
    defaultOnReadService(asService(obj), this.allocators.clusterIPs.family);
    return obj;
  }

  async get(ctx: RequestContext, name: string, resourceVersion?: string): Promise<RuntimeObject> {
    return this.decorate(await this.store.get(ctx, name, resourceVersion));
  }

  async list(ctx: RequestContext, options: StoreListOptions): Promise<ListResult> {
    const list = await this.store.list(ctx, options);
    list.items.forEach((i) => this.decorate(i));
    return list;
  }

  watch(ctx: RequestContext, options: StoreListOptions): Promise<WatchInterface> {
    return this.store.watch(ctx, options);
  }

  /** beginCreate: allocate before the strategy validates; give everything back if the create fails. */
  async create(
    ctx: RequestContext,
    obj: RuntimeObject,
    createValidation: ValidateObjectFunc | null,
    options: CreateOptions,
  ): Promise<RuntimeObject> {
    const txn = allocateServiceFields(asService(obj), this.allocators, { dryRun: options.dryRun });
    try {
      const out = await this.store.create(ctx, obj, createValidation, options);
      txn.commit();
      return out;
    } catch (e) {
      txn.revert();
      throw e;
    }
  }

  /** beginUpdate: keep allocated values the client omitted, allocate what a type change needs. */
  async update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    let txn: AllocationTxn | null = null;
    const wrapped: UpdatedObjectInfo = {
      preconditions: () => objInfo.preconditions(),
      updatedObject: async (c, old) => {
        const obj = await objInfo.updatedObject(c, old);
        txn?.revert();
        txn = allocateServiceUpdate(asService(obj), asService(old), this.allocators, {
          dryRun: options.dryRun,
        });
        return obj;
      },
    };
    try {
      const out = await this.store.update(
        ctx,
        name,
        wrapped,
        createValidation,
        updateValidation,
        forceAllowCreate,
        options,
      );
      (txn as AllocationTxn | null)?.commit();
      return out;
    } catch (e) {
      (txn as AllocationTxn | null)?.revert();
      throw e;
    }
  }

  async delete(
    ctx: RequestContext,
    name: string,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
  ): Promise<DeleteResult> {
    const result = await this.store.delete(ctx, name, deleteValidation, options);
    if (result.deleted && !(options.dryRun ?? []).includes('All'))
      releaseServiceFields(asService(result.obj), this.allocators);
    return result;
  }

  async deleteCollection(
    ctx: RequestContext,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
    listOptions: StoreListOptions,
  ): Promise<RuntimeObject[]> {
    const deleted = await this.store.deleteCollection(ctx, deleteValidation, options, listOptions);
    if (!(options.dryRun ?? []).includes('All'))
      deleted.forEach((s) => releaseServiceFields(asService(s), this.allocators));
    return deleted;
  }
}
