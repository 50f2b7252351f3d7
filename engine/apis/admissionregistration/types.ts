// Go twin: k8s.io/kubernetes/pkg/apis/admissionregistration/types.go (MutatingWebhookConfiguration,
// ValidatingWebhookConfiguration and their parts) @ v1.34.0
//
// Internal objects have the admissionregistration/v1 field names and no TypeMeta. Go's internal
// ServiceReference.Port is an int32 value rather than a pointer; defaulting always sets it (443), so the
// shapes agree in practice. ValidatingAdmissionPolicy and its bindings are not modelled.
import type { GoType, ObjectMeta, RuntimeObject } from '../../runtime/object';
import type { LabelSelector } from '../../util/labels/labelselector';

export const internalPkg = 'k8s.io/kubernetes/pkg/apis/admissionregistration';

export const AdmissionregistrationMutatingWebhookConfiguration: GoType = {
  pkg: internalPkg,
  name: 'MutatingWebhookConfiguration',
};
export const AdmissionregistrationMutatingWebhookConfigurationList: GoType = {
  pkg: internalPkg,
  name: 'MutatingWebhookConfigurationList',
};
export const AdmissionregistrationValidatingWebhookConfiguration: GoType = {
  pkg: internalPkg,
  name: 'ValidatingWebhookConfiguration',
};
export const AdmissionregistrationValidatingWebhookConfigurationList: GoType = {
  pkg: internalPkg,
  name: 'ValidatingWebhookConfigurationList',
};

export type ScopeType = 'Cluster' | 'Namespaced' | '*';
export const ClusterScope: ScopeType = 'Cluster';
export const NamespacedScope: ScopeType = 'Namespaced';
export const AllScopes: ScopeType = '*';

export type FailurePolicyType = 'Ignore' | 'Fail';
export type MatchPolicyType = 'Exact' | 'Equivalent';
export type SideEffectClass = 'Unknown' | 'None' | 'Some' | 'NoneOnDryRun';
export type ReinvocationPolicyType = 'Never' | 'IfNeeded';
/** OperationType: `*` or one of the admission operations. */
export type OperationType = '*' | 'CREATE' | 'UPDATE' | 'DELETE' | 'CONNECT';

export interface Rule {
  apiGroups?: string[];
  apiVersions?: string[];
  resources?: string[];
  scope?: string;
}

/** RuleWithOperations: operations plus the inline Rule fields. */
export interface RuleWithOperations extends Rule {
  operations?: string[];
}

export interface ServiceReference {
  namespace: string;
  name: string;
  path?: string;
  port?: number;
}

export interface WebhookClientConfig {
  url?: string;
  service?: ServiceReference;
  /** []byte as base64 text */
  caBundle?: string;
}

export interface MatchCondition {
  name: string;
  expression: string;
}

/** The fields ValidatingWebhook and MutatingWebhook share. */
export interface ValidatingWebhook {
  name: string;
  clientConfig: WebhookClientConfig;
  rules?: RuleWithOperations[];
  failurePolicy?: string;
  matchPolicy?: string;
  namespaceSelector?: LabelSelector;
  objectSelector?: LabelSelector;
  sideEffects?: string;
  timeoutSeconds?: number;
  admissionReviewVersions?: string[];
  matchConditions?: MatchCondition[];
}

export interface MutatingWebhook extends ValidatingWebhook {
  reinvocationPolicy?: string;
}

export interface ValidatingWebhookConfiguration extends RuntimeObject {
  metadata?: ObjectMeta;
  webhooks?: ValidatingWebhook[];
}

export interface MutatingWebhookConfiguration extends RuntimeObject {
  metadata?: ObjectMeta;
  webhooks?: MutatingWebhook[];
}
