// Go twin: k8s.io/kube-aggregator/pkg/controllers/autoregister/autoregister_controller.go
// (autoRegisterController, checkAPIService, AddAPIServiceToSyncOnStart, AddAPIServiceToSync,
// RemoveAPIServiceToSync) @ v1.34.0
//
// Keeps a set of APIServices present: those of the built-in groups (synced once, on start: label
// `kube-aggregator.kubernetes.io/automanaged: onstart`) and those of CRD groups (synced continuously:
// `true`). An onstart APIService that a user later deletes or edits stays so until the next start.
import { copyJSON, deepCopyObject } from '../../../runtime/object';
import { deepEqual } from '../../../util/equality';
import type { APIService, APIServiceSpec } from '../../apis/apiregistration/types';
import type { APIServicesClient } from '../../client/apiservices';
import type { APIServiceInformer } from '../../client/informer';
import { WorkQueue } from '../queue';

export const AutoRegisterManagedLabel = 'kube-aggregator.kubernetes.io/automanaged';
/** the APIService wants to be synced one time when the controller starts */
const manageOnStart = 'onstart';
/** the APIService wants to be synced continuously */
const manageContinuously = 'true';

/** AutoAPIServiceRegistration: what callers (the kube-apiserver, the CRD registration) use. */
export interface AutoAPIServiceRegistration {
  addAPIServiceToSyncOnStart(apiService: APIService): void;
  addAPIServiceToSync(apiService: APIService): void;
  removeAPIServiceToSync(name: string): void;
}

const automanagedType = (s: APIService | undefined) => s?.metadata?.labels?.[AutoRegisterManagedLabel] ?? '';
const isAutomanagedOnStart = (s: APIService | undefined) => automanagedType(s) === manageOnStart;
const isAutomanaged = (s: APIService | undefined) => {
  const t = automanagedType(s);
  return t === manageOnStart || t === manageContinuously;
};

/** The spec as Go's reflect.DeepEqual sees it: absent, null, '', 0 and false are the zero values. */
function normalizedSpec(spec: APIServiceSpec | undefined): unknown {
  const s = spec ?? {};
  return {
    service: s.service
      ? { namespace: s.service.namespace ?? '', name: s.service.name ?? '', port: s.service.port ?? 0 }
      : null,
    group: s.group ?? '',
    version: s.version ?? '',
    insecureSkipTLSVerify: s.insecureSkipTLSVerify ?? false,
    caBundle: s.caBundle ?? '',
    groupPriorityMinimum: s.groupPriorityMinimum ?? 0,
    versionPriority: s.versionPriority ?? 0,
  };
}

export class AutoRegisterController implements AutoAPIServiceRegistration {
  readonly queue: WorkQueue;
  private readonly apiServicesToSync = new Map<string, APIService>();
  /** track which services we have synced */
  private readonly syncedSuccessfully = new Set<string>();
  /** remember names of services that existed when we started */
  private readonly apiServicesAtStart = new Set<string>();

  constructor(
    private readonly informer: APIServiceInformer,
    private readonly client: APIServicesClient,
  ) {
    this.queue = new WorkQueue('autoregister', (key) => this.checkAPIService(key));
    const enqueue = (obj: APIService) => this.queue.add(obj.metadata?.name ?? '');
    informer.addEventHandler({ onAdd: enqueue, onUpdate: (_old, obj) => enqueue(obj), onDelete: enqueue });
  }

  /** Run: remember the APIServices that exist now, then start the worker. */
  run(): void {
    for (const s of this.informer.lister.list()) this.apiServicesAtStart.add(s.metadata?.name ?? '');
    this.queue.start();
  }

  /** The names this controller wants present, for the autoregister-completion check. */
  desiredNames(): string[] {
    return [...this.apiServicesToSync.keys()];
  }

  /**
   * checkAPIService syncs the current APIService against the desired one:
   *
   *                                                  | A. desired: not found | B. desired: sync on start | C. desired: sync always
   * -------------------------------------------------|-----------------------|---------------------------|------------------------
   * 1. current: lookup error                         | error                 | error                     | error
   * 2. current: not found                            | -                     | create once               | create
   * 3. current: no sync                              | -                     | -                         | -
   * 4. current: sync on start, not present at start  | -                     | -                         | -
   * 5. current: sync on start, present at start      | delete once           | update once               | update once
   * 6. current: sync always                          | delete                | update once               | update
   */
  private async checkAPIService(name: string): Promise<void> {
    const desired = this.apiServicesToSync.get(name);
    const curr = this.informer.lister.get(name);
    // if we've never synced this service successfully, record a successful sync.
    const hasSynced = this.syncedSuccessfully.has(name);
    await this.reconcile(name, desired, curr, hasSynced);
    this.syncedSuccessfully.add(name);
  }

  private async reconcile(
    name: string,
    desired: APIService | undefined,
    curr: APIService | undefined,
    hasSynced: boolean,
  ): Promise<void> {
    // we don't have an entry and we don't want one (2A)
    if (!curr && !desired) return;
    // the local object only wants to sync on start and has already synced (2B,5B,6B "once" enforcement)
    if (isAutomanagedOnStart(desired) && hasSynced) return;
    // we don't have an entry and we do want one (2B,2C)
    if (!curr && desired) {
      await this.client.create(desired);
      return;
    }
    // we aren't trying to manage this APIService (3A,3B,3C)
    if (!isAutomanaged(curr)) return;
    // the remote object only wants to sync on start, but was added after we started (4A,4B,4C)
    if (isAutomanagedOnStart(curr) && !this.apiServicesAtStart.has(name)) return;
    // the remote object only wants to sync on start and has already synced (5A,5B,5C "once" enforcement)
    if (isAutomanagedOnStart(curr) && hasSynced) return;
    // we have a spurious APIService that we're managing, delete it (5A,6A)
    if (!desired) {
      await this.client.delete(name);
      return;
    }
    // if the specs already match, nothing for us to do
    if (deepEqual(normalizedSpec(curr!.spec), normalizedSpec(desired.spec))) return;
    // we have an entry and we have a desired, now we deconflict.  Only a few fields matter. (5B,5C,6B,6C)
    const apiService = deepCopyObject(curr!);
    apiService.spec = copyJSON(desired.spec) as APIServiceSpec;
    await this.client.update(apiService);
  }

  addAPIServiceToSyncOnStart(apiService: APIService): void {
    this.addAPIServiceToSync_(apiService, manageOnStart);
  }
  addAPIServiceToSync(apiService: APIService): void {
    this.addAPIServiceToSync_(apiService, manageContinuously);
  }

  private addAPIServiceToSync_(input: APIService, syncType: string): void {
    const apiService = copyJSON(input) as APIService;
    const meta = (apiService.metadata ??= {});
    meta.labels = { ...(meta.labels ?? {}), [AutoRegisterManagedLabel]: syncType };
    const name = meta.name ?? '';
    this.apiServicesToSync.set(name, apiService);
    this.queue.add(name);
  }

  removeAPIServiceToSync(name: string): void {
    this.apiServicesToSync.delete(name);
    this.queue.add(name);
  }
}
