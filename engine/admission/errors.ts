// Go twin: k8s.io/apiserver/pkg/admission/errors.go (NewForbidden, NewNotFound, extractResourceName) @ v1.34.0
import {
  newForbidden as forbidden,
  newNotFound as notFound,
  reasonForError,
  type StatusError,
} from '../api/errors/errors';
import type { Attributes } from './interfaces';

/** The name an error names: the request's, else the object's own (a create by generateName has none yet). */
function extractResourceName(a: Attributes): string {
  if (a.name) return a.name;
  const meta = (a.object as { metadata?: { name?: string } } | null)?.metadata;
  return meta?.name ?? '';
}

/**
 * NewForbidden: a plugin's refusal as a 403 on the request's resource — `pods "web" is forbidden: <err>`. A
 * Forbidden error is not wrapped twice.
 */
export function newForbidden(a: Attributes, err: Error): StatusError {
  if (reasonForError(err) === 'Forbidden') return err as StatusError;
  return forbidden({ group: a.resource.group, resource: a.resource.resource }, extractResourceName(a), err);
}

/** NewNotFound: a 404 for the request's resource and name. */
export function newNotFound(a: Attributes): StatusError {
  return notFound({ group: a.resource.group, resource: a.resource.resource }, extractResourceName(a));
}
