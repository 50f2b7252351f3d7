// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/validating/dispatcher.go (validatingDispatcher.Dispatch,
// callHook) @ v1.34.0
//
// Validating webhooks all see the same (final) object and cannot change it, so Go calls every matching one at
// once and returns the first error that arrives. Here they are also called together; of several errors the
// one of the earliest webhook (configurations by name, then list order) is returned, so a scenario always
// gives the same answer.
import { newInternalError } from '../../../../api/errors/errors';
import type { Scheme } from '../../../../runtime/scheme';
import { gvkKey } from '../../../../runtime/schema/groupversion';
import { ErrCallingWebhook, ErrWebhookRejection } from '../../../../util/webhook/error';
import type { Attributes } from '../../../interfaces';
import { toStatusErr } from '../errors/statuserror';
import { callWebhook, CallFailure, type WebhookCall, type WebhookPluginOptions } from '../generic/call';
import type { VersionedAttributes, WebhookInvocation } from '../generic/interfaces';
import type { WebhookSource } from '../generic/plugin';
import { recordCall } from '../generic/record';
import { newVersionedAttributes, shouldCallHook } from '../generic/webhook';

export interface ValidatingDispatcher {
  source: WebhookSource;
  scheme: Scheme;
  opts: WebhookPluginOptions;
}

/** callHook: one webhook; resolves to the error the request fails with, or null. */
async function callHook(
  d: ValidatingDispatcher,
  a: Attributes,
  invocation: WebhookInvocation,
  va: VersionedAttributes,
): Promise<Error | null> {
  const h = invocation.webhook.hook;
  const call: Partial<WebhookCall> = { webhook: h.name, configuration: invocation.webhook.configurationName };
  let err: Error | null = null;
  try {
    const { request, response, result } = await callWebhook(d.source.call, invocation, va, false);
    call.request = request;
    call.response = response;
    if (!result.allowed) err = new ErrWebhookRejection(toStatusErr(h.name, result.result));
  } catch (e) {
    if (!(e instanceof CallFailure)) throw e;
    if (e.request) call.request = e.request;
    if (e.response) call.response = e.response;
    err = e.cause;
  }
  if (err) call.error = err.message;
  if (call.request) recordCall(d.opts, a, call as WebhookCall);
  if (!err) return null;
  if (err instanceof ErrCallingWebhook) {
    return h.failurePolicy === 'Ignore' ? null : newInternalError(err);
  }
  if (err instanceof ErrWebhookRejection) return err.status;
  return err;
}

/** Dispatch: every matching validating webhook; the request fails with the first error. */
export async function dispatchValidating(d: ValidatingDispatcher, a: Attributes): Promise<void> {
  const hooks = await d.source.hooksFor(a);
  if (!hooks) return;
  const relevant: { invocation: WebhookInvocation; va: VersionedAttributes }[] = [];
  const versioned = new Map<string, VersionedAttributes>();
  for (const hook of hooks) {
    const invocation = await shouldCallHook(hook, a, d.source.namespaces, d.scheme);
    if (!invocation) continue;
    const key = gvkKey(invocation.kind);
    let va = versioned.get(key);
    if (!va) {
      va = newVersionedAttributes(a, invocation.kind, d.scheme);
      versioned.set(key, va);
    }
    relevant.push({ invocation, va });
  }
  if (relevant.length === 0) return;
  const errs = await Promise.all(relevant.map((r) => callHook(d, a, r.invocation, r.va)));
  const first = errs.find((e) => e !== null);
  if (first) throw first;
}
