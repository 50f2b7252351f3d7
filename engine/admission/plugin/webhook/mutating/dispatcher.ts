// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/mutating/dispatcher.go (mutatingDispatcher.Dispatch,
// callAttrMutatingHook) @ v1.34.0
//
// Mutating webhooks run one after the other; each sees the object as the previous ones left it, in the version
// it asked for. A JSONPatch answer is applied to that versioned object's JSON, decoded back and defaulted;
// after the last webhook the result is converted into the request's internal object. Reinvocation
// (reinvocationPolicy IfNeeded, re-running webhooks after a later plugin changed the object) is not modelled:
// every webhook runs once.
import { newInternalError, newServiceUnavailable, StatusError } from '../../../../api/errors/errors';
import { PatchTypeJSONPatch } from '../../../../apis/admission/v1/types';
import { internalGroupVersioner, type Scheme } from '../../../../runtime/scheme';
import { setType, typeOf, type RuntimeObject } from '../../../../runtime/object';
import { gvkKey, type GroupVersionKind } from '../../../../runtime/schema/groupversion';
import { decodeStruct, JSONDecodeError } from '../../../../runtime/serializer/json/gojson';
import { orderedValue } from '../../../../runtime/serializer/json/json';
import { goSyntaxError } from '../../../../runtime/serializer/json/scanner';
import { deepEqual } from '../../../../util/equality';
import { applyPatch, decodePatch, JSONPatchError, type Operation } from '../../../../util/jsonpatch/patch';
import { ErrCallingWebhook, ErrWebhookRejection } from '../../../../util/webhook/error';
import type { Attributes } from '../../../interfaces';
import { toStatusErr } from '../errors/statuserror';
import { callWebhook, CallFailure, type WebhookCall, type WebhookPluginOptions } from '../generic/call';
import type { VersionedAttributes, WebhookAccessor, WebhookInvocation } from '../generic/interfaces';
import type { WebhookSource } from '../generic/plugin';
import { recordCall } from '../generic/record';
import { newVersionedAttributes, shouldCallHook } from '../generic/webhook';

/** []byte(base64) → string: the patch bytes a webhook sent. */
function base64ToText(b64: string): string {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** jsonpatch.DecodePatch of the patch bytes: Go's json error for text that is not a JSON array of objects. */
function decodePatchBytes(b64: string): Operation[] {
  const text = base64ToText(b64);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(goSyntaxError(text) ?? (e as Error).message);
  }
  return decodePatch(doc);
}

/** ConvertVersionedAttributes: the same request in another version, keeping what earlier webhooks changed. */
function convertVersioned(
  va: VersionedAttributes,
  gvk: GroupVersionKind,
  scheme: Scheme,
): VersionedAttributes {
  if (gvkKey(va.versionedKind) === gvkKey(gvk)) return va;
  const next = newVersionedAttributes(va.attributes, gvk, scheme);
  if (va.dirty && va.versionedObject) {
    const internal = scheme.convertToVersion(va.versionedObject, internalGroupVersioner);
    next.versionedObject = newVersionedAttributes(
      { ...va.attributes, object: internal },
      gvk,
      scheme,
    ).versionedObject;
    next.dirty = true;
  }
  return next;
}

/** Applies a JSONPatch answer to the versioned object; returns whether the object changed. */
function applyWebhookPatch(
  h: WebhookAccessor['hook'],
  va: VersionedAttributes,
  ops: Operation[],
  patchType: string,
  scheme: Scheme,
): boolean {
  if (!va.versionedObject) {
    throw newInternalError(
      new Error(
        `admission webhook ${JSON.stringify(h.name)} attempted to modify the object, which is not supported for this operation`,
      ),
    );
  }
  if (patchType !== PatchTypeJSONPatch) {
    throw new ErrCallingWebhook(h.name, new Error(`unsupported patch type ${JSON.stringify(patchType)}`));
  }
  const type = typeOf(va.versionedObject);
  const before = orderedValue(va.versionedObject);
  let next: RuntimeObject;
  try {
    const patched = applyPatch(before, ops);
    next = type?.def ? (decodeStruct(type.def, patched).obj as RuntimeObject) : (patched as RuntimeObject);
  } catch (e) {
    if (e instanceof JSONPatchError || e instanceof JSONDecodeError) throw newInternalError(e);
    throw e;
  }
  if (type) setType(next, type);
  const changed = !deepEqual(before, orderedValue(next));
  va.dirty = true;
  va.versionedObject = next;
  scheme.default(next);
  return changed;
}

export interface MutatingDispatcher {
  source: WebhookSource;
  scheme: Scheme;
  opts: WebhookPluginOptions;
}

/** callAttrMutatingHook: one call; the patch it returns is applied to va. */
async function callAttrMutatingHook(
  d: MutatingDispatcher,
  invocation: WebhookInvocation,
  va: VersionedAttributes,
  call: Partial<WebhookCall>,
): Promise<boolean> {
  const h = invocation.webhook.hook;
  const { request, response, result } = await callWebhook(d.source.call, invocation, va, true);
  call.request = request;
  call.response = response;
  if (!result.allowed) throw new ErrWebhookRejection(toStatusErr(h.name, result.result));
  if (!result.patch) return false;
  let ops: Operation[];
  try {
    ops = decodePatchBytes(result.patch);
  } catch (e) {
    throw new ErrCallingWebhook(
      h.name,
      new Error(`received undecodable patch in webhook response: ${(e as Error).message}`),
      newServiceUnavailable('error decoding patch in webhook response'),
    );
  }
  if (ops.length === 0) return false;
  call.patch = ops as unknown[];
  return applyWebhookPatch(h, va, ops, result.patchType, d.scheme);
}

/**
 * Dispatch: every mutating webhook in order. A call failure fails the request (as an internal error) unless
 * the webhook's failurePolicy is Ignore; a rejection is the webhook's own Status; a dry-run request that meets
 * a webhook with side effects is a 400 whatever the policy.
 */
export async function dispatchMutating(d: MutatingDispatcher, a: Attributes): Promise<void> {
  const hooks = await d.source.hooksFor(a);
  if (!hooks) return;
  let va: VersionedAttributes | null = null;
  for (const hook of hooks) {
    // selectors see the request's internal object, not what earlier webhooks patched (as in Go)
    const invocation = await shouldCallHook(hook, a, d.source.namespaces, d.scheme);
    if (!invocation) continue;
    va = va
      ? convertVersioned(va, invocation.kind, d.scheme)
      : newVersionedAttributes(a, invocation.kind, d.scheme);
    const h = hook.hook;
    const call: Partial<WebhookCall> = { webhook: h.name, configuration: hook.configurationName };
    let err: unknown = null;
    try {
      await callAttrMutatingHook(d, invocation, va, call);
    } catch (e) {
      err = e instanceof CallFailure ? e.cause : e;
      if (e instanceof CallFailure) {
        if (e.request) call.request = e.request;
        if (e.response) call.response = e.response;
      }
      call.error = (err as Error).message;
    }
    if (call.request) recordCall(d.opts, a, call as WebhookCall);
    if (err === null) continue;
    if (err instanceof ErrCallingWebhook) {
      if (h.failurePolicy === 'Ignore') continue;
      throw newInternalError(err);
    }
    if (err instanceof ErrWebhookRejection) throw err.status;
    if (err instanceof StatusError) throw err;
    throw err;
  }
  if (va && va.dirty && va.versionedObject && a.object) {
    const internal = d.scheme.convertToVersion(va.versionedObject, internalGroupVersioner);
    // the request's object is changed in place: the handler holds it
    for (const k of Object.keys(a.object)) delete a.object[k];
    Object.assign(a.object, internal);
  }
}
