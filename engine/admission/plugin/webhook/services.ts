// Go twin: none — these stand in for the webhook servers a cluster runs (the admission-webhook examples of
// k8s.io/kubernetes/test/images/agnhost/webhook do the same jobs over HTTPS). Lessons register them under
// `<namespace>/<name><path>` of a webhook's clientConfig.service, or under its url.
import type { AdmissionResponseJSON, AdmissionReviewJSON } from '../../../apis/admission/v1/types';
import { utf8ToBase64 } from '../../../apis/core/v1/structural_copy';
import { isObject } from '../../../runtime/object';
import { WebhookTimeout, type WebhookService } from '../../../util/webhook/client';

export {
  WebhookTimeout,
  serviceKey,
  type WebhookService,
  type WebhookServices,
} from '../../../util/webhook/client';

/** A well-formed v1 answer to `review` (same uid, apiVersion and kind set, as kube-apiserver requires). */
export function reviewResponse(
  review: AdmissionReviewJSON,
  response: Omit<AdmissionResponseJSON, 'uid'>,
): AdmissionReviewJSON {
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    response: { uid: review.request?.uid ?? '', ...response },
  };
}

/** A JSON pointer token: `~` and `/` escaped (RFC 6901). */
const pointerToken = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Allows everything, changing nothing. */
export function allowService(): WebhookService {
  return (review) => reviewResponse(review, { allowed: true });
}

/**
 * Sets one label with a JSON patch: the whole labels map when the object has none (a patch cannot add
 * `/metadata/labels/x` under a missing map), else just the key. Requests without an object (DELETE) pass.
 */
export function addLabelService(key: string, value: string): WebhookService {
  return (review) => {
    const obj = review.request?.object;
    if (!isObject(obj)) return reviewResponse(review, { allowed: true });
    const meta = isObject(obj['metadata']) ? obj['metadata'] : {};
    const patch = isObject(meta['labels'])
      ? [{ op: 'add', path: `/metadata/labels/${pointerToken(key)}`, value }]
      : [{ op: 'add', path: '/metadata/labels', value: { [key]: value } }];
    return reviewResponse(review, {
      allowed: true,
      patch: utf8ToBase64(JSON.stringify(patch)),
      patchType: 'JSONPatch',
    });
  };
}

/** Denies every request with `message`, the way most webhooks do: a Status with code 403 (or `code`). */
export function denyService(message: string, code = 403): WebhookService {
  return (review) => reviewResponse(review, { allowed: false, status: { code, message } });
}

/** Never answers in time: the call fails as `context deadline exceeded`, and failurePolicy decides. */
export function timeoutService(): WebhookService {
  return () => {
    throw new WebhookTimeout();
  };
}
