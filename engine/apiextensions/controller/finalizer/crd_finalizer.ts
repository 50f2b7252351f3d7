// Go twin: k8s.io/apiextensions-apiserver/pkg/controller/finalizer/crd_finalizer.go (CRDFinalizer.sync,
// deleteInstances) @ v1.34.0
//
// A CRD being deleted keeps the `customresourcecleanup.apiextensions.k8s.io` finalizer until every custom
// resource it defines is gone: the controller marks it Terminating, deletes the instances namespace by
// namespace through their storage, then drops the finalizer, and the CRD (and with it the API) goes away.
// Go works from an informer queue; the simulator calls sync() after each request that changed etcd.
import type { LoopbackClient } from '../../../aggregator/client/loopback';
import type { Store } from '../../../registry/generic/registry/store';
import { deepCopyObject } from '../../../runtime/object';
import {
  crdHasFinalizer,
  crdRemoveFinalizer,
  isCRDConditionTrue,
  setCRDCondition,
} from '../../apis/apiextensions/helpers';
import {
  CustomResourceCleanupFinalizer,
  type CustomResourceDefinition,
  type CustomResourceDefinitionCondition,
} from '../../apis/apiextensions/types';
import type { CRDLister } from '../../apiserver/crd_lister';

/** crdClient.UpdateStatus */
export interface CRDStatusClient {
  updateStatus(crd: CustomResourceDefinition): Promise<CustomResourceDefinition>;
}

/** UpdateStatus through the loopback connection, so the write goes through the API like Go's clientset. */
export function loopbackCRDStatusClient(loopback: LoopbackClient): CRDStatusClient {
  return {
    updateStatus: (crd) =>
      loopback.do<CustomResourceDefinition>(
        'PUT',
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata?.name ?? ''}/status`,
        { ...crd, apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition' },
      ),
  };
}

export class CRDFinalizer {
  constructor(
    private readonly crdLister: CRDLister,
    private readonly crdClient: CRDStatusClient,
    /** GetCustomResourceListerCollectionDeleter: the CRD's custom resource storage */
    private readonly crStorageFor: (crd: CustomResourceDefinition) => Store,
    private readonly now: () => Date,
  ) {}

  /** Handles every terminating CRD that still has the cleanup finalizer. */
  async sync(): Promise<void> {
    for (const crd of await this.crdLister.list()) await this.syncOne(crd);
  }

  private async syncOne(cached: CustomResourceDefinition): Promise<void> {
    // no work to do
    if (!cached.metadata?.deletionTimestamp || !crdHasFinalizer(cached, CustomResourceCleanupFinalizer))
      return;
    let crd = deepCopyObject(cached);
    // update the status condition. This cleanup could take a while.
    this.setCondition(crd, {
      type: 'Terminating',
      status: 'True',
      reason: 'InstanceDeletionInProgress',
      message: 'CustomResource deletion is in progress',
    });
    crd = await this.crdClient.updateStatus(crd);

    // No need to delete if not established: nothing can have been created.
    if (isCRDConditionTrue(crd, 'Established')) {
      const { condition, error } = await this.deleteInstances(crd);
      this.setCondition(crd, condition);
      if (error) {
        await this.crdClient.updateStatus(crd);
        throw error;
      }
    } else {
      this.setCondition(crd, {
        type: 'Terminating',
        status: 'False',
        reason: 'NeverEstablished',
        message: 'resource was never established',
      });
    }
    crdRemoveFinalizer(crd, CustomResourceCleanupFinalizer);
    await this.crdClient.updateStatus(crd);
  }

  private setCondition(crd: CustomResourceDefinition, c: CustomResourceDefinitionCondition): void {
    setCRDCondition(crd, c, this.now());
  }

  /** deleteInstances: delete the custom resources namespace by namespace, then check none is left. */
  private async deleteInstances(
    crd: CustomResourceDefinition,
  ): Promise<{ condition: CustomResourceDefinitionCondition; error?: Error }> {
    const failed = (message: string, error: unknown) => ({
      condition: {
        type: 'Terminating' as const,
        status: 'True' as const,
        reason: 'InstanceDeletionFailed',
        message,
      },
      error: error instanceof Error ? error : new Error(String(error)),
    });
    let store: Store;
    let items;
    try {
      store = this.crStorageFor(crd);
      items = (await store.list({ namespace: '' }, {})).items;
    } catch (e) {
      return failed(`could not list instances: ${(e as Error).message}`, e);
    }
    const namespaces = new Set(items.map((i) => i.metadata?.namespace ?? ''));
    const deleteErrors: string[] = [];
    for (const namespace of namespaces) {
      try {
        await store.deleteCollection({ namespace }, null, {}, {});
      } catch (e) {
        deleteErrors.push((e as Error).message);
      }
    }
    if (deleteErrors.length > 0) {
      const msg = deleteErrors.length === 1 ? deleteErrors[0]! : `[${deleteErrors.join(', ')}]`;
      return failed(`could not issue all deletes: ${msg}`, new Error(msg));
    }
    // Go polls until the list is empty; deletes here finish at once (no finalizers on custom resources left)
    const left = (await store.list({ namespace: '' }, {})).items.length;
    if (left !== 0) {
      const err = new Error(`failed to delete all instances: ${left} remaining`);
      return failed(`could not confirm zero CustomResources remaining: ${err.message}`, err);
    }
    return {
      condition: {
        type: 'Terminating',
        status: 'False',
        reason: 'InstanceDeletionCompleted',
        message: 'removed all instances',
      },
    };
  }
}
