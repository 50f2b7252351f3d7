// Go twin: k8s.io/apiserver/pkg/storage/errors.go (StorageError, InvalidError, InternalError) @ v1.34.0
import { newTimeoutError as newAPITimeoutError, StatusError, isTimeout } from '../api/errors/errors';
import type { Status, StatusCause } from '../api/errors/errors';
import { aggregateMessage } from '../util/validation/field/errors';
import type { FieldError } from '../util/validation/field/errors';

/** Sentinel errors, compared by identity as Go compares them with ==. */
export const errResourceVersionSetOnCreate = new Error(
  'resourceVersion should not be set on objects to be created',
);
export const errStorageNotReady = new Error('storage not ready');

export const errCodeKeyNotFound = 1;
export const errCodeKeyExists = 2;
export const errCodeResourceVersionConflicts = 3;
export const errCodeInvalidObj = 4;
export const errCodeUnreachable = 5;
export const errCodeTimeout = 6;
export const errCodeCorruptObj = 7;

const errCodeToMessage: Record<number, string> = {
  [errCodeKeyNotFound]: 'key not found',
  [errCodeKeyExists]: 'key exists',
  [errCodeResourceVersionConflicts]: 'resource version conflicts',
  [errCodeInvalidObj]: 'invalid object',
  [errCodeUnreachable]: 'server unreachable',
  [errCodeTimeout]: 'request timeout',
  [errCodeCorruptObj]: 'corrupt object',
};

/** A storage-level error; the registry turns it into an API Status with storage/errors interpret*. */
export class StorageError extends Error {
  constructor(
    readonly code: number,
    readonly key: string,
    readonly resourceVersion: number,
    /** Go's inner `err`: printed as AdditionalErrorMsg, `<nil>` when absent (Go's %v of a nil error). */
    readonly err?: Error,
  ) {
    super(
      `StorageError: ${errCodeToMessage[code] ?? ''}, Code: ${code}, Key: ${key}, ResourceVersion: ${resourceVersion}, ` +
        `AdditionalErrorMsg: ${err ? err.message : '<nil>'}`,
      err ? { cause: err } : undefined,
    );
    this.name = 'StorageError';
  }
}

export const newKeyNotFoundError = (key: string, rv: number) => new StorageError(errCodeKeyNotFound, key, rv);
export const newKeyExistsError = (key: string, rv: number) => new StorageError(errCodeKeyExists, key, rv);
export const newResourceVersionConflictsError = (key: string, rv: number) =>
  new StorageError(errCodeResourceVersionConflicts, key, rv);
export const newUnreachableError = (key: string, rv: number) => new StorageError(errCodeUnreachable, key, rv);
export const newTimeoutError = (key: string, msg: string) =>
  new StorageError(errCodeTimeout, key, 0, new Error(msg));
export const newInvalidObjError = (key: string, msg: string) =>
  new StorageError(errCodeInvalidObj, key, 0, new Error(msg));
/** The object read from storage could not be transformed or decoded. */
export const newCorruptObjError = (key: string, err: Error) =>
  new StorageError(errCodeCorruptObj, key, 0, err);

/** errors.As over the `cause` chain, like Go's isErrCode. */
function storageErrorOf(err: unknown): StorageError | undefined {
  for (let e = err; e instanceof Error; e = e.cause) {
    if (e instanceof StorageError) return e;
  }
  return undefined;
}
const isErrCode = (err: unknown, code: number) => storageErrorOf(err)?.code === code;

export const isNotFound = (err: unknown) => isErrCode(err, errCodeKeyNotFound);
export const isExist = (err: unknown) => isErrCode(err, errCodeKeyExists);
export const isUnreachable = (err: unknown) => isErrCode(err, errCodeUnreachable);
export const isConflict = (err: unknown) => isErrCode(err, errCodeResourceVersionConflicts);
export const isRequestTimeout = (err: unknown) => isErrCode(err, errCodeTimeout);
export const isInvalidObj = (err: unknown) => isErrCode(err, errCodeInvalidObj);
export const isCorruptObject = (err: unknown) => isErrCode(err, errCodeCorruptObj);

/** An invalid API object met in the storage package (e.g. a malformed resourceVersion). */
export class InvalidError extends Error {
  constructor(readonly errs: readonly FieldError[]) {
    super(aggregateMessage(errs));
    this.name = 'InvalidError';
  }
}
export const newInvalidError = (errs: readonly FieldError[]) => new InvalidError(errs);
export const isInvalidError = (err: unknown): err is InvalidError => err instanceof InvalidError;

/** An error raised by the storage package itself, not by the backend; Error() is the reason. */
export class InternalError extends Error {
  constructor(
    readonly reason: string,
    readonly err?: Error,
  ) {
    super(reason, err ? { cause: err } : undefined);
    this.name = 'InternalError';
  }
}
export const newInternalError = (err: Error) => new InternalError(err.message, err);
export const isInternalError = (err: unknown): err is InternalError => err instanceof InternalError;

/** metav1.CauseTypeResourceVersionTooLarge */
export const causeTypeResourceVersionTooLarge = 'ResourceVersionTooLarge';
const tooLargeResourceVersionCauseMsg = 'Too large resource version';

/**
 * A 504 Timeout for a request whose minimum resourceVersion is ahead of storage; the client should retry.
 * Built on apierrors.NewTimeoutError with one extra cause, as Go does.
 */
export function newTooLargeResourceVersionError(
  minimumResourceVersion: number | bigint,
  currentRevision: number | bigint,
  retrySeconds: number,
): StatusError {
  const base = newAPITimeoutError(
    `Too large resource version: ${minimumResourceVersion}, current: ${currentRevision}`,
    retrySeconds,
  ).status;
  const causes: StatusCause[] = [
    { reason: causeTypeResourceVersionTooLarge, message: tooLargeResourceVersionCauseMsg },
  ];
  // Rebuilt field by field so that `details` keeps its place before `code` on the wire.
  const status: Status = {
    kind: base.kind,
    apiVersion: base.apiVersion,
    metadata: base.metadata,
    status: base.status,
    message: base.message,
    reason: base.reason,
    details: { ...base.details, causes },
    code: base.code,
  };
  return new StatusError(status);
}

export function isTooLargeResourceVersion(err: unknown): boolean {
  if (!isTimeout(err) || !(err instanceof StatusError)) return false;
  return (err.status.details?.causes ?? []).some((c) => c.reason === causeTypeResourceVersionTooLarge);
}
