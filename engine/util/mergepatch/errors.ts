// Go twin: k8s.io/apimachinery/pkg/util/mergepatch/errors.go @ v1.34.0
// The errors of strategic merge patch. Sentinels are compared by identity, like Go's `err == ErrX`.
import { goTypeName, sprintS, sprintV } from '../fmt/value';

export class MergepatchError extends Error {
  override readonly name = 'MergepatchError';
}

export const errBadJSONDoc = new MergepatchError('invalid JSON document');
export const errNoListOfLists = new MergepatchError('lists of lists are not supported');
export const errBadPatchFormatForPrimitiveList = new MergepatchError(
  'invalid patch format of primitive list',
);
export const errBadPatchFormatForRetainKeys = new MergepatchError('invalid patch format of retainKeys');
export const errBadPatchFormatForSetElementOrderList = new MergepatchError(
  'invalid patch format of setElementOrder list',
);
export const errPatchContentNotMatchRetainKeys = new MergepatchError(
  "patch content doesn't match retainKeys list",
);
export const errUnsupportedStrategicMergePatchFormat = new MergepatchError(
  'strategic merge patch format is not supported',
);

export function errNoMergeKey(m: unknown, k: string): MergepatchError {
  return new MergepatchError(`map: ${sprintV(m)} does not contain declared merge key: ${k}`);
}

/** ErrBadArgType: `expected a <Go type>, but received a <Go type>`; `expected` is a Go type name. */
export function errBadArgType(expected: string, actual: unknown): MergepatchError {
  return new MergepatchError(`expected a ${expected}, but received a ${goTypeName(actual)}`);
}

export function errBadPatchType(t: unknown, m: unknown): MergepatchError {
  return new MergepatchError(`unknown patch type: ${sprintS(t)} in map: ${sprintV(m)}`);
}
