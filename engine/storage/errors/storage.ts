// Go twin: k8s.io/apiserver/pkg/storage/errors/storage.go (Interpret*Error) @ v1.34.0
import {
  newAlreadyExists,
  newConflict,
  newInternalError,
  newInvalid,
  newNotFound,
  newServerTimeout,
} from '../../api/errors/errors';
import type { GroupResource } from '../../api/errors/errors';
import {
  isConflict,
  isCorruptObject,
  isExist,
  isInternalError,
  isInvalidError,
  isInvalidObj,
  isNotFound,
  isRequestTimeout,
  isUnreachable,
} from '../errors';

// Go returns unknown errors unchanged; these helpers keep that contract (callers rethrow the result).
const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** Converts a storage error from a list into an API error. */
export function interpretListError(err: unknown, qualifiedResource: GroupResource): unknown {
  if (isNotFound(err)) return newNotFound(qualifiedResource, '');
  // TODO (upstream): make the retry configurable or handle it at a higher level.
  if (isUnreachable(err) || isRequestTimeout(err)) return newServerTimeout(qualifiedResource, 'list', 2);
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}

/** Converts a storage error from a get into an API error. */
export function interpretGetError(err: unknown, qualifiedResource: GroupResource, name: string): unknown {
  if (isNotFound(err)) return newNotFound(qualifiedResource, name);
  if (isUnreachable(err)) return newServerTimeout(qualifiedResource, 'get', 2);
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}

/** Converts a storage error from a create into an API error. */
export function interpretCreateError(err: unknown, qualifiedResource: GroupResource, name: string): unknown {
  if (isExist(err)) return newAlreadyExists(qualifiedResource, name);
  if (isUnreachable(err)) return newServerTimeout(qualifiedResource, 'create', 2);
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}

/** Converts a storage error from an update into an API error; failed preconditions become 409. */
export function interpretUpdateError(err: unknown, qualifiedResource: GroupResource, name: string): unknown {
  if (isConflict(err) || isExist(err) || isInvalidObj(err))
    return newConflict(qualifiedResource, name, asError(err));
  if (isUnreachable(err)) return newServerTimeout(qualifiedResource, 'update', 2);
  if (isNotFound(err)) return newNotFound(qualifiedResource, name);
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}

/** Converts a storage error from a delete into an API error; failed preconditions become 409. */
export function interpretDeleteError(err: unknown, qualifiedResource: GroupResource, name: string): unknown {
  if (isNotFound(err)) return newNotFound(qualifiedResource, name);
  if (isUnreachable(err)) return newServerTimeout(qualifiedResource, 'delete', 2);
  if (isConflict(err) || isExist(err) || isInvalidObj(err))
    return newConflict(qualifiedResource, name, asError(err));
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}

/** Converts a storage error from a watch into an API error; a bad resourceVersion becomes 422. */
export function interpretWatchError(err: unknown, resource: GroupResource, name: string): unknown {
  // Go builds the GroupKind from the resource name, so `kind` here is the plural.
  if (isInvalidError(err))
    return newInvalid({ group: resource.group, kind: resource.resource }, name, err.errs);
  if (isInternalError(err) || isCorruptObject(err)) return newInternalError(asError(err));
  return err;
}
