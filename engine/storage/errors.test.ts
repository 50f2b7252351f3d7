// Go twin: k8s.io/apiserver/pkg/storage/errors_test.go + errors/storage.go @ v1.34.0
import { describe, expect, it } from 'vitest';
import type { StatusError } from '../api/errors/errors';
import {
  isConflict,
  isInvalidObj,
  isNotFound,
  isTooLargeResourceVersion,
  newInternalError,
  newInvalidObjError,
  newKeyNotFoundError,
  newResourceVersionConflictsError,
  newTimeoutError,
  newTooLargeResourceVersionError,
  newUnreachableError,
} from './errors';
import {
  interpretCreateError,
  interpretDeleteError,
  interpretGetError,
  interpretListError,
  interpretUpdateError,
} from './errors/storage';

const pods = { group: '', resource: 'pods' };
const deployments = { group: 'apps', resource: 'deployments' };
const status = (e: unknown) => (e as StatusError).status;

describe('storage errors', () => {
  it('prints like Go StorageError.Error()', () => {
    expect(newKeyNotFoundError('/registry/pods/ns/a', 0).message).toBe(
      'StorageError: key not found, Code: 1, Key: /registry/pods/ns/a, ResourceVersion: 0, AdditionalErrorMsg: <nil>',
    );
    expect(newTimeoutError('/k', 'request did not complete within requested timeout').message).toBe(
      'StorageError: request timeout, Code: 6, Key: /k, ResourceVersion: 0, AdditionalErrorMsg: request did not complete within requested timeout',
    );
  });

  it('classifies through wrapping causes, like errors.As', () => {
    const wrapped = new Error('outer', { cause: newKeyNotFoundError('/k', 0) });
    expect(isNotFound(wrapped)).toBe(true);
    expect(isConflict(wrapped)).toBe(false);
    expect(isInvalidObj(newInvalidObjError('/k', 'x'))).toBe(true);
  });

  it('builds the Too large resource version timeout with its cause and retry-after', () => {
    const err = newTooLargeResourceVersionError(10, 5, 2);
    expect(JSON.stringify(err.status)).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",' +
        '"message":"Timeout: Too large resource version: 10, current: 5","reason":"Timeout",' +
        '"details":{"retryAfterSeconds":2,"causes":[{"reason":"ResourceVersionTooLarge","message":"Too large resource version"}]},' +
        '"code":504}',
    );
    expect(isTooLargeResourceVersion(err)).toBe(true);
    expect(isTooLargeResourceVersion(new Error('x'))).toBe(false);
  });

  it.each([
    ['get', () => interpretGetError(newKeyNotFoundError('/k', 0), pods, 'a'), 404, 'pods "a" not found'],
    ['list', () => interpretListError(newKeyNotFoundError('/k', 0), pods), 404, 'pods "" not found'],
    [
      'create on unreachable',
      () => interpretCreateError(newUnreachableError('/k', 0), deployments, 'w'),
      500,
      'The create operation against deployments.apps could not be completed at this time, please try again.',
    ],
    [
      'update conflict',
      () => interpretUpdateError(newResourceVersionConflictsError('/k', 3), deployments, 'w'),
      409,
      'Operation cannot be fulfilled on deployments.apps "w": StorageError: resource version conflicts, Code: 3, Key: /k, ResourceVersion: 3, AdditionalErrorMsg: <nil>',
    ],
    [
      'delete internal',
      () => interpretDeleteError(newInternalError(new Error('boom')), pods, 'a'),
      500,
      'Internal error occurred: boom',
    ],
  ])('interprets %s', (_name, fn, code, message) => {
    const s = status(fn());
    expect(s.code).toBe(code);
    expect(s.message).toBe(message);
  });

  it('passes unknown errors through unchanged', () => {
    const e = new Error('other');
    expect(interpretGetError(e, pods, 'a')).toBe(e);
  });
});
