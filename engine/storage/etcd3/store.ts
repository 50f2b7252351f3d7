// Go twin: k8s.io/apiserver/pkg/storage/etcd3/store.go (store) @ v1.34.0
import type { GroupResource } from '../../api/errors/errors';
import { newBadRequest } from '../../api/errors/errors';
import { APIObjectVersioner, parseUint64 } from '../apiObjectVersioner';
import { pathClean, prepareContinueToken } from '../continue';
import {
  errResourceVersionSetOnCreate,
  newKeyExistsError,
  newKeyNotFoundError,
  newTooLargeResourceVersionError,
} from '../errors';
import type {
  Codec,
  GetOptions,
  Interface,
  ListOptions,
  ListResult,
  Obj,
  Preconditions,
  ResponseMeta,
  Stats,
  UpdateFunc,
  ValidateObjectFunc,
  Versioner,
} from '../interfaces';
import { prepareKey, validateListOptions } from '../util';
import type { WatchInterface } from '../watch';
import { interpretListError } from './errors';
import { getPrefixRangeEnd, isFutureRevError } from './mvcc';
import type { KeyValue, MVCCStore, RangeResponse } from './mvcc';
import { Watcher } from './watcher';

/** The largest page the list loop grows to when a selector drops objects. */
const maxLimit = 10000;

export interface StoreConfig {
  /** The etcd keyspace, shared by every resource's store so that revisions are global. */
  client: MVCCStore;
  codec: Codec;
  /** --etcd-prefix, e.g. `/registry`. */
  prefix: string;
  /** The resource's own prefix below it, e.g. `/pods` (used by stats). */
  resourcePrefix: string;
  groupResource: GroupResource;
  /** An empty object of the kind: the zero value for ignoreNotFound, and bookmarks. Default `{}`. */
  newFunc?: () => Obj;
  versioner?: Versioner;
  /** Random numbers in [0, 1) for jittered retries; default 0 keeps runs deterministic. */
  rand?: () => number;
}

/** What a read of one key yields (Go's objState); `data` is the stored bytes. */
interface ObjState {
  obj: Obj;
  meta: ResponseMeta;
  rev: number;
  data: string | undefined;
  /** Whether the transformer wants the bytes rewritten; always false here (no encryption at rest). */
  stale: boolean;
}

/** storage.Interface over the MVCC keyspace, faithful to the etcd3 store's protocol. */
export class Store implements Interface {
  private readonly client: MVCCStore;
  private readonly codec: Codec;
  private readonly versionerImpl: Versioner;
  private readonly pathPrefix: string;
  private readonly resourcePrefix: string;
  private readonly newFunc: () => Obj;
  private readonly watcher: Watcher;

  constructor(cfg: StoreConfig) {
    // path.Join("/", prefix) plus a trailing '/', so keys concatenate without doubling slashes.
    let pathPrefix = pathClean('/' + cfg.prefix);
    if (!pathPrefix.endsWith('/')) pathPrefix += '/';
    if (cfg.resourcePrefix === '') throw new Error('resourcePrefix cannot be empty');
    if (cfg.resourcePrefix === '/') throw new Error('resourcePrefix cannot be /');
    if (!cfg.resourcePrefix.startsWith('/')) throw new Error('resourcePrefix needs to start from /');
    this.client = cfg.client;
    this.codec = cfg.codec;
    this.versionerImpl = cfg.versioner ?? new APIObjectVersioner();
    this.pathPrefix = pathPrefix;
    this.resourcePrefix = cfg.resourcePrefix;
    this.newFunc = cfg.newFunc ?? (() => ({}));
    this.watcher = new Watcher({
      client: cfg.client,
      codec: cfg.codec,
      versioner: this.versionerImpl,
      newFunc: this.newFunc,
      getCurrentStorageRV: () => this.client.currentRevision(),
      rand: cfg.rand ?? (() => 0),
    });
  }

  versioner(): Versioner {
    return this.versionerImpl;
  }

  compactRevision(): number {
    return this.client.compactRevision();
  }

  async get(key: string, opts: GetOptions): Promise<Obj> {
    const preparedKey = this.prepareKey(key, false);
    const resp = this.client.range({ key: preparedKey });
    this.validateMinimumResourceVersion(opts.resourceVersion ?? '', resp.revision);
    const kv = resp.kvs[0];
    if (!kv) {
      if (opts.ignoreNotFound) return this.newFunc();
      throw newKeyNotFoundError(preparedKey, 0);
    }
    return this.decode(kv.value, kv.modRevision);
  }

  async create(key: string, obj: Obj, ttl = 0): Promise<Obj> {
    const preparedKey = this.prepareKey(key, false);
    // An unparsable resourceVersion is not an error here: it is simply cleared below, as upstream.
    let version = 0;
    try {
      version = this.versionerImpl.objectResourceVersion(obj);
    } catch {
      version = 0;
    }
    if (version !== 0) throw errResourceVersionSetOnCreate;
    // Like Go, this clears resourceVersion and selfLink on the caller's object.
    this.versionerImpl.prepareObjectForStorage(obj);
    const data = this.codec.encode(obj);
    const lease = this.leaseFor(ttl);
    // OptimisticPut with expected revision 0: succeed only if the key does not exist.
    const txnResp = this.client.txn({
      compare: [{ key: preparedKey, target: 'mod', result: '=', value: 0 }],
      success: [{ type: 'put', key: preparedKey, value: data, lease }],
    });
    if (!txnResp.succeeded) throw newKeyExistsError(preparedKey, 0);
    return this.decode(data, txnResp.revision);
  }

  async delete(
    key: string,
    preconditions: Preconditions | null | undefined,
    validateDeletion: ValidateObjectFunc,
    cachedExistingObject?: Obj,
  ): Promise<Obj> {
    const preparedKey = this.prepareKey(key, false);
    return this.conditionalDelete(preparedKey, preconditions, validateDeletion, cachedExistingObject);
  }

  private async conditionalDelete(
    key: string,
    preconditions: Preconditions | null | undefined,
    validateDeletion: ValidateObjectFunc,
    cachedExistingObject: Obj | undefined,
  ): Promise<Obj> {
    const getCurrentState = () => this.getState(this.client.range({ key }).kvs[0], key, false);
    let origState = cachedExistingObject ? this.getStateFromObject(cachedExistingObject) : getCurrentState();
    let origStateIsCurrent = !cachedExistingObject;

    for (;;) {
      // A failed check on possibly stale (cached) state is retried once against the current state.
      let checkErr: unknown;
      try {
        preconditions?.check(key, origState.obj);
        await validateDeletion(origState.obj);
      } catch (err) {
        checkErr = err;
      }
      if (checkErr !== undefined) {
        if (origStateIsCurrent) throw checkErr;
        const cachedRev = origState.rev;
        origState = getCurrentState();
        origStateIsCurrent = true;
        if (cachedRev === origState.rev) throw checkErr;
        continue;
      }

      // OptimisticDelete with GetOnFailure.
      const txnResp = this.client.txn({
        compare: [{ key, target: 'mod', result: '=', value: origState.rev }],
        success: [{ type: 'delete', key }],
        failure: [{ type: 'range', key }],
      });
      if (!txnResp.succeeded) {
        // Deletion of key failed because of a conflict: retry with the state the txn read.
        origState = this.getState((txnResp.responses[0] as RangeResponse).kvs[0], key, false);
        origStateIsCurrent = true;
        continue;
      }
      // The last state, stamped with the deletion's revision.
      return this.decode(origState.data!, txnResp.revision);
    }
  }

  async guaranteedUpdate(
    key: string,
    ignoreNotFound: boolean,
    preconditions: Preconditions | null | undefined,
    tryUpdate: UpdateFunc,
    cachedExistingObject?: Obj,
  ): Promise<Obj> {
    const preparedKey = this.prepareKey(key, false);
    const getCurrentState = () =>
      this.getState(this.client.range({ key: preparedKey }).kvs[0], preparedKey, ignoreNotFound);
    let origState = cachedExistingObject ? this.getStateFromObject(cachedExistingObject) : getCurrentState();
    let origStateIsCurrent = !cachedExistingObject;

    for (;;) {
      try {
        preconditions?.check(preparedKey, origState.obj);
      } catch (err) {
        if (origStateIsCurrent) throw err;
        // Possibly stale data: fetch and retry.
        origState = getCurrentState();
        origStateIsCurrent = true;
        continue;
      }

      let ret: Obj;
      let ttl: number;
      try {
        ({ obj: ret, ttl } = await this.updateState(origState, tryUpdate));
      } catch (err) {
        if (origStateIsCurrent) throw err;
        const cachedRev = origState.rev;
        origState = getCurrentState();
        origStateIsCurrent = true;
        // The cached data was not stale after all: the error stands.
        if (cachedRev === origState.rev) throw err;
        continue;
      }

      const data = this.codec.encode(ret);
      if (!origState.stale && data === origState.data) {
        // A no-op update writes nothing. If the original read was skipped, confirm against etcd first.
        if (!origStateIsCurrent) {
          origState = getCurrentState();
          origStateIsCurrent = true;
          if (data !== origState.data) continue;
        }
        if (!origState.stale) return this.decode(origState.data!, origState.rev);
      }

      // OptimisticPut on the revision read, with GetOnFailure.
      const lease = this.leaseFor(ttl);
      const txnResp = this.client.txn({
        compare: [{ key: preparedKey, target: 'mod', result: '=', value: origState.rev }],
        success: [{ type: 'put', key: preparedKey, value: data, lease }],
        failure: [{ type: 'range', key: preparedKey }],
      });
      if (!txnResp.succeeded) {
        // GuaranteedUpdate failed because of a conflict: retry with the state the txn read.
        origState = this.getState(
          (txnResp.responses[0] as RangeResponse).kvs[0],
          preparedKey,
          ignoreNotFound,
        );
        origStateIsCurrent = true;
        continue;
      }
      return this.decode(data, txnResp.revision);
    }
  }

  async getList(key: string, opts: ListOptions): Promise<ListResult> {
    const keyPrefix = this.prepareKey(key, opts.recursive);
    const pred = opts.predicate;
    let limit = pred.limit;
    const paging = pred.limit > 0;
    let { withRev, continueKey } = validateListOptions(keyPrefix, this.versionerImpl, opts);

    const items: Obj[] = [];
    let lastKey = '';
    let hasMore = false;
    let resp: RangeResponse;
    // Loop until the requested limit is filled or etcd has no more results.
    for (;;) {
      resp = this.listOnce(keyPrefix, withRev, limit, continueKey, opts);
      this.validateMinimumResourceVersion(opts.resourceVersion ?? '', resp.revision);
      hasMore = resp.kvs.length < resp.count;
      // Report the revision read, and read every further page at that same revision.
      if (withRev === 0) withRev = resp.revision;

      for (const kv of resp.kvs) {
        if (paging && items.length >= pred.limit) {
          hasMore = true;
          break;
        }
        lastKey = kv.key;
        const obj = this.decode(kv.value, kv.modRevision);
        let matched = false;
        try {
          matched = pred.matches(obj);
        } catch {
          matched = false;
        }
        if (matched) items.push(obj);
      }
      continueKey = lastKey + '\x00';

      if (!hasMore || !paging) break;
      if (items.length >= pred.limit) break;
      // A selector dropped objects: double the page to need fewer round trips.
      if (limit < maxLimit) limit = Math.min(limit * 2, maxLimit);
    }

    const { continueValue, remainingItemCount } = prepareContinueToken(
      lastKey,
      keyPrefix,
      withRev,
      resp.count,
      hasMore,
      opts,
    );
    const result: ListResult = { items, resourceVersion: String(withRev) };
    if (continueValue) result.continue = continueValue;
    if (remainingItemCount !== undefined) result.remainingItemCount = remainingItemCount;
    return result;
  }

  /** One etcd read of a list page (store.getList): a prefix range, or a single key. */
  private listOnce(
    keyPrefix: string,
    withRev: number,
    limit: number,
    continueKey: string,
    opts: ListOptions,
  ): RangeResponse {
    try {
      if (opts.recursive) {
        return this.client.range({
          key: continueKey || keyPrefix,
          rangeEnd: getPrefixRangeEnd(keyPrefix),
          revision: withRev,
          limit,
        });
      }
      return this.client.range({ key: keyPrefix, revision: withRev });
    } catch (err) {
      if (isFutureRevError(err)) {
        throw newTooLargeResourceVersionError(withRev, this.client.currentRevision(), 0);
      }
      throw interpretListError(err, opts.predicate.continue.length > 0, continueKey, keyPrefix);
    }
  }

  async watch(key: string, opts: ListOptions): Promise<WatchInterface> {
    const preparedKey = this.prepareKey(key, opts.recursive);
    const rev = this.versionerImpl.parseResourceVersion(opts.resourceVersion ?? '');
    return this.watcher.watch(preparedKey, rev, opts);
  }

  async stats(): Promise<Stats> {
    const prefix = this.prepareKey(this.resourcePrefix, true);
    const resp = this.client.range({ key: prefix, rangeEnd: getPrefixRangeEnd(prefix), countOnly: true });
    return { objectCount: resp.count };
  }

  async readinessCheck(): Promise<void> {}

  /** The latest revision of the whole keyspace: what a list of this resource would report. */
  async getCurrentResourceVersion(): Promise<number> {
    const rv = this.client.currentRevision();
    if (rv === 0) throw new Error('the current resource version must be greater than 0');
    return rv;
  }

  private getState(kv: KeyValue | undefined, key: string, ignoreNotFound: boolean): ObjState {
    if (!kv) {
      if (!ignoreNotFound) throw newKeyNotFoundError(key, 0);
      return {
        obj: this.newFunc(),
        meta: { ttl: 0, resourceVersion: 0 },
        rev: 0,
        data: undefined,
        stale: false,
      };
    }
    return {
      obj: this.decode(kv.value, kv.modRevision),
      meta: { ttl: 0, resourceVersion: kv.modRevision },
      rev: kv.modRevision,
      data: kv.value,
      stale: false,
    };
  }

  /** State from a cached object: its bytes are recomputed, since resourceVersion is never stored. */
  private getStateFromObject(obj: Obj): ObjState {
    let rv: number;
    try {
      rv = this.versionerImpl.objectResourceVersion(obj);
    } catch (err) {
      throw new Error(`couldn't get resource version: ${(err as Error).message}`);
    }
    this.versionerImpl.prepareObjectForStorage(obj);
    const data = this.codec.encode(obj);
    this.versionerImpl.updateObject(obj, rv);
    return { obj, meta: { ttl: 0, resourceVersion: rv }, rev: rv, data, stale: false };
  }

  private async updateState(st: ObjState, userUpdate: UpdateFunc): Promise<{ obj: Obj; ttl: number }> {
    const { obj, ttl } = await userUpdate(st.obj, { ...st.meta });
    this.versionerImpl.prepareObjectForStorage(obj);
    return { obj, ttl: ttl ?? 0 };
  }

  /**
   * A lease for a non-zero ttl (0: none). Upstream's leaseManager shares one lease among many keys; here
   * each write gets its own, and leases only end when revoked (no timers).
   */
  private leaseFor(ttl: number): number {
    return ttl > 0 ? this.client.grantLease(ttl) : 0;
  }

  /** Enforces "the result is at least as new as resourceVersion": a newer minimum is 504 Too large. */
  private validateMinimumResourceVersion(minimumResourceVersion: string, actualRevision: number): void {
    if (minimumResourceVersion === '') return;
    let minimumRV: bigint;
    try {
      this.versionerImpl.parseResourceVersion(minimumResourceVersion);
      minimumRV = minimumResourceVersion === '0' ? 0n : parseUint64(minimumResourceVersion);
    } catch (err) {
      throw newBadRequest(`invalid resource version: ${(err as Error).message}`);
    }
    if (minimumRV > BigInt(actualRevision))
      throw newTooLargeResourceVersionError(minimumRV, actualRevision, 0);
  }

  private prepareKey(key: string, recursive: boolean): string {
    const k = prepareKey(key, recursive);
    // pathPrefix ends in '/', so drop the key's leading one.
    return this.pathPrefix + (k.startsWith('/') ? k.slice(1) : k);
  }

  private decode(data: string, rev: number): Obj {
    const obj = this.codec.decode(data);
    this.versionerImpl.updateObject(obj, rev);
    return obj;
  }
}
