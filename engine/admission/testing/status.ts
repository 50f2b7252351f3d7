// Test helper (no Go twin): the API Status an admission call ends with, as the handler would write it.
import { errorToAPIStatus, type Status } from '../../api/errors/errors';

/** null when the call passes, else the Status its error becomes (errors.APIStatus / ErrorToAPIStatus). */
export async function statusOf(call: () => unknown): Promise<Status | null> {
  try {
    await call();
    return null;
  } catch (err) {
    return errorToAPIStatus(err);
  }
}

/** errors.NewForbidden as a Status: `<resource> "<name>" is forbidden: <message>`. */
export const forbiddenStatus = (resource: string, name: string, message: string): Status => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: `${resource} "${name}" is forbidden: ${message}`,
  reason: 'Forbidden',
  details: { name, kind: resource },
  code: 403,
});

/** errors.NewNotFound as a Status: `<resource> "<name>" not found`. */
export const notFoundStatus = (resource: string, name: string): Status => ({
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: `${resource} "${name}" not found`,
  reason: 'NotFound',
  details: { name, kind: resource },
  code: 404,
});
