// Go twin: k8s.io/apiserver/pkg/storage/interfaces.go (Interface, Versioner, Preconditions, options) @ v1.34.0
import { newInternalError, newInvalidObjError } from './errors';
import type { Obj } from './object';
import { metaString, objectMeta } from './object';
import type { SelectionPredicate } from './selectionPredicate';
import type { WatchInterface } from './watch';

export type { Obj } from './object';
export { Everything, SelectionPredicate } from './selectionPredicate';
export type { AttrFunc, Attrs, Selector, SelectionPredicateInit } from './selectionPredicate';
export type { EventType, WatchEvent, WatchInterface } from './watch';

/**
 * Moves storage metadata (the revision) in and out of API objects. Updating an object twice with the same
 * data except resourceVersion and selfLink must be a no-op. Revisions are plain numbers here (Go: uint64);
 * etcd revisions stay far below 2^53.
 */
export interface Versioner {
  updateObject(obj: Obj, resourceVersion: number): void;
  updateList(list: Obj, resourceVersion: number, continueValue: string, remainingItemCount?: number): void;
  prepareObjectForStorage(obj: Obj): void;
  objectResourceVersion(obj: Obj): number;
  parseResourceVersion(resourceVersion: string): number;
}

/** The storage codec: encode to the storage version's bytes, decode (+ default + convert) to a fresh object. */
export interface Codec {
  encode(obj: Obj): string;
  decode(data: string): Obj;
}

/** Database metadata of the object handed to an UpdateFunc. */
export interface ResponseMeta {
  /** Always 0 from etcd3, as upstream. */
  ttl: number;
  resourceVersion: number;
}

export type MaybePromise<T> = T | Promise<T>;

/** Computes the new object from the current one; throwing aborts the update. A ttl changes the lease. */
export type UpdateFunc = (input: Obj, res: ResponseMeta) => MaybePromise<{ obj: Obj; ttl?: number }>;

/** Runs on the object about to be deleted; throwing aborts. It must not modify the object. */
export type ValidateObjectFunc = (obj: Obj) => MaybePromise<void>;
export const validateAllObjectFunc: ValidateObjectFunc = () => undefined;

export interface PreconditionsInit {
  uid?: string;
  resourceVersion?: string;
}

/** Must hold before an update or delete is carried out. */
export class Preconditions {
  readonly uid?: string;
  readonly resourceVersion?: string;

  constructor(init: PreconditionsInit = {}) {
    if (init.uid !== undefined) this.uid = init.uid;
    if (init.resourceVersion !== undefined) this.resourceVersion = init.resourceVersion;
  }

  /** Throws an InvalidObj StorageError (registry: 409 Conflict) when a precondition fails. */
  check(key: string, obj: Obj): void {
    if (!objectMeta(obj) && obj.metadata !== undefined) {
      throw newInternalError(
        new Error(
          `can't enforce preconditions ${JSON.stringify(this)} on un-introspectable object ${JSON.stringify(obj)}`,
        ),
      );
    }
    const uid = metaString(obj, 'uid');
    if (this.uid !== undefined && this.uid !== uid) {
      throw newInvalidObjError(
        key,
        `Precondition failed: UID in precondition: ${this.uid}, UID in object meta: ${uid}`,
      );
    }
    const rv = metaString(obj, 'resourceVersion');
    if (this.resourceVersion !== undefined && this.resourceVersion !== rv) {
      throw newInvalidObjError(
        key,
        `Precondition failed: ResourceVersion in precondition: ${this.resourceVersion}, ResourceVersion in object meta: ${rv}`,
      );
    }
  }
}

export const newUIDPreconditions = (uid: string) => new Preconditions({ uid });

export interface GetOptions {
  /** A "not older than" constraint; '' means the latest. */
  resourceVersion?: string;
  /** Return the zero object instead of a NotFound error. */
  ignoreNotFound?: boolean;
}

/** metav1.ResourceVersionMatch; '' is the legacy semantics. */
export type ResourceVersionMatch = 'Exact' | 'NotOlderThan' | '';

export interface ListOptions {
  resourceVersion?: string;
  resourceVersionMatch?: ResourceVersionMatch;
  predicate: SelectionPredicate;
  /** false: `key` names one object; true: `key` is a prefix (a trailing '/' is added). */
  recursive: boolean;
  /** Storage-originated bookmarks; accepted but never produced (the simulator has no timers). */
  progressNotify?: boolean;
  /** With watch: start with synthetic ADDED events for the current state (undefined: legacy rules). */
  sendInitialEvents?: boolean;
}

export interface ListResult {
  items: Obj[];
  /** The revision the list was read at. */
  resourceVersion: string;
  continue?: string;
  /** Set only when a limit cut the list and the predicate filters nothing. */
  remainingItemCount?: number;
}

export interface Stats {
  objectCount: number;
}

/** storage.Interface: the seam between the generic registry and a concrete store (etcd3, later a cache). */
export interface Interface {
  versioner(): Versioner;
  /** Adds obj at key unless the key exists; returns the stored object with its resourceVersion. */
  create(key: string, obj: Obj, ttl?: number): Promise<Obj>;
  /** Removes key after checking preconditions and validateDeletion; returns the last state. */
  delete(
    key: string,
    preconditions: Preconditions | null | undefined,
    validateDeletion: ValidateObjectFunc,
    cachedExistingObject?: Obj,
  ): Promise<Obj>;
  watch(key: string, opts: ListOptions): Promise<WatchInterface>;
  get(key: string, opts: GetOptions): Promise<Obj>;
  getList(key: string, opts: ListOptions): Promise<ListResult>;
  /**
   * Calls tryUpdate on the current object and writes the result, retrying on conflicts with fresh state.
   * If the result encodes to the stored bytes, nothing is written and resourceVersion stays.
   */
  guaranteedUpdate(
    key: string,
    ignoreNotFound: boolean,
    preconditions: Preconditions | null | undefined,
    tryUpdate: UpdateFunc,
    cachedExistingObject?: Obj,
  ): Promise<Obj>;
  stats(): Promise<Stats>;
  readinessCheck(): Promise<void>;
  getCurrentResourceVersion(): Promise<number>;
  compactRevision(): number;
}
