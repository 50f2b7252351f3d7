// Go twin: k8s.io/api/admission/v1/types.go (AdmissionReview, AdmissionRequest, AdmissionResponse, Operation,
// PatchType) with k8s.io/api/authentication/v1 UserInfo and the metav1 GroupVersionKind, GroupVersionResource
// and Status they embed @ v1.34.0
//
// AdmissionReview is what kube-apiserver POSTs to a webhook and what it expects back. It is never stored, so it
// is not registered in the server's scheme; the descriptors give the wire order of the fields we send and the
// Go type errors for what a webhook answers.
import { ListMetaDef } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/admission/v1';
const metaPkg = 'k8s.io/apimachinery/pkg/apis/meta/v1';

export const SchemeGroupVersion = { group: 'admission.k8s.io', version: 'v1' };
export const PatchTypeJSONPatch = 'JSONPatch';

// ---- JSON shapes --------------------------------------------------------------------------------------------

export interface GroupVersionKindJSON {
  group: string;
  version: string;
  kind: string;
}

export interface GroupVersionResourceJSON {
  group: string;
  version: string;
  resource: string;
}

export interface UserInfoJSON {
  username?: string;
  uid?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
}

/** metav1.Status as a webhook writes it in response.status. */
export interface StatusJSON {
  kind?: string;
  apiVersion?: string;
  metadata?: Record<string, unknown>;
  status?: string;
  message?: string;
  reason?: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: { reason?: string; message?: string; field?: string }[];
    retryAfterSeconds?: number;
  };
  code?: number;
}

export interface AdmissionRequestJSON {
  uid: string;
  kind: GroupVersionKindJSON;
  resource: GroupVersionResourceJSON;
  subResource?: string;
  requestKind?: GroupVersionKindJSON;
  requestResource?: GroupVersionResourceJSON;
  requestSubResource?: string;
  name?: string;
  namespace?: string;
  operation: string;
  userInfo: UserInfoJSON;
  /** the object in the version the webhook asked for (JSON), or null */
  object: unknown;
  oldObject: unknown;
  dryRun?: boolean;
  /** CreateOptions, UpdateOptions or DeleteOptions (meta.k8s.io/v1) */
  options: unknown;
}

export interface AdmissionResponseJSON {
  uid: string;
  allowed: boolean;
  status?: StatusJSON;
  /** base64 of a JSON patch (RFC 6902) */
  patch?: string;
  patchType?: string;
  auditAnnotations?: Record<string, string>;
  warnings?: string[];
}

/** admission.k8s.io/v1 AdmissionReview, as it travels between kube-apiserver and a webhook. */
export interface AdmissionReviewJSON {
  kind?: string;
  apiVersion?: string;
  request?: AdmissionRequestJSON;
  response?: AdmissionResponseJSON;
}

// ---- Go struct descriptors ----------------------------------------------------------------------------------

export const GroupVersionKindDef: StructDef = struct(metaPkg, 'GroupVersionKind', [
  req('group', t.string),
  req('version', t.string),
  req('kind', t.string),
]);

export const GroupVersionResourceDef: StructDef = struct(metaPkg, 'GroupVersionResource', [
  req('group', t.string),
  req('version', t.string),
  req('resource', t.string),
]);

export const UserInfoDef: StructDef = struct('k8s.io/api/authentication/v1', 'UserInfo', [
  opt('username', t.string),
  opt('uid', t.string),
  opt('groups', t.slice(t.string)),
  opt('extra', t.map(t.slice(t.string))),
]);

export const StatusCauseDef: StructDef = struct(metaPkg, 'StatusCause', [
  opt('reason', t.named('v1.CauseType')),
  opt('message', t.string),
  opt('field', t.string),
]);

export const StatusDetailsDef: StructDef = struct(metaPkg, 'StatusDetails', [
  opt('name', t.string),
  opt('group', t.string),
  opt('kind', t.string),
  opt('uid', t.named('types.UID')),
  opt('causes', t.slice(t.struct(() => StatusCauseDef))),
  opt('retryAfterSeconds', t.int32),
]);

export const StatusDef: StructDef = struct(metaPkg, 'Status', [
  opt('kind', t.string),
  opt('apiVersion', t.string),
  opt(
    'metadata',
    t.struct(() => ListMetaDef),
  ),
  opt('status', t.string),
  opt('message', t.string),
  opt('reason', t.named('v1.StatusReason')),
  opt('details', t.ptr(t.struct(() => StatusDetailsDef))),
  opt('code', t.int32),
]);

export const AdmissionRequestDef: StructDef = struct(pkg, 'AdmissionRequest', [
  req('uid', t.named('types.UID')),
  req(
    'kind',
    t.struct(() => GroupVersionKindDef),
  ),
  req(
    'resource',
    t.struct(() => GroupVersionResourceDef),
  ),
  opt('subResource', t.string),
  opt('requestKind', t.ptr(t.struct(() => GroupVersionKindDef))),
  opt('requestResource', t.ptr(t.struct(() => GroupVersionResourceDef))),
  opt('requestSubResource', t.string),
  opt('name', t.string),
  opt('namespace', t.string),
  req('operation', t.named('v1.Operation')),
  req(
    'userInfo',
    t.struct(() => UserInfoDef),
  ),
  // RawExtension is a struct, so omitempty never drops it: a missing object is written as null
  req('object', t.raw),
  req('oldObject', t.raw),
  opt('dryRun', t.ptr(t.bool)),
  req('options', t.raw),
]);

export const AdmissionResponseDef: StructDef = struct(pkg, 'AdmissionResponse', [
  req('uid', t.named('types.UID')),
  req('allowed', t.bool),
  opt('status', t.ptr(t.struct(() => StatusDef))),
  opt('patch', t.bytes),
  opt('patchType', t.ptr(t.named('v1.PatchType'))),
  opt('auditAnnotations', t.map(t.string)),
  opt('warnings', t.slice(t.string)),
]);

export const AdmissionReviewDef: StructDef = struct(pkg, 'AdmissionReview', [
  opt('kind', t.string),
  opt('apiVersion', t.string),
  opt('request', t.ptr(t.struct(() => AdmissionRequestDef))),
  opt('response', t.ptr(t.struct(() => AdmissionResponseDef))),
]);

/** admission/v1 AdmissionReview. */
export const V1AdmissionReview: GoType = { pkg, name: 'AdmissionReview', def: AdmissionReviewDef };
