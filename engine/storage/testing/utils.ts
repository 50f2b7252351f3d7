// Go twin: k8s.io/apiserver/pkg/storage/testing/utils.go (test helpers) @ v1.34.0
import type { Codec, Interface, Obj } from '../interfaces';
import type { Selector } from '../selectionPredicate';
import type { WatchEvent, WatchInterface } from '../watch';

/** A plain JSON codec: enough for storage tests (the real codec converts to the storage version). */
export const jsonCodec: Codec = {
  encode: (obj) => JSON.stringify(obj),
  decode: (data) => JSON.parse(data) as Obj,
};

/** What a conformance test needs from a storage implementation. */
export interface StoreUnderTest {
  store: Interface;
  /** Compacts the backing storage at this revision (what the etcd compactor does every few minutes). */
  compact(revision: number): void;
}
export type StoreFactory = () => StoreUnderTest;

export interface PodOptions {
  labels?: Record<string, string>;
  uid?: string;
  nodeName?: string;
  counter?: number;
}

export function makePod(namespace: string, name: string, o: PodOptions = {}): Obj {
  const metadata: Record<string, unknown> = { name, namespace };
  if (o.uid) metadata.uid = o.uid;
  if (o.labels) metadata.labels = o.labels;
  const spec: Record<string, unknown> = {};
  if (o.nodeName) spec.nodeName = o.nodeName;
  if (o.counter !== undefined) spec.counter = o.counter;
  return { apiVersion: 'v1', kind: 'Pod', metadata, spec };
}

export const podKey = (namespace: string, name: string) => `/pods/${namespace}/${name}`;

export function rvOf(obj: Obj): string {
  const meta = obj.metadata as Record<string, unknown> | undefined;
  return typeof meta?.resourceVersion === 'string' ? meta.resourceVersion : '';
}
export const nameOf = (obj: Obj) => (obj.metadata as Record<string, unknown>).name as string;

/** A label selector for tests: every pair must be present (`a=b,c=d`). */
export function equalitySelector(required: Record<string, string>): Selector {
  const entries = Object.entries(required);
  return {
    matches: (set) => entries.every(([k, v]) => set[k] === v),
    empty: () => entries.length === 0,
    string: () => entries.map(([k, v]) => `${k}=${v}`).join(','),
  };
}

/** Creates the objects in order and returns them as stored. */
export async function seed(store: Interface, pods: Obj[]): Promise<Obj[]> {
  const out: Obj[] = [];
  for (const p of pods) {
    const meta = p.metadata as Record<string, string>;
    out.push(await store.create(podKey(meta.namespace!, meta.name!), p));
  }
  return out;
}

const tick = () => new Promise<'tick'>((resolve) => setTimeout(() => resolve('tick'), 0));

/**
 * Reads a watch without losing events between reads: storage queues events synchronously, so drain()
 * returns what is ready now and keeps the one outstanding read for next time.
 */
export class WatchReader {
  private readonly it: AsyncIterator<WatchEvent>;
  private pending: Promise<IteratorResult<WatchEvent>> | undefined;
  closed = false;

  constructor(readonly watch: WatchInterface) {
    this.it = watch[Symbol.asyncIterator]();
  }

  async drain(): Promise<WatchEvent[]> {
    const events: WatchEvent[] = [];
    while (!this.closed) {
      const next = (this.pending ??= this.it.next());
      const r = await Promise.race([next, tick()]);
      if (r === 'tick') break;
      this.pending = undefined;
      if (r.done) this.closed = true;
      else events.push(r.value);
    }
    return events;
  }
}

/** Compact rendering of events for assertions: `ADDED ns/name@rv`. */
export function describeEvents(events: WatchEvent[]): string[] {
  return events.map((e) => {
    if (e.type === 'ERROR') return `ERROR ${e.object.code} ${e.object.message ?? ''}`;
    const meta = (e.object.metadata ?? {}) as Record<string, string>;
    if (e.type === 'BOOKMARK') return `BOOKMARK @${meta.resourceVersion ?? ''}`;
    return `${e.type} ${meta.namespace ?? ''}/${meta.name ?? ''}@${meta.resourceVersion ?? ''}`;
  });
}

/** Awaits a promise expected to reject and returns the error. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}
