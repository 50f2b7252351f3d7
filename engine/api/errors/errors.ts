// Go twin: k8s.io/apimachinery/pkg/api/errors/errors.go (StatusError and its constructors) @ v1.34.0
import { quote } from '../../util/strconv/quote';
import { aggregateMessage, type FieldError } from '../../util/validation/field/errors';

export type StatusReason =
  | ''
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Invalid'
  | 'ServerTimeout'
  | 'StoreReadError'
  | 'Timeout'
  | 'TooManyRequests'
  | 'BadRequest'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'InternalError'
  | 'Expired'
  | 'ServiceUnavailable';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** metav1.Status; keys are declared in Go struct order, which is the order they go on the wire. */
export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  /** ListMeta: Go sets `continue` here for an expired continue token */
  metadata: { continue?: string; resourceVersion?: string };
  status: 'Success' | 'Failure';
  message?: string;
  reason?: StatusReason;
  details?: StatusDetails;
  code: number;
}

export interface GroupResource {
  group: string;
  resource: string;
}
export interface GroupKind {
  group: string;
  kind: string;
}

/** GroupResource.String(): `pods` for the core group, `deployments.apps` otherwise. */
export const groupResourceString = (gr: GroupResource) =>
  gr.group ? `${gr.resource}.${gr.group}` : gr.resource;
/** GroupKind.String(): `Pod` or `Deployment.apps`. */
export const groupKindString = (gk: GroupKind) => (gk.group ? `${gk.kind}.${gk.group}` : gk.kind);

export class StatusError extends Error {
  constructor(readonly status: Status) {
    super(status.message ?? '');
    this.name = 'StatusError';
  }
}

/** Builds a Failure status with Go's field order and without empty fields (omitempty). */
function failure(code: number, reason: StatusReason, message: string, details?: StatusDetails): StatusError {
  const d = details && compactDetails(details);
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    ...(message ? { message } : {}),
    ...(reason ? { reason } : {}),
    ...(d && Object.keys(d).length > 0 ? { details: d } : {}),
    code,
  });
}

function compactDetails(d: StatusDetails): StatusDetails {
  const out: StatusDetails = {};
  if (d.name) out.name = d.name;
  if (d.group) out.group = d.group;
  if (d.kind) out.kind = d.kind;
  if (d.uid) out.uid = d.uid;
  if (d.causes && d.causes.length > 0) out.causes = d.causes;
  if (d.retryAfterSeconds) out.retryAfterSeconds = d.retryAfterSeconds;
  return out;
}

export const newNotFound = (gr: GroupResource, name: string) =>
  failure(404, 'NotFound', `${groupResourceString(gr)} ${quote(name)} not found`, {
    group: gr.group,
    kind: gr.resource,
    name,
  });

export const newAlreadyExists = (gr: GroupResource, name: string) =>
  failure(409, 'AlreadyExists', `${groupResourceString(gr)} ${quote(name)} already exists`, {
    group: gr.group,
    kind: gr.resource,
    name,
  });

export const newGenerateNameConflict = (gr: GroupResource, name: string, retryAfterSeconds: number) =>
  failure(
    409,
    'AlreadyExists',
    `${groupResourceString(gr)} ${quote(name)} already exists, the server was not able to generate a unique name for the object`,
    { group: gr.group, kind: gr.resource, name, retryAfterSeconds },
  );

export const newUnauthorized = (reason: string) => failure(401, 'Unauthorized', reason || 'not authorized');

export const newForbidden = (gr: GroupResource, name: string, err: Error) => {
  const message = name
    ? `${groupResourceString(gr)} ${quote(name)} is forbidden: ${err.message}`
    : gr.resource || gr.group
      ? `${groupResourceString(gr)} is forbidden: ${err.message}`
      : `forbidden: ${err.message}`;
  return failure(403, 'Forbidden', message, { group: gr.group, kind: gr.resource, name });
};

export const newConflict = (gr: GroupResource, name: string, err: Error) =>
  failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${groupResourceString(gr)} ${quote(name)}: ${err.message}`,
    {
      group: gr.group,
      kind: gr.resource,
      name,
    },
  );

export const newApplyConflict = (causes: StatusCause[], message: string) =>
  failure(409, 'Conflict', message, { causes });

export const newGone = (message: string) => failure(410, 'Gone', message);
export const newResourceExpired = (message: string) => failure(410, 'Expired', message);

export function newInvalid(gk: GroupKind, name: string, errs: readonly FieldError[]): StatusError {
  const causes = errs.map((e) => {
    const c: StatusCause = { reason: e.type, message: e.errorBody() };
    if (e.field) c.field = e.field;
    return c;
  });
  const agg = aggregateMessage(errs);
  const head = `${groupKindString(gk)} ${quote(name)} is invalid`;
  return failure(422, 'Invalid', agg ? `${head}: ${agg}` : head, {
    group: gk.group,
    kind: gk.kind,
    name,
    causes,
  });
}

export const newBadRequest = (reason: string) => failure(400, 'BadRequest', reason);
export const newTooManyRequests = (message: string, retryAfterSeconds: number) =>
  failure(429, 'TooManyRequests', `Too many requests: ${message}`, { retryAfterSeconds });
export const newServiceUnavailable = (reason: string) => failure(503, 'ServiceUnavailable', reason);

export const newMethodNotSupported = (gr: GroupResource, action: string) =>
  failure(
    405,
    'MethodNotAllowed',
    `${action} is not supported on resources of kind ${quote(groupResourceString(gr))}`,
    {
      group: gr.group,
      kind: gr.resource,
    },
  );

export const newServerTimeout = (gr: GroupResource, operation: string, retryAfterSeconds: number) =>
  failure(
    500,
    'ServerTimeout',
    `The ${operation} operation against ${groupResourceString(gr)} could not be completed at this time, please try again.`,
    { group: gr.group, kind: gr.resource, name: operation, retryAfterSeconds },
  );

export const newTimeoutError = (message: string, retryAfterSeconds: number) =>
  failure(504, 'Timeout', `Timeout: ${message}`, { retryAfterSeconds });

export const newInternalError = (err: Error) =>
  failure(500, 'InternalError', `Internal error occurred: ${err.message}`, {
    causes: [{ message: err.message }],
  });

export const newRequestEntityTooLargeError = (message: string) =>
  failure(413, 'RequestEntityTooLarge', `Request entity too large: ${message}`);

export const newUnsupportedMediaType = (message: string) => failure(415, 'UnsupportedMediaType', message);
export const newNotAcceptable = (message: string) => failure(406, 'NotAcceptable', message);

/**
 * NewGenericServerResponse, as the apiserver itself uses it (go-restful's route errors, a failed JSON patch):
 * no resource and no "unexpected response" cause, so the message is the generic one for the code and `details`
 * is present but empty, because Go sets a non-nil StatusDetails.
 */
export function newGenericServerResponse(code: number, serverMessage = ''): StatusError {
  let reason: StatusReason = '';
  let message = `the server responded with the status code ${code} but did not return more information`;
  switch (code) {
    case 404:
      reason = 'NotFound';
      message = 'the server could not find the requested resource';
      break;
    case 405:
      reason = 'MethodNotAllowed';
      message = 'the server does not allow this method on the requested resource';
      break;
    case 409:
      reason = 'Conflict';
      message = 'the server reported a conflict';
      break;
    case 400:
      reason = 'BadRequest';
      message = 'the server rejected our request for an unknown reason';
      break;
    case 401:
      reason = 'Unauthorized';
      message = 'the server has asked for the client to provide credentials';
      break;
    case 403:
      reason = 'Forbidden';
      message = serverMessage;
      break;
    case 406:
      reason = 'NotAcceptable';
      message =
        serverMessage === '' || serverMessage === 'unknown'
          ? 'the server was unable to respond with a content type that the client supports'
          : serverMessage;
      break;
    case 415:
      reason = 'UnsupportedMediaType';
      message = serverMessage;
      break;
    case 422:
      reason = 'Invalid';
      message = 'the server rejected our request due to an error in our request';
      break;
    case 503:
      reason = 'ServiceUnavailable';
      message = 'the server is currently unable to handle the request';
      break;
    case 504:
      reason = 'Timeout';
      message =
        'the server was unable to return a response in the time allotted, but may still be processing the request';
      break;
    case 429:
      reason = 'TooManyRequests';
      message = 'the server has received too many requests and has asked us to try again later';
      break;
    default:
      if (code >= 500) {
        reason = 'InternalError';
        message = `an error on the server (${quote(serverMessage)}) has prevented the request from succeeding`;
      }
  }
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    ...(message ? { message } : {}),
    ...(reason ? { reason } : {}),
    details: {},
    code,
  });
}

export const reasonForError = (err: unknown): StatusReason =>
  err instanceof StatusError ? (err.status.reason ?? '') : '';
export const isNotFound = (err: unknown) => reasonForError(err) === 'NotFound';
export const isAlreadyExists = (err: unknown) => reasonForError(err) === 'AlreadyExists';
export const isConflict = (err: unknown) => reasonForError(err) === 'Conflict';
export const isInvalid = (err: unknown) => reasonForError(err) === 'Invalid';
export const isBadRequest = (err: unknown) => reasonForError(err) === 'BadRequest';
export const isResourceExpired = (err: unknown) => reasonForError(err) === 'Expired';
export const isTimeout = (err: unknown) => reasonForError(err) === 'Timeout';

/** ErrorToAPIStatus (responsewriters/status.go): any other error becomes a 500 with its text. */
export function errorToAPIStatus(err: unknown): Status {
  if (err instanceof StatusError) {
    const s = err.status;
    return s.code === 0 && s.status === 'Failure' ? { ...s, code: 500 } : s;
  }
  const message = err instanceof Error ? err.message : String(err);
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, code: 500 };
}
