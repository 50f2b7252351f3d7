// Go twin: the part of k8s.io/apiserver/pkg/admission/plugin/webhook/{mutating,validating}/dispatcher.go
// (callAttrMutatingHook, callHook) that both dispatchers share: the dry-run guard, building the AdmissionReview,
// the POST and the checks on the answer @ v1.34.0
import type { AdmissionReviewJSON } from '../../../../apis/admission/v1/types';
import { newBadRequest, newServiceUnavailable, type StatusError } from '../../../../api/errors/errors';
import { postReview, type ServiceLookup, type WebhookServices } from '../../../../util/webhook/client';
import { ErrCallingWebhook } from '../../../../util/webhook/error';
import { newDryRunUnsupportedErr } from '../errors/statuserror';
import {
  createAdmissionObjects,
  decodeAdmissionReview,
  verifyAdmissionResponse,
  type AdmissionResponse,
} from '../request/admissionreview';
import type { VersionedAttributes, WebhookInvocation } from './interfaces';

/** What one webhook call sent and received, for the trace. */
export interface WebhookCall {
  webhook: string;
  configuration: string;
  request: AdmissionReviewJSON;
  response?: AdmissionReviewJSON;
  /** why the call failed or was refused */
  error?: string;
  /** the JSON patch a mutating webhook returned, decoded */
  patch?: unknown[];
}

export interface WebhookPluginOptions {
  /** called after every webhook call, whatever its outcome */
  onWebhookCall?(call: WebhookCall): void;
  /** AdmissionRequest UIDs (Go: uuid.NewUUID); a seeded generator by default, so runs repeat */
  uid?: () => string;
}

/** The dispatcher's view of the world: the in-engine servers and what the cluster knows of Services. */
export interface CallContext {
  services: WebhookServices;
  lookupService?: ServiceLookup;
  uid: () => string;
}

export interface CallResult {
  request: AdmissionReviewJSON;
  response: AdmissionReviewJSON;
  result: AdmissionResponse;
}

/** A failed call, with the review that was sent (if it got that far) for the trace. */
export class CallFailure extends Error {
  constructor(
    override readonly cause: ErrCallingWebhook | StatusError,
    readonly request?: AdmissionReviewJSON,
    readonly response?: AdmissionReviewJSON,
  ) {
    super(cause.message);
    this.name = 'CallFailure';
  }
}

/**
 * Calls one webhook. A dry-run request may only reach webhooks without side effects (None or NoneOnDryRun);
 * anything else is a 400 that failurePolicy cannot ignore. Transport failures and malformed answers are
 * ErrCallingWebhook, for failurePolicy to judge.
 */
export async function callWebhook(
  c: CallContext,
  invocation: WebhookInvocation,
  va: VersionedAttributes,
  mutating: boolean,
): Promise<CallResult> {
  const h = invocation.webhook.hook;
  if (va.attributes.dryRun) {
    if (h.sideEffects === undefined || h.sideEffects === null) {
      throw new CallFailure(
        new ErrCallingWebhook(
          h.name,
          new Error('Webhook SideEffects is nil'),
          newBadRequest('Webhook SideEffects is nil'),
        ),
      );
    }
    if (h.sideEffects !== 'None' && h.sideEffects !== 'NoneOnDryRun') {
      throw new CallFailure(newDryRunUnsupportedErr(h.name));
    }
  }
  const uid = c.uid();
  let created: ReturnType<typeof createAdmissionObjects>;
  try {
    created = createAdmissionObjects(uid, va, invocation);
  } catch (e) {
    throw new CallFailure(
      new ErrCallingWebhook(
        h.name,
        new Error(`could not create admission objects: ${(e as Error).message}`),
        newBadRequest('error creating admission objects'),
      ),
    );
  }
  const request = created.request;
  let response: AdmissionReviewJSON;
  try {
    const answer = await postReview(
      c.services,
      h.clientConfig,
      request,
      h.timeoutSeconds ?? undefined,
      c.lookupService,
    );
    response = decodeAdmissionReview(answer);
  } catch (e) {
    const reason = new Error(`failed to call webhook: ${(e as Error).message}`);
    const status = mutating
      ? newServiceUnavailable('error calling webhook')
      : newBadRequest('error calling webhook');
    throw new CallFailure(new ErrCallingWebhook(h.name, reason, status), request);
  }
  try {
    return { request, response, result: verifyAdmissionResponse(uid, mutating, response, created.version) };
  } catch (e) {
    throw new CallFailure(
      new ErrCallingWebhook(
        h.name,
        new Error(`received invalid webhook response: ${(e as Error).message}`),
        newServiceUnavailable('error validating webhook response'),
      ),
      request,
      response,
    );
  }
}
