// Go twin: k8s.io/kubernetes/pkg/apis/authentication/v1/zz_generated.conversion.go (SelfSubjectReview,
// SelfSubjectReviewStatus, UserInfo) @ v1.34.0 — field-by-field copies; v1 and internal have the same fields.
import { copyJSON, isObject, type RuntimeObject } from '../../../runtime/object';
import type { SelfSubjectReviewStatus, UserInfo } from '../types';

function convertUserInfo(input: unknown): UserInfo {
  const u = isObject(input) ? input : {};
  const out: UserInfo = {};
  if (typeof u['username'] === 'string') out.username = u['username'];
  if (typeof u['uid'] === 'string') out.uid = u['uid'];
  if (Array.isArray(u['groups'])) out.groups = [...(u['groups'] as string[])];
  // copyJSON keeps user-chosen keys such as `__proto__` as plain own properties
  if (isObject(u['extra'])) out.extra = copyJSON(u['extra']) as Record<string, string[]>;
  return out;
}

function convertStatus(input: unknown): SelfSubjectReviewStatus {
  const s = isObject(input) ? input : {};
  return { userInfo: convertUserInfo(s['userInfo']) };
}

function convertSelfSubjectReview(input: RuntimeObject, out: RuntimeObject): void {
  if (input.metadata !== undefined) out.metadata = copyJSON(input.metadata) as RuntimeObject['metadata'];
  out.status = convertStatus(input.status);
}

/** Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview */
export function Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertSelfSubjectReview(input, out);
}

/** Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview */
export function Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview(
  input: RuntimeObject,
  out: RuntimeObject,
): void {
  convertSelfSubjectReview(input, out);
}
