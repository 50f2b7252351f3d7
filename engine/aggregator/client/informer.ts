// Go twin: k8s.io/client-go/tools/cache (sharedIndexInformer: Reflector ListAndWatch, the Indexer, event
// handlers, HasSynced) and k8s.io/kube-aggregator/pkg/client/listers/apiregistration/v1 (APIServiceLister)
// @ v1.34.0
//
// Go's informer lists and watches through the loopback client; this one reads the registry Store directly
// (the same objects, without the HTTP round trip), keeps them by name, and tells its handlers what changed.
// A watch that ends (an expired resourceVersion) is followed by a fresh list, as the Reflector does.
import type { Store } from '../../registry/generic/registry/store';
import { deepCopyObject } from '../../runtime/object';
import type { WatchInterface } from '../../storage/interfaces';
import type { APIService } from '../apis/apiregistration/types';

export interface ResourceEventHandler {
  onAdd?(obj: APIService): void;
  onUpdate?(oldObj: APIService, newObj: APIService): void;
  onDelete?(obj: APIService): void;
}

/** APIServiceLister: reads from the informer's cache (copies: callers may not mutate the cache). */
export interface APIServiceLister {
  list(): APIService[];
  get(name: string): APIService | undefined;
}

const cluster = { namespace: '' };

export class APIServiceInformer {
  private readonly items = new Map<string, APIService>();
  private readonly handlers: ResourceEventHandler[] = [];
  private readonly waiters: (() => void)[] = [];
  private watch: WatchInterface | null = null;
  private synced = false;
  private stopped = false;

  constructor(private readonly store: Store) {}

  addEventHandler(handler: ResourceEventHandler): void {
    this.handlers.push(handler);
    for (const obj of this.items.values()) handler.onAdd?.(obj);
  }

  readonly lister: APIServiceLister = {
    list: () => [...this.items.values()].map((o) => deepCopyObject(o)),
    get: (name: string) => {
      const o = this.items.get(name);
      return o ? deepCopyObject(o) : undefined;
    },
  };

  hasSynced(): boolean {
    return this.synced;
  }

  /** Run: the first list (its objects delivered as adds), then the watch in the background. */
  async run(): Promise<void> {
    const rv = await this.relist();
    this.synced = true;
    this.changed();
    void this.watchFrom(rv);
  }

  stop(): void {
    this.stopped = true;
    this.watch?.stop();
  }

  /** Resolves once `condition` holds for the cache (checked now and after every change). */
  waitFor(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (condition()) resolve();
        else this.waiters.push(check);
      };
      this.waiters.push(check);
    });
  }

  private changed(): void {
    for (const check of this.waiters.splice(0)) check();
  }

  /** Replace: list everything, then deliver adds, updates and deletes against the old cache. */
  private async relist(): Promise<string> {
    const list = await this.store.list(cluster, {});
    const seen = new Set<string>();
    for (const item of list.items as APIService[]) {
      const name = item.metadata?.name ?? '';
      seen.add(name);
      this.upsert(item);
    }
    for (const [name, old] of [...this.items]) {
      if (seen.has(name)) continue;
      this.items.delete(name);
      for (const h of this.handlers) h.onDelete?.(old);
    }
    return list.resourceVersion;
  }

  private upsert(obj: APIService): void {
    const name = obj.metadata?.name ?? '';
    const old = this.items.get(name);
    this.items.set(name, obj);
    for (const h of this.handlers) {
      if (old) h.onUpdate?.(old, obj);
      else h.onAdd?.(obj);
    }
  }

  private async watchFrom(resourceVersion: string): Promise<void> {
    let rv = resourceVersion;
    while (!this.stopped) {
      this.watch = await this.store.watch(cluster, { resourceVersion: rv, allowWatchBookmarks: false });
      for await (const event of this.watch) {
        if (event.type === 'ERROR') break;
        const obj = event.object as APIService;
        rv = obj.metadata?.resourceVersion ?? rv;
        if (event.type === 'ADDED' || event.type === 'MODIFIED') this.upsert(obj);
        else if (event.type === 'DELETED') {
          const name = obj.metadata?.name ?? '';
          this.items.delete(name);
          for (const h of this.handlers) h.onDelete?.(obj);
        }
        this.changed();
      }
      if (this.stopped) return;
      rv = await this.relist(); // the watch ended: list again, as the Reflector does
      this.changed();
    }
  }
}
