// Go twin: k8s.io/apiserver/pkg/storage/etcd3/errors.go (interpretWatchError, interpretListError) @ v1.34.0
import { newResourceExpired, StatusError } from '../../api/errors/errors';
import type { Status } from '../../api/errors/errors';
import { encodeContinue } from '../continue';
import { isCompactedError } from './mvcc';

export const watchExpired = 'The resourceVersion for the provided watch is too old.';
export const listExpired = 'The resourceVersion for the provided list is too old.';
export const continueExpired =
  'The provided continue parameter is too old to display a consistent list result. ' +
  'You can start a new list without the continue parameter.';
export const inconsistentContinue =
  'The provided continue parameter is too old to display a consistent list result. ' +
  'You can start a new list without the continue parameter, or use the continue token in this response to ' +
  'retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - ' +
  'objects that were created, modified, or deleted between the time the first chunk was returned and now may ' +
  'show up in the list.';

/** A compacted start revision becomes 410 Expired; other errors pass through. */
export function interpretWatchError(err: unknown): unknown {
  if (isCompactedError(err)) return newResourceExpired(watchExpired);
  return err;
}

/** A compacted list revision becomes 410 Expired; for a continued list, with a token to go on inconsistently. */
export function interpretListError(
  err: unknown,
  paging: boolean,
  continueKey: string,
  keyPrefix: string,
): unknown {
  if (!isCompactedError(err)) return err;
  if (paging) return handleCompactedErrorForPaging(continueKey, keyPrefix);
  return newResourceExpired(listExpired);
}

function handleCompactedErrorForPaging(continueKey: string, keyPrefix: string): StatusError {
  // rv -1 in a token means "continue at the latest revision"; 0 would be indistinguishable from a bad token.
  let newToken: string;
  try {
    newToken = encodeContinue(continueKey, keyPrefix, -1);
  } catch {
    return newResourceExpired(continueExpired);
  }
  const status = newResourceExpired(inconsistentContinue).status;
  // Status.metadata is a ListMeta: the fresh token goes in `continue`.
  const metadata = { continue: newToken } as unknown as Status['metadata'];
  return new StatusError({ ...status, metadata });
}
