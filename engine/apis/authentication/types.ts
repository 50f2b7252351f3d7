// Go twin: k8s.io/kubernetes/pkg/apis/authentication/types.go (SelfSubjectReview, SelfSubjectReviewStatus,
// UserInfo, ExtraValue) @ v1.34.0 — the internal types; same fields as authentication.k8s.io/v1, no TypeMeta.
import type { GoType, ObjectMeta, RuntimeObject } from '../../runtime/object';

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/authentication';

/** authentication.SelfSubjectReview (internal). */
export const AuthenticationSelfSubjectReview: GoType = { pkg: internalPkg, name: 'SelfSubjectReview' };

/** authentication.UserInfo: the user.Info interface as data. */
export interface UserInfo {
  username?: string;
  uid?: string;
  groups?: string[];
  /** map[string]ExtraValue, ExtraValue being []string */
  extra?: Record<string, string[]>;
}

export interface SelfSubjectReviewStatus {
  userInfo?: UserInfo;
}

/** What `kubectl auth whoami` posts (empty) and gets back (status filled in by the server). */
export interface SelfSubjectReview extends RuntimeObject {
  metadata?: ObjectMeta;
  status?: SelfSubjectReviewStatus;
}
