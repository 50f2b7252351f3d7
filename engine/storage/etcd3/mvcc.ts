// Go twin: go.etcd.io/etcd/server/v3/storage/mvcc (store, watchableStore, txn) @ etcd v3.6
//
// An in-memory etcd keyspace: one revision counter for all keys, a version history per key, an event log
// for watchers, and compaction. Synchronous and timer-free: a txn commits and notifies before it returns.
// Like a fresh etcd, the store starts at revision 1, so the first write gets revision 2.
// Keys compare as JS strings (UTF-16 code units); this equals etcd's byte order for the ASCII keys
// Kubernetes uses.

export interface KeyValue {
  readonly key: string;
  /** Revision of the write that created the key (since its last deletion). */
  readonly createRevision: number;
  /** Revision of the last write to the key: the object's resourceVersion. */
  readonly modRevision: number;
  /** Number of writes since creation; 1 right after creation, reset by deletion. */
  readonly version: number;
  readonly value: string;
  /** Lease ID the key is attached to, 0 for none. */
  readonly lease: number;
}

export type EtcdErrorCode = 'ErrCompacted' | 'ErrFutureRev' | 'ErrDuplicateKey' | 'ErrLeaseNotFound';

const etcdErrorMessages: Record<EtcdErrorCode, string> = {
  ErrCompacted: 'etcdserver: mvcc: required revision has been compacted',
  ErrFutureRev: 'etcdserver: mvcc: required revision is a future revision',
  ErrDuplicateKey: 'etcdserver: duplicate key given in txn request',
  ErrLeaseNotFound: 'etcdserver: requested lease not found',
};

/** An error as the etcd client returns it (rpctypes); messages carry the `etcdserver: ` prefix. */
export class EtcdError extends Error {
  constructor(readonly code: EtcdErrorCode) {
    super(etcdErrorMessages[code]);
    this.name = 'EtcdError';
  }
}
export const isCompactedError = (err: unknown) => err instanceof EtcdError && err.code === 'ErrCompacted';
export const isFutureRevError = (err: unknown) => err instanceof EtcdError && err.code === 'ErrFutureRev';

export interface Compare {
  key: string;
  target: 'mod' | 'create' | 'version' | 'value';
  result: '=' | '!=' | '<' | '>';
  value: number | string;
}

/** A key range: `key` alone, or [key, rangeEnd); rangeEnd '\0' means every key >= key. */
export interface KeyRange {
  key: string;
  rangeEnd?: string;
}

export interface RangeRequest extends KeyRange {
  /** Read at this revision; 0 or absent: the latest. */
  revision?: number;
  /** At most this many kvs (in key order); 0: no limit. */
  limit?: number;
  countOnly?: boolean;
}

export type RequestOp =
  | ({ type: 'range' } & RangeRequest)
  | { type: 'put'; key: string; value: string; lease?: number }
  | ({ type: 'delete' } & KeyRange);

export interface RangeResponse {
  type: 'range';
  kvs: KeyValue[];
  /** Number of keys in the range at that revision, ignoring the limit. */
  count: number;
  more: boolean;
  revision: number;
}
export interface PutResponse {
  type: 'put';
  prevKv?: KeyValue;
  revision: number;
}
export interface DeleteResponse {
  type: 'delete';
  deleted: number;
  prevKvs: KeyValue[];
  revision: number;
}
export type ResponseOp = RangeResponse | PutResponse | DeleteResponse;

export interface TxnRequest {
  compare?: Compare[];
  success?: RequestOp[];
  failure?: RequestOp[];
}
export interface TxnResponse {
  succeeded: boolean;
  /** The header revision: the txn's own revision if it wrote, else the current one. */
  revision: number;
  responses: ResponseOp[];
}

/** A change: PUT carries the new kv, DELETE a tombstone kv (key + modRevision); both the previous kv. */
export interface MvccEvent {
  type: 'PUT' | 'DELETE';
  kv: KeyValue;
  prevKv?: KeyValue;
}

export interface WatchResponse {
  /** Revision of the events (all events of one txn share it), or the current revision on cancel. */
  revision: number;
  events: MvccEvent[];
  canceled?: boolean;
  /** Set when the watch could not start because its start revision was compacted. */
  compactRevision?: number;
  err?: EtcdError;
}

export interface WatchRequest extends KeyRange {
  /** First revision to deliver; 0 or absent: only changes after now. */
  startRevision?: number;
}

export interface MvccWatcher {
  cancel(): void;
}

interface Entry {
  rev: number;
  kv: KeyValue | null; // null: tombstone
}

interface WatcherState extends KeyRange {
  handler: (resp: WatchResponse) => void;
  /** Next revision this watcher has not seen; guards against double delivery during replay. */
  nextRev: number;
  canceled: boolean;
}

/** The smallest key greater than every key with this prefix (clientv3.GetPrefixRangeEnd). */
export function getPrefixRangeEnd(prefix: string): string {
  for (let i = prefix.length - 1; i >= 0; i--) {
    const c = prefix.charCodeAt(i);
    if (c < 0xffff) return prefix.slice(0, i) + String.fromCharCode(c + 1);
  }
  return '\0'; // every key is >= an all-0xffff prefix: range to the end
}

export class MVCCStore {
  private rev = 1;
  private compactRev = 0;
  private readonly histories = new Map<string, Entry[]>();
  private readonly sortedKeys: string[] = [];
  private log: MvccEvent[] = [];
  private readonly watchers = new Set<WatcherState>();
  private readonly pendingNotifications: MvccEvent[][] = [];
  private notifying = false;
  private readonly leaseTTLs = new Map<number, number>();
  private nextLeaseID = 1;

  currentRevision(): number {
    return this.rev;
  }

  /** The last compaction revision, 0 if never compacted (etcd reports -1). */
  compactRevision(): number {
    return this.compactRev;
  }

  range(req: RangeRequest): RangeResponse {
    const at = this.readRevision(req.revision);
    return this.rangeAt(req, at, this.rev);
  }

  get(key: string, revision?: number): KeyValue | undefined {
    return this.range({ key, revision }).kvs[0];
  }

  put(key: string, value: string, lease?: number): TxnResponse {
    return this.txn({ success: [{ type: 'put', key, value, lease }] });
  }

  deleteRange(key: string, rangeEnd?: string): TxnResponse {
    return this.txn({ success: [{ type: 'delete', key, rangeEnd }] });
  }

  /** If every compare holds, applies `success` else `failure`, atomically at one new revision. */
  txn(req: TxnRequest): TxnResponse {
    const succeeded = (req.compare ?? []).every((c) => this.compare(c));
    const ops = (succeeded ? req.success : req.failure) ?? [];
    this.validateOps(ops);
    const newRev = this.rev + 1;
    const changes: MvccEvent[] = [];
    const responses = ops.map((op) => this.apply(op, newRev, changes));
    if (changes.length > 0) this.rev = newRev;
    // Header revisions are those of the whole txn, known only now.
    const revision = this.rev;
    for (const r of responses) r.revision = revision;
    if (changes.length > 0) {
      this.log.push(...changes);
      this.notify(changes);
    }
    return { succeeded, revision, responses };
  }

  /** Drops history before `revision`: reads and watches below it fail with ErrCompacted. */
  compact(revision: number): { revision: number } {
    if (revision <= this.compactRev) throw new EtcdError('ErrCompacted');
    if (revision > this.rev) throw new EtcdError('ErrFutureRev');
    this.compactRev = revision;
    for (const [key, hist] of this.histories) {
      // Keep the newest entry at or below the compaction point (the state there), unless it is a tombstone.
      let keepFrom = 0;
      for (let i = 0; i < hist.length; i++) if (hist[i]!.rev <= revision) keepFrom = i;
      let kept = hist.slice(keepFrom);
      if (kept[0] && kept[0].rev <= revision && kept[0].kv === null) kept = kept.slice(1);
      if (kept.length === 0) this.removeKey(key);
      else this.histories.set(key, kept);
    }
    this.log = this.log.filter((e) => e.kv.modRevision >= revision);
    return { revision: this.rev };
  }

  /**
   * Watches a key or range. Events from startRevision on are replayed from history first (synchronously,
   * before this returns), then live events follow in revision order. A compacted start revision yields one
   * canceled response with ErrCompacted.
   */
  watch(req: WatchRequest, handler: (resp: WatchResponse) => void): MvccWatcher {
    const start = req.startRevision && req.startRevision > 0 ? req.startRevision : this.rev + 1;
    if (start < this.compactRev) {
      handler({
        revision: this.rev,
        events: [],
        canceled: true,
        compactRevision: this.compactRev,
        err: new EtcdError('ErrCompacted'),
      });
      return { cancel: () => undefined };
    }
    const w: WatcherState = {
      key: req.key,
      rangeEnd: req.rangeEnd,
      handler,
      nextRev: start,
      canceled: false,
    };
    // Replay before subscribing: a txn committed by the handler meanwhile is appended to the log and so
    // replayed too, keeping revision order.
    let batch: MvccEvent[] = [];
    const flush = () => {
      if (batch.length === 0 || w.canceled) return;
      const revision = batch[0]!.kv.modRevision;
      w.nextRev = revision + 1;
      handler({ revision, events: batch });
      batch = [];
    };
    for (const e of this.log) {
      if (e.kv.modRevision < start || !inRange(w, e.kv.key)) continue;
      if (batch.length > 0 && batch[0]!.kv.modRevision !== e.kv.modRevision) flush();
      batch.push(e);
    }
    flush();
    if (!w.canceled) {
      w.nextRev = Math.max(w.nextRev, this.rev + 1);
      this.watchers.add(w);
    }
    return {
      cancel: () => {
        w.canceled = true;
        this.watchers.delete(w);
      },
    };
  }

  /** The event history still held (from the compaction point), optionally from a revision on. */
  events(fromRevision = 0): MvccEvent[] {
    if (fromRevision > 0 && fromRevision < this.compactRev) throw new EtcdError('ErrCompacted');
    return this.log.filter((e) => e.kv.modRevision >= fromRevision);
  }

  /** Every live key with its revisions, in key order: the keyspace as `etcdctl get --prefix ''` shows it. */
  dump(): KeyValue[] {
    return this.rangeAt({ key: '\0', rangeEnd: '\0' }, this.rev, this.rev).kvs;
  }

  /** Grants a lease for ttl seconds. Leases never expire by themselves here (no timers): revoke them. */
  grantLease(ttl: number): number {
    const id = this.nextLeaseID++;
    this.leaseTTLs.set(id, ttl);
    return id;
  }

  /** Revokes a lease, deleting the keys attached to it in one txn. */
  revokeLease(id: number): TxnResponse {
    if (!this.leaseTTLs.has(id)) throw new EtcdError('ErrLeaseNotFound');
    this.leaseTTLs.delete(id);
    const attached = this.dump().filter((kv) => kv.lease === id);
    return this.txn({ success: attached.map((kv) => ({ type: 'delete' as const, key: kv.key })) });
  }

  leases(): ReadonlyMap<number, number> {
    return this.leaseTTLs;
  }

  private readRevision(revision: number | undefined): number {
    if (!revision || revision <= 0) return this.rev;
    if (revision > this.rev) throw new EtcdError('ErrFutureRev');
    if (revision < this.compactRev) throw new EtcdError('ErrCompacted');
    return revision;
  }

  private rangeAt(req: RangeRequest, at: number, headerRev: number): RangeResponse {
    const kvs: KeyValue[] = [];
    for (const key of this.keysIn(req)) {
      const kv = latestAt(this.histories.get(key)!, at);
      if (kv) kvs.push(kv);
    }
    const count = kvs.length;
    const limited = req.limit && req.limit > 0 ? kvs.slice(0, req.limit) : kvs;
    return {
      type: 'range',
      kvs: req.countOnly ? [] : limited,
      count,
      more: !req.countOnly && limited.length < count,
      revision: headerRev,
    };
  }

  private *keysIn(r: KeyRange): Iterable<string> {
    if (r.rangeEnd === undefined || r.rangeEnd === '') {
      if (this.histories.has(r.key)) yield r.key;
      return;
    }
    for (let i = lowerBound(this.sortedKeys, r.key); i < this.sortedKeys.length; i++) {
      const k = this.sortedKeys[i]!;
      if (r.rangeEnd !== '\0' && k >= r.rangeEnd) return;
      yield k;
    }
  }

  private compare(c: Compare): boolean {
    const hist = this.histories.get(c.key);
    const kv = hist ? latestAt(hist, this.rev) : undefined;
    let actual: number | string;
    switch (c.target) {
      case 'mod':
        actual = kv?.modRevision ?? 0;
        break;
      case 'create':
        actual = kv?.createRevision ?? 0;
        break;
      case 'version':
        actual = kv?.version ?? 0;
        break;
      case 'value':
        if (!kv) return false; // etcd: a value compare on a missing key never holds
        actual = kv.value;
        break;
    }
    switch (c.result) {
      case '=':
        return actual === c.value;
      case '!=':
        return actual !== c.value;
      case '<':
        return actual < c.value;
      case '>':
        return actual > c.value;
    }
  }

  private validateOps(ops: RequestOp[]): void {
    const puts = new Set<string>();
    for (const op of ops) {
      if (op.type === 'range') this.readRevision(op.revision);
      if (op.type !== 'put') continue;
      if (puts.has(op.key)) throw new EtcdError('ErrDuplicateKey');
      puts.add(op.key);
      if (op.lease && !this.leaseTTLs.has(op.lease)) throw new EtcdError('ErrLeaseNotFound');
    }
    for (const op of ops) {
      if (op.type !== 'delete') continue;
      for (const k of puts) if (inRange(op, k)) throw new EtcdError('ErrDuplicateKey');
    }
  }

  private apply(op: RequestOp, newRev: number, changes: MvccEvent[]): ResponseOp {
    switch (op.type) {
      case 'range':
        // Inside a txn a read sees the txn's earlier writes.
        return this.rangeAt(op, op.revision && op.revision > 0 ? op.revision : Infinity, 0);
      case 'put': {
        const prevKv = this.live(op.key);
        const kv: KeyValue = Object.freeze({
          key: op.key,
          createRevision: prevKv ? prevKv.createRevision : newRev,
          modRevision: newRev,
          version: prevKv ? prevKv.version + 1 : 1,
          value: op.value,
          lease: op.lease ?? 0,
        });
        this.append(op.key, { rev: newRev, kv });
        changes.push(prevKv ? { type: 'PUT', kv, prevKv } : { type: 'PUT', kv });
        return prevKv ? { type: 'put', prevKv, revision: 0 } : { type: 'put', revision: 0 };
      }
      case 'delete': {
        const prevKvs: KeyValue[] = [];
        for (const key of [...this.keysIn(op)]) {
          const prevKv = this.live(key);
          if (!prevKv) continue;
          prevKvs.push(prevKv);
          this.append(key, { rev: newRev, kv: null });
          const tombstone: KeyValue = Object.freeze({
            key,
            createRevision: 0,
            modRevision: newRev,
            version: 0,
            value: '',
            lease: 0,
          });
          changes.push({ type: 'DELETE', kv: tombstone, prevKv });
        }
        return { type: 'delete', deleted: prevKvs.length, prevKvs, revision: 0 };
      }
    }
  }

  private live(key: string): KeyValue | undefined {
    const hist = this.histories.get(key);
    return hist ? latestAt(hist, Infinity) : undefined;
  }

  private append(key: string, entry: Entry): void {
    const hist = this.histories.get(key);
    if (hist) {
      hist.push(entry);
      return;
    }
    this.histories.set(key, [entry]);
    this.sortedKeys.splice(lowerBound(this.sortedKeys, key), 0, key);
  }

  private removeKey(key: string): void {
    this.histories.delete(key);
    const i = lowerBound(this.sortedKeys, key);
    if (this.sortedKeys[i] === key) this.sortedKeys.splice(i, 1);
  }

  /** Delivers one txn's events; a txn committed by a handler is queued so every watcher sees revision order. */
  private notify(changes: MvccEvent[]): void {
    this.pendingNotifications.push(changes);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let batch = this.pendingNotifications.shift(); batch; batch = this.pendingNotifications.shift()) {
        const revision = batch[0]!.kv.modRevision;
        for (const w of [...this.watchers]) {
          if (!this.watchers.has(w) || revision < w.nextRev) continue;
          const events = batch.filter((e) => inRange(w, e.kv.key));
          w.nextRev = revision + 1;
          if (events.length > 0) w.handler({ revision, events });
        }
      }
    } finally {
      this.notifying = false;
    }
  }
}

function inRange(r: KeyRange, key: string): boolean {
  if (r.rangeEnd === undefined || r.rangeEnd === '') return key === r.key;
  return key >= r.key && (r.rangeEnd === '\0' || key < r.rangeEnd);
}

/** The kv visible at revision `at`, or undefined if absent or deleted then. */
function latestAt(hist: Entry[], at: number): KeyValue | undefined {
  for (let i = hist.length - 1; i >= 0; i--) {
    const e = hist[i]!;
    if (e.rev <= at) return e.kv ?? undefined;
  }
  return undefined;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
