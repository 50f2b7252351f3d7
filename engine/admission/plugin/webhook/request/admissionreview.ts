// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/request/admissionreview.go (CreateAdmissionObjects,
// CreateV1AdmissionReview, CreateV1beta1AdmissionReview, VerifyAdmissionResponse) @ v1.34.0
import {
  AdmissionReviewDef,
  PatchTypeJSONPatch,
  type AdmissionRequestJSON,
  type AdmissionReviewJSON,
  type StatusJSON,
} from '../../../../apis/admission/v1/types';
import { decodeStruct, orderStruct } from '../../../../runtime/serializer/json/gojson';
import { gvkString } from '../../../../runtime/schema/groupversion';
import type { Attributes } from '../../../interfaces';
import type { VersionedAttributes, WebhookInvocation } from '../generic/interfaces';

/** The meta.k8s.io/v1 options of the request, as the handler decoded them (CreateOptions, …). */
export interface AttributesWithOptions extends Attributes {
  options?: Record<string, unknown> | null;
}

const optionsKinds: Partial<Record<Attributes['operation'], string>> = {
  CREATE: 'CreateOptions',
  UPDATE: 'UpdateOptions',
  DELETE: 'DeleteOptions',
};

/**
 * GetOperationOptions: the handler's options when the attributes carry them; otherwise the options a client
 * that set nothing but dry-run would have sent.
 */
function operationOptions(a: AttributesWithOptions): unknown {
  if (a.options !== undefined) return a.options;
  const kind = optionsKinds[a.operation];
  if (!kind) return null;
  return { kind, apiVersion: 'meta.k8s.io/v1', ...(a.dryRun ? { dryRun: ['All'] } : {}) };
}

/** CreateV1AdmissionReview (and the v1beta1 form, which has the same request fields). */
export function createAdmissionReview(
  apiVersion: 'admission.k8s.io/v1' | 'admission.k8s.io/v1beta1',
  uid: string,
  va: VersionedAttributes,
  invocation: WebhookInvocation,
): AdmissionReviewJSON {
  const a = va.attributes as AttributesWithOptions;
  const user = a.userInfo;
  const request: AdmissionRequestJSON = {
    uid,
    kind: { group: invocation.kind.group, version: invocation.kind.version, kind: invocation.kind.kind },
    resource: {
      group: invocation.resource.group,
      version: invocation.resource.version,
      resource: invocation.resource.resource,
    },
    subResource: invocation.subresource,
    requestKind: { group: a.kind.group, version: a.kind.version, kind: a.kind.kind },
    requestResource: { group: a.resource.group, version: a.resource.version, resource: a.resource.resource },
    requestSubResource: a.subresource,
    name: a.name,
    namespace: a.namespace,
    operation: a.operation,
    userInfo: {
      username: user?.name ?? '',
      uid: user?.uid ?? '',
      groups: user?.groups ?? [],
      extra: user?.extra ?? {},
    },
    object: va.versionedObject,
    oldObject: va.versionedOldObject,
    dryRun: a.dryRun,
    options: operationOptions(a),
  };
  const review = { kind: 'AdmissionReview', apiVersion, request };
  return orderStruct(AdmissionReviewDef, review) as AdmissionReviewJSON;
}

/** CreateAdmissionObjects: the first AdmissionReview version the webhook accepts that we can send. */
export function createAdmissionObjects(
  uid: string,
  va: VersionedAttributes,
  invocation: WebhookInvocation,
): { request: AdmissionReviewJSON; version: 'v1' | 'v1beta1' } {
  for (const version of invocation.webhook.hook.admissionReviewVersions ?? []) {
    if (version === 'v1' || version === 'v1beta1') {
      return { request: createAdmissionReview(`admission.k8s.io/${version}`, uid, va, invocation), version };
    }
  }
  throw new Error('webhook does not accept known AdmissionReview versions (v1, v1beta1)');
}

/** The fields VerifyAdmissionResponse extracts from a webhook's answer. */
export interface AdmissionResponse {
  auditAnnotations?: Record<string, string>;
  allowed: boolean;
  /** base64 text, as it came */
  patch?: string;
  patchType: string;
  result?: StatusJSON;
  warnings?: string[];
}

/** The webhook's answer decoded as the REST client does; a type mismatch throws Go's json error. */
export function decodeAdmissionReview(answer: unknown): AdmissionReviewJSON {
  return decodeStruct(AdmissionReviewDef, answer).obj as AdmissionReviewJSON;
}

/**
 * VerifyAdmissionResponse: the answer must hold a response for our uid, in an admission.k8s.io/v1
 * AdmissionReview; a mutating webhook sends patch and patchType together, a validating one neither. v1beta1
 * answers were never checked for uid or kind, and their patch type is pinned to JSONPatch.
 */
export function verifyAdmissionResponse(
  uid: string,
  mutating: boolean,
  review: AdmissionReviewJSON,
  version: 'v1' | 'v1beta1',
): AdmissionResponse {
  const r = review.response;
  if (!r) throw new Error('webhook response was absent');
  if (version === 'v1beta1') {
    const patch = mutating ? r.patch : undefined;
    return {
      ...(r.auditAnnotations ? { auditAnnotations: r.auditAnnotations } : {}),
      allowed: r.allowed ?? false,
      ...(patch ? { patch } : {}),
      patchType: mutating && patch ? PatchTypeJSONPatch : '',
      ...(r.status ? { result: r.status } : {}),
      ...(r.warnings ? { warnings: r.warnings } : {}),
    };
  }
  const got = r.uid ?? '';
  if (got !== uid)
    throw new Error(`expected response.uid=${JSON.stringify(uid)}, got ${JSON.stringify(got)}`);
  const gv = (review.apiVersion ?? '').split('/');
  const gotGVK = {
    group: gv.length > 1 ? gv[0]! : '',
    version: gv.length > 1 ? gv[1]! : (gv[0] ?? ''),
    kind: review.kind ?? '',
  };
  if (gotGVK.group !== 'admission.k8s.io' || gotGVK.version !== 'v1' || gotGVK.kind !== 'AdmissionReview') {
    throw new Error(
      `expected webhook response of admission.k8s.io/v1, Kind=AdmissionReview, got ${gvkString(gotGVK)}`,
    );
  }
  let patch: string | undefined;
  let patchType = '';
  const hasPatch = (r.patch ?? '').length > 0;
  const hasPatchType = r.patchType !== undefined && r.patchType !== null;
  if (mutating) {
    if (hasPatch && !hasPatchType)
      throw new Error('webhook returned response.patch but not response.patchType');
    if (!hasPatch && hasPatchType)
      throw new Error('webhook returned response.patchType but not response.patch');
    patch = r.patch;
    if (hasPatchType) {
      patchType = r.patchType!;
      if (patchType.length === 0) {
        throw new Error(`webhook returned invalid response.patchType of ${JSON.stringify(patchType)}`);
      }
    }
  } else {
    if (hasPatch) throw new Error('validating webhook may not return response.patch');
    if (hasPatchType) throw new Error('validating webhook may not return response.patchType');
  }
  return {
    ...(r.auditAnnotations ? { auditAnnotations: r.auditAnnotations } : {}),
    allowed: r.allowed ?? false,
    ...(patch ? { patch } : {}),
    patchType,
    ...(r.status ? { result: r.status } : {}),
    ...(r.warnings ? { warnings: r.warnings } : {}),
  };
}
