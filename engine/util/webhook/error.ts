// Go twin: k8s.io/apiserver/pkg/util/webhook/error.go (ErrCallingWebhook, ErrWebhookRejection) @ v1.34.0
import type { StatusError } from '../../api/errors/errors';

/**
 * A failure to talk to the webhook (no answer, a timeout, a malformed answer), not the webhook saying no.
 * failurePolicy decides whether it fails the request.
 */
export class ErrCallingWebhook extends Error {
  constructor(
    readonly webhookName: string,
    readonly reason: Error | null,
    readonly status?: StatusError,
  ) {
    super(
      reason
        ? `failed calling webhook ${JSON.stringify(webhookName)}: ${reason.message}`
        : `failed calling webhook ${JSON.stringify(webhookName)}; no further details available`,
    );
    this.name = 'ErrCallingWebhook';
  }
}

/** A webhook properly rejecting the request: its Status is the answer. */
export class ErrWebhookRejection extends Error {
  constructor(readonly status: StatusError) {
    super(status.message);
    this.name = 'ErrWebhookRejection';
  }
}
