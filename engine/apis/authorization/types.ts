// Go twin: k8s.io/kubernetes/pkg/apis/authorization/types.go (SubjectAccessReview, SelfSubjectAccessReview,
// ResourceAttributes, NonResourceAttributes, SubjectAccessReviewSpec, SelfSubjectAccessReviewSpec,
// SubjectAccessReviewStatus) @ v1.34.0
//
// Reviews are questions, not stored objects: a client POSTs one and reads the answer in its status.
// Internal objects have the authorization/v1 field names and no TypeMeta.
import type { GoType, RuntimeObject } from '../../runtime/object';
import type { LabelSelectorRequirement } from '../../util/labels/labelselector';

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/authorization';

export const AuthorizationSubjectAccessReview: GoType = { pkg: internalPkg, name: 'SubjectAccessReview' };
export const AuthorizationSelfSubjectAccessReview: GoType = {
  pkg: internalPkg,
  name: 'SelfSubjectAccessReview',
};

/** metav1.FieldSelectorRequirement */
export interface FieldSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

/** FieldSelectorAttributes: limits the access asked about to objects matching a field selector. */
export interface FieldSelectorAttributes {
  rawSelector?: string;
  requirements?: FieldSelectorRequirement[];
}

/** LabelSelectorAttributes: limits the access asked about to objects matching a label selector. */
export interface LabelSelectorAttributes {
  rawSelector?: string;
  requirements?: LabelSelectorRequirement[];
}

/** ResourceAttributes: a resource request, as the authorizer sees it ("" or "*" as documented per field). */
export interface ResourceAttributes {
  namespace?: string;
  verb?: string;
  group?: string;
  version?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  fieldSelector?: FieldSelectorAttributes;
  labelSelector?: LabelSelectorAttributes;
}

/** NonResourceAttributes: a request for a path such as /healthz. */
export interface NonResourceAttributes {
  path?: string;
  verb?: string;
}

/** SubjectAccessReviewSpec: exactly one of the attributes, and the user and/or groups to ask about. */
export interface SubjectAccessReviewSpec {
  resourceAttributes?: ResourceAttributes;
  nonResourceAttributes?: NonResourceAttributes;
  user?: string;
  groups?: string[];
  extra?: Record<string, string[]>;
  uid?: string;
}

/** SelfSubjectAccessReviewSpec: the user is whoever sends the review. */
export interface SelfSubjectAccessReviewSpec {
  resourceAttributes?: ResourceAttributes;
  nonResourceAttributes?: NonResourceAttributes;
}

/** SubjectAccessReviewStatus: filled in by the server. */
export interface SubjectAccessReviewStatus {
  allowed: boolean;
  denied?: boolean;
  reason?: string;
  evaluationError?: string;
}

export interface SubjectAccessReview extends RuntimeObject {
  spec?: SubjectAccessReviewSpec;
  status?: SubjectAccessReviewStatus;
}

export interface SelfSubjectAccessReview extends RuntimeObject {
  spec?: SelfSubjectAccessReviewSpec;
  status?: SubjectAccessReviewStatus;
}
