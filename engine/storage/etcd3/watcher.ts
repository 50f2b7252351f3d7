// Go twin: k8s.io/apiserver/pkg/storage/etcd3/watcher.go (watcher, watchChan) + event.go @ v1.34.0
import { newInternalError, StatusError } from '../../api/errors/errors';
import { newTooLargeResourceVersionError } from '../errors';
import type { Codec, ListOptions, Obj, Versioner } from '../interfaces';
import { Everything } from '../selectionPredicate';
import type { SelectionPredicate } from '../selectionPredicate';
import { ensureObjectMeta } from '../object';
import { WatchChan } from '../watch';
import type { WatchEvent, WatchInterface } from '../watch';
import { interpretWatchError } from './errors';
import { getPrefixRangeEnd } from './mvcc';
import type { KeyValue, MVCCStore, MvccEvent } from './mvcc';

/** metav1.InitialEventsAnnotationKey: marks the bookmark that ends the initial events of a watch-list. */
export const initialEventsAnnotationKey = 'k8s.io/initial-events-end';

/** etcd3 event.go: a change as the watcher processes it. */
interface WatchEventIn {
  key: string;
  value: string;
  prevValue?: string;
  rev: number;
  isDeleted: boolean;
  isCreated: boolean;
  isInitialEventsEndBookmark?: boolean;
}

const parseKV = (kv: KeyValue): WatchEventIn => ({
  key: kv.key,
  value: kv.value,
  rev: kv.modRevision,
  isDeleted: false,
  isCreated: true,
});

function parseEvent(e: MvccEvent): WatchEventIn {
  if (e.type === 'DELETE' && !e.prevKv) {
    // Only possible if the watch was created without prevKV; upstream treats it as an error.
    throw new Error(
      `etcd event received with PrevKv=nil (key=${JSON.stringify(e.kv.key)}, modRevision=${e.kv.modRevision}, type=DELETE)`,
    );
  }
  return {
    key: e.kv.key,
    value: e.kv.value,
    prevValue: e.prevKv?.value,
    rev: e.kv.modRevision,
    isDeleted: e.type === 'DELETE',
    isCreated: e.type === 'PUT' && e.kv.createRevision === e.kv.modRevision,
  };
}

export interface WatcherConfig {
  client: MVCCStore;
  codec: Codec;
  versioner: Versioner;
  /** An empty object of the kind, used for bookmarks. */
  newFunc: () => Obj;
  getCurrentStorageRV: () => number;
  /** A number in [0, 1) for Go's jittered retry-after; injected to keep runs deterministic. */
  rand: () => number;
}

export class Watcher {
  constructor(private readonly cfg: WatcherConfig) {}

  /**
   * Watches key (a prefix if opts.recursive) from rev. rev 0 with no sendInitialEvents: the current state as
   * ADDED events first, then changes. rev N: changes after N, replayed from history.
   */
  watch(key: string, rev: number, opts: ListOptions): WatchInterface {
    if (opts.recursive && !key.endsWith('/')) key += '/';
    const startWatchRV = this.getStartWatchResourceVersion(rev, opts);
    const wc = new WatchChanRun(this.cfg, key, startWatchRV, opts.recursive, opts.predicate);
    wc.run(isInitialEventsEndBookmarkRequired(opts), areInitialEventsRequired(rev, opts));
    return wc.result;
  }

  private getStartWatchResourceVersion(rev: number, opts: ListOptions): number {
    if (rev > 0) return rev;
    // sendInitialEvents true (or legacy unset): a consistent list at the current revision comes first.
    if (opts.sendInitialEvents === undefined || opts.sendInitialEvents) return 0;
    // Only a stream of changes from the most recent revision on.
    return this.cfg.getCurrentStorageRV();
  }
}

function isInitialEventsEndBookmarkRequired(opts: ListOptions): boolean {
  return opts.sendInitialEvents === true && opts.predicate.allowWatchBookmarks;
}

function areInitialEventsRequired(rev: number, opts: ListOptions): boolean {
  if (opts.sendInitialEvents === undefined) return rev === 0; // legacy
  return opts.sendInitialEvents;
}

/** One watch: turns etcd events into API watch events on the result channel. */
class WatchChanRun {
  readonly result = new WatchChan();
  private readonly internalPred: SelectionPredicate;

  constructor(
    private readonly cfg: WatcherConfig,
    private readonly key: string,
    private initialRev: number,
    private readonly recursive: boolean,
    pred: SelectionPredicate,
  ) {
    this.internalPred = pred.empty() ? Everything : pred;
  }

  run(initialEventsEndBookmarkRequired: boolean, forceInitialEvents: boolean): void {
    try {
      if (this.initialRev > 0 && forceInitialEvents) {
        const currentStorageRV = this.cfg.getCurrentStorageRV();
        if (this.initialRev > currentStorageRV) {
          // wait.Jitter(1s, 3): 1-4s, truncated to whole seconds.
          const retry = Math.trunc(1 + this.cfg.rand() * 3);
          throw newTooLargeResourceVersionError(this.initialRev, currentStorageRV, retry);
        }
      }
      if (forceInitialEvents) this.sync();
      if (initialEventsEndBookmarkRequired) {
        this.process({
          key: '',
          value: '',
          rev: this.initialRev,
          isDeleted: false,
          isCreated: false,
          isInitialEventsEndBookmark: true,
        });
      }
    } catch (err) {
      this.sendError(err);
      return;
    }
    const range = this.recursive
      ? { key: this.key, rangeEnd: getPrefixRangeEnd(this.key) }
      : { key: this.key };
    const sub = this.cfg.client.watch({ ...range, startRevision: this.initialRev + 1 }, (resp) => {
      if (this.result.isClosed()) return;
      if (resp.err) {
        this.sendError(resp.err);
        return;
      }
      try {
        for (const e of resp.events) this.process(parseEvent(e));
      } catch (err) {
        this.sendError(err);
      }
    });
    this.result.onStop(() => sub.cancel());
  }

  /** Sends the current state as ADDED events; the watch then continues after the revision read. */
  private sync(): void {
    const range = this.recursive
      ? { key: this.key, rangeEnd: getPrefixRangeEnd(this.key) }
      : { key: this.key };
    const resp = this.cfg.client.range({ ...range, revision: this.initialRev });
    if (this.initialRev === 0) this.initialRev = resp.revision;
    for (const kv of resp.kvs) this.process(parseKV(kv));
  }

  private process(e: WatchEventIn): void {
    const res = this.transform(e);
    if (res) this.result.send(res);
  }

  private filter(obj: Obj): boolean {
    if (this.internalPred.empty()) return true;
    try {
      return this.internalPred.matches(obj);
    } catch {
      return false;
    }
  }

  /** The API event for an etcd event, or undefined if the predicate hides it (etcd3 watcher.go transform). */
  private transform(e: WatchEventIn): WatchEvent | undefined {
    if (e.isInitialEventsEndBookmark) {
      const object = this.cfg.newFunc();
      this.cfg.versioner.updateObject(object, e.rev);
      const meta = ensureObjectMeta(object);
      meta.annotations = {
        ...(meta.annotations as Record<string, string> | undefined),
        [initialEventsAnnotationKey]: 'true',
      };
      return { type: 'BOOKMARK', object };
    }
    const acceptAll = this.internalPred.empty();
    const curObj = e.isDeleted ? undefined : this.decodeObj(e.value, e.rev);
    // The previous object is needed for a deletion, or to see whether a filtered object used to match.
    // A deletion carries the *old* object, stamped with the deletion's revision.
    const oldObj =
      e.prevValue && (e.isDeleted || !acceptAll) ? this.decodeObj(e.prevValue, e.rev) : undefined;

    if (e.isDeleted) {
      if (!oldObj || !this.filter(oldObj)) return undefined;
      return { type: 'DELETED', object: oldObj };
    }
    if (e.isCreated) {
      if (!this.filter(curObj!)) return undefined;
      return { type: 'ADDED', object: curObj! };
    }
    if (acceptAll) return { type: 'MODIFIED', object: curObj! };
    const curObjPasses = this.filter(curObj!);
    const oldObjPasses = oldObj !== undefined && this.filter(oldObj);
    if (curObjPasses && oldObjPasses) return { type: 'MODIFIED', object: curObj! };
    if (curObjPasses) return { type: 'ADDED', object: curObj! };
    if (oldObjPasses) return { type: 'DELETED', object: oldObj };
    return undefined;
  }

  private decodeObj(data: string, rev: number): Obj {
    const obj = this.cfg.codec.decode(data);
    // Make sure the resourceVersion is the etcd revision of this event.
    this.cfg.versioner.updateObject(obj, rev);
    return obj;
  }

  /** transformErrorToEvent: one ERROR event carrying a Status, then the end of the stream. */
  private sendError(err: unknown): void {
    const interpreted = interpretWatchError(err);
    const statusErr =
      interpreted instanceof StatusError
        ? interpreted
        : newInternalError(interpreted instanceof Error ? interpreted : new Error(String(interpreted)));
    this.result.send({ type: 'ERROR', object: statusErr.status });
    this.result.close();
  }
}
