// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresourcedefinition/etcd.go (NewREST, REST.ShortNames,
// REST.Categories, REST.Delete, NewStatusREST) and k8s.io/apiserver/pkg/registry/generic/registry/store.go
// (Store.Update's deletion of an object whose last finalizer is gone) @ v1.34.0
//
// Deleting a CRD does not delete it: the first DELETE sets deletionTimestamp, adds the
// `customresourcecleanup.apiextensions.k8s.io` finalizer and the Terminating condition. The CRD finalizer
// controller deletes the custom resources and then removes the finalizer; the write that leaves a deleting
// CRD without finalizers removes it from etcd. CRDs live under
// /registry/apiextensions.k8s.io/customresourcedefinitions/<name>, encoded as apiextensions.k8s.io/v1.
// There is no table printer: tables show the default Name and Created At columns.
import { newConflict, newInternalError, StatusError } from '../../../api/errors/errors';
import type { RegistryContext } from '../../../controlplane/resource';
import type { RequestContext } from '../../../endpoints/request/context';
import { StatusREST } from '../../../registry/generic/registry/status';
import {
  Store,
  timestamp,
  type DeleteResult,
  type StoreListOptions,
  type UpdatedObjectInfo,
  type ValidateObjectFunc,
  type ValidateObjectUpdateFunc,
} from '../../../registry/generic/registry/store';
import { newStorage } from '../../../registry/generic/registry/storage_factory';
import type { DeleteOptions } from '../../../registry/rest/create';
import { deepCopyObject, type RuntimeObject } from '../../../runtime/object';
import { interpretDeleteError, interpretUpdateError } from '../../../storage/errors/storage';
import { Preconditions } from '../../../storage/interfaces';
import { crdHasFinalizer, setCRDCondition } from '../../apis/apiextensions/helpers';
import {
  CustomResourceCleanupFinalizer,
  type CustomResourceDefinition,
} from '../../apis/apiextensions/types';
import { newStatusStrategy, newStrategy } from './strategy';

export const resource = { group: 'apiextensions.k8s.io', resource: 'customresourcedefinitions' };

/** A Store whose writes remove a deleting object once its last finalizer is gone (Go: Store.Update). */
class FinalizingStore extends Store {
  override async update(
    ctx: RequestContext,
    name: string,
    objInfo: UpdatedObjectInfo,
    createValidation: ValidateObjectFunc | null,
    updateValidation: ValidateObjectUpdateFunc | null,
    forceAllowCreate: boolean,
    options: { dryRun: boolean },
  ): Promise<{ obj: RuntimeObject; created: boolean }> {
    const result = await super.update(
      ctx,
      name,
      objInfo,
      createValidation,
      updateValidation,
      forceAllowCreate,
      options,
    );
    const meta = result.obj.metadata ?? {};
    if (!meta.deletionTimestamp || (meta.finalizers ?? []).length > 0) return result;
    // shouldDeleteDuringUpdate: the finalizers are gone, so the object goes
    const { storage } = this.config;
    try {
      const out = await storage.delete(
        this.keyFunc(ctx, name),
        new Preconditions({ ...(meta.uid ? { uid: meta.uid } : {}) }),
        () => undefined,
        options.dryRun,
        result.obj,
        ctx.observer,
      );
      return { obj: out, created: false };
    } catch (e) {
      throw interpretDeleteError(e, this.qualifiedResource, name);
    }
  }
}

/** REST: the CRD store with Go's Delete. */
export class CustomResourceDefinitionREST extends FinalizingStore {
  /** Delete adds the cleanup finalizer and the Terminating condition on the first request. */
  override async delete(
    ctx: RequestContext,
    name: string,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
  ): Promise<DeleteResult> {
    const crd = (await this.get(ctx, name)) as CustomResourceDefinition;
    const meta = crd.metadata ?? {};
    // Ensure we have a UID precondition
    const pre = { ...(options.preconditions ?? {}) };
    if (pre.uid === undefined) pre.uid = meta.uid ?? '';
    else if (pre.uid !== meta.uid) {
      throw newConflict(
        resource,
        name,
        new Error(
          `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${meta.uid ?? ''}`,
        ),
      );
    }
    if (pre.resourceVersion !== undefined && pre.resourceVersion !== meta.resourceVersion) {
      throw newConflict(
        resource,
        name,
        new Error(
          `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${meta.resourceVersion ?? ''}`,
        ),
      );
    }
    // once deleting, a DELETE is the generic store's (it waits for the finalizers)
    if (meta.deletionTimestamp)
      return super.delete(ctx, name, deleteValidation, { ...options, preconditions: pre });

    const { storage, env } = this.config;
    const dryRun = (options.dryRun ?? []).includes('All');
    try {
      const out = await storage.guaranteedUpdate(
        this.keyFunc(ctx, name),
        false,
        new Preconditions(pre),
        async (existing) => {
          const existingCRD = deepCopyObject(existing) as CustomResourceDefinition;
          if (deleteValidation) await deleteValidation(deepCopyObject(existingCRD));
          const m = (existingCRD.metadata ??= {});
          const now = env.now();
          m.deletionTimestamp ??= timestamp(now);
          if (!crdHasFinalizer(existingCRD, CustomResourceCleanupFinalizer))
            m.finalizers = [...(m.finalizers ?? []), CustomResourceCleanupFinalizer];
          // update the status condition too
          setCRDCondition(
            existingCRD,
            {
              type: 'Terminating',
              status: 'True',
              reason: 'InstanceDeletionPending',
              message:
                'CustomResourceDefinition marked for deletion; CustomResource deletion will begin soon',
            },
            now,
          );
          return { obj: existingCRD };
        },
        dryRun,
        undefined,
        ctx.observer,
      );
      return { obj: out, deleted: false };
    } catch (e) {
      const err = interpretUpdateError(e, resource, name);
      throw err instanceof StatusError ? err : newInternalError(err as Error);
    }
  }

  /** Go's DeleteCollection calls the embedded Store's Delete, so it removes CRDs without the finalizer dance. */
  override async deleteCollection(
    ctx: RequestContext,
    deleteValidation: ValidateObjectFunc | null,
    options: DeleteOptions,
    listOptions: StoreListOptions,
  ): Promise<RuntimeObject[]> {
    const list = await this.list(ctx, listOptions);
    const deleted: RuntimeObject[] = [];
    for (const item of list.items) {
      try {
        const r = await super.delete(ctx, item.metadata?.name ?? '', deleteValidation, { ...options });
        deleted.push(r.obj);
      } catch (e) {
        if (!(e instanceof StatusError && e.status.reason === 'NotFound')) throw e;
      }
    }
    return deleted;
  }
}

/** NewREST and NewStatusREST: the CRD store, and its status twin on the same keys. */
export function newCustomResourceDefinitionREST(c: RegistryContext): {
  rest: CustomResourceDefinitionREST;
  status: StatusREST;
} {
  const gvk = { group: 'apiextensions.k8s.io', version: '__internal', kind: 'CustomResourceDefinition' };
  const newFunc = () => c.storage.scheme.new(gvk);
  const storageConfig = {
    ...c.storage,
    resourcePrefixOverrides: {
      ...c.storage.resourcePrefixOverrides,
      [resource.resource]: 'apiextensions.k8s.io/customresourcedefinitions',
    },
  };
  const parts = newStorage(storageConfig, resource, newFunc);
  const base = {
    qualifiedResource: resource,
    keyRoot: parts.keyRoot,
    storage: parts.storage,
    newFunc,
    env: c.env,
  };
  const rest = new CustomResourceDefinitionREST({
    ...base,
    strategy: newStrategy(),
    shortNames: ['crd', 'crds'],
    categories: ['api-extensions'],
    resetFields: ['status'],
  });
  c.index?.register(resource, rest);
  const statusStore = new FinalizingStore({
    ...base,
    strategy: newStatusStrategy(),
    resetFields: ['spec', 'metadata'],
  });
  return { rest, status: new StatusREST(statusStore) };
}
