// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/errors/statuserror.go (ToStatusErr,
// NewDryRunUnsupportedErr) @ v1.34.0
import { newBadRequest, StatusError, type Status, type StatusReason } from '../../../../api/errors/errors';
import type { StatusJSON } from '../../../../apis/admission/v1/types';

/**
 * ToStatusErr: the webhook's own Status, with its message prefixed by `admission webhook "<name>" denied the
 * request`. A code below 400 becomes 400 and the status is always Failure; the reason is the webhook's (often
 * empty, which kubectl prints as `Error from server: …`).
 */
export function toStatusErr(webhookName: string, result: StatusJSON | undefined): StatusError {
  const deniedBy = `admission webhook ${JSON.stringify(webhookName)} denied the request`;
  const r = result ?? {};
  let message: string;
  if (r.message) message = `${deniedBy}: ${r.message}`;
  else if (r.reason) message = `${deniedBy}: ${r.reason}`;
  else message = `${deniedBy} without explanation`;
  const code = typeof r.code === 'number' && r.code >= 400 ? r.code : 400;
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    ...(r.reason ? { reason: r.reason as StatusReason } : {}),
    ...(r.details && Object.keys(r.details).length > 0 ? { details: r.details } : {}),
    code,
  };
  return new StatusError(status);
}

/** NewDryRunUnsupportedErr: a dry-run request met a webhook whose side effects are Unknown or Some. */
export function newDryRunUnsupportedErr(webhookName: string): StatusError {
  return newBadRequest(`admission webhook ${JSON.stringify(webhookName)} does not support dry run`);
}
