// Go twin: k8s.io/api/admissionregistration/v1/types.go (MutatingWebhookConfiguration,
// ValidatingWebhookConfiguration, MutatingWebhook, ValidatingWebhook, RuleWithOperations, Rule,
// WebhookClientConfig, ServiceReference, MatchCondition) @ v1.34.0
//
// Field order and tags follow the Go structs: `sideEffects` and `admissionReviewVersions` have no omitempty
// (so a missing value encodes as null), Rule is inlined into RuleWithOperations, and the webhooks list merges
// by name in strategic merge patch.
import { LabelSelectorDef, listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type FieldDef, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/admissionregistration/v1';

export const ServiceReferenceDef: StructDef = struct(pkg, 'ServiceReference', [
  req('namespace', t.string, { doc: '`namespace` is the namespace of the service.' }),
  req('name', t.string, { doc: '`name` is the name of the service.' }),
  opt('path', t.ptr(t.string), {
    doc: '`path` is an optional URL path which will be sent in any request to this service.',
  }),
  opt('port', t.ptr(t.int32), {
    doc: 'If specified, the port on the service that hosting webhook. Default to 443 for backward compatibility. `port` should be a valid port number (1-65535, inclusive).',
  }),
]);

export const WebhookClientConfigDef: StructDef = struct(pkg, 'WebhookClientConfig', [
  opt('url', t.ptr(t.string), {
    doc: '`url` gives the location of the webhook, in standard URL form (`scheme://host:port/path`). Exactly one of `url` or `service` must be specified.',
  }),
  opt('service', t.ptr(t.struct(() => ServiceReferenceDef)), {
    doc: '`service` is a reference to the service for this webhook. Either `service` or `url` must be specified.',
  }),
  opt('caBundle', t.bytes, {
    doc: "`caBundle` is a PEM encoded CA bundle which will be used to validate the webhook's server certificate. If unspecified, system trust roots on the apiserver are used.",
  }),
]);

/** The inline Rule fields, as RuleWithOperations embeds them. */
const ruleFields = (): FieldDef[] => [
  opt('apiGroups', t.slice(t.string), {
    doc: "APIGroups is the API groups the resources belong to. '*' is all groups. If '*' is present, the length of the slice must be one. Required.",
  }),
  opt('apiVersions', t.slice(t.string), {
    doc: "APIVersions is the API versions the resources belong to. '*' is all versions. If '*' is present, the length of the slice must be one. Required.",
  }),
  opt('resources', t.slice(t.string), {
    doc: "Resources is a list of resources this rule applies to. 'pods' means pods, 'pods/log' the log subresource of pods, '*' all resources but not subresources, 'pods/*' all subresources of pods, '*/scale' all scale subresources, '*/*' all resources and their subresources.",
  }),
  opt('scope', t.ptr(t.named('v1.ScopeType')), {
    doc: 'scope specifies the scope of this rule. Valid values are "Cluster", "Namespaced", and "*". Default is "*".',
  }),
];

export const RuleWithOperationsDef: StructDef = struct(pkg, 'RuleWithOperations', [
  opt('operations', t.slice(t.named('v1.OperationType')), {
    doc: "Operations is the operations the admission hook cares about - CREATE, UPDATE, DELETE, CONNECT or * for all of those operations and any future admission operations that are added. If '*' is present, the length of the slice must be one. Required.",
  }),
  ...ruleFields(),
]);

export const MatchConditionDef: StructDef = struct(pkg, 'MatchCondition', [
  req('name', t.string, {
    doc: 'Name is an identifier for this match condition, used for strategic merging of MatchConditions. Required.',
  }),
  req('expression', t.string, {
    doc: 'Expression represents the expression which will be evaluated by CEL. Must evaluate to bool. Required.',
  }),
]);

const labelSelector = () => t.ptr(t.struct(() => LabelSelectorDef));

/** The fields ValidatingWebhook and MutatingWebhook share, up to admissionReviewVersions. */
const webhookFields = (): FieldDef[] => [
  req('name', t.string, {
    doc: 'The name of the admission webhook. Name should be fully qualified, e.g., imagepolicy.kubernetes.io. Required.',
  }),
  req(
    'clientConfig',
    t.struct(() => WebhookClientConfigDef),
    {
      doc: 'ClientConfig defines how to communicate with the hook. Required',
    },
  ),
  opt('rules', t.slice(t.struct(() => RuleWithOperationsDef)), {
    doc: 'Rules describes what operations on what resources/subresources the webhook cares about. The webhook cares about an operation if it matches _any_ Rule.',
  }),
  opt('failurePolicy', t.ptr(t.named('v1.FailurePolicyType')), {
    doc: 'FailurePolicy defines how unrecognized errors from the admission endpoint are handled - allowed values are Ignore or Fail. Defaults to Fail.',
  }),
  opt('matchPolicy', t.ptr(t.named('v1.MatchPolicyType')), {
    doc: 'matchPolicy defines how the "rules" list is used to match incoming requests. Allowed values are "Exact" or "Equivalent". Defaults to "Equivalent"',
  }),
  opt('namespaceSelector', labelSelector(), {
    doc: 'NamespaceSelector decides whether to run the webhook on an object based on whether the namespace for that object matches the selector. Default to the empty LabelSelector, which matches everything.',
  }),
  opt('objectSelector', labelSelector(), {
    doc: 'ObjectSelector decides whether to run the webhook based on if the object has matching labels. Default to the empty LabelSelector, which matches everything.',
  }),
  req('sideEffects', t.ptr(t.named('v1.SideEffectClass')), {
    doc: 'SideEffects states whether this webhook has side effects. Acceptable values are: None, NoneOnDryRun (webhooks created via v1beta1 may also specify Some or Unknown).',
  }),
  opt('timeoutSeconds', t.ptr(t.int32), {
    doc: 'TimeoutSeconds specifies the timeout for this webhook. The timeout value must be between 1 and 30 seconds. Default to 10 seconds.',
  }),
  req('admissionReviewVersions', t.slice(t.string), {
    doc: 'AdmissionReviewVersions is an ordered list of preferred `AdmissionReview` versions the Webhook expects.',
  }),
];

const matchConditions = () =>
  opt('matchConditions', t.slice(t.struct(() => MatchConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'name',
    doc: 'MatchConditions is a list of conditions that must be met for a request to be sent to this webhook.',
  });

export const ValidatingWebhookDef: StructDef = struct(pkg, 'ValidatingWebhook', [
  ...webhookFields(),
  matchConditions(),
]);

export const MutatingWebhookDef: StructDef = struct(pkg, 'MutatingWebhook', [
  ...webhookFields(),
  opt('reinvocationPolicy', t.ptr(t.named('v1.ReinvocationPolicyType')), {
    doc: 'reinvocationPolicy indicates whether this webhook should be called multiple times as part of a single admission evaluation. Allowed values are "Never" and "IfNeeded". Defaults to "Never".',
  }),
  matchConditions(),
]);

export const ValidatingWebhookConfigurationDef: StructDef = struct(pkg, 'ValidatingWebhookConfiguration', [
  ...typeMetaFields(),
  objectMeta(),
  opt('webhooks', t.slice(t.struct(() => ValidatingWebhookDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'name',
    doc: 'Webhooks is a list of webhooks and the affected resources and operations.',
  }),
]);

export const MutatingWebhookConfigurationDef: StructDef = struct(pkg, 'MutatingWebhookConfiguration', [
  ...typeMetaFields(),
  objectMeta(),
  opt('webhooks', t.slice(t.struct(() => MutatingWebhookDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'name',
    doc: 'Webhooks is a list of webhooks and the affected resources and operations.',
  }),
]);

export const ValidatingWebhookConfigurationListDef: StructDef = listDef(
  pkg,
  'ValidatingWebhookConfigurationList',
  () => ValidatingWebhookConfigurationDef,
);
export const MutatingWebhookConfigurationListDef: StructDef = listDef(
  pkg,
  'MutatingWebhookConfigurationList',
  () => MutatingWebhookConfigurationDef,
);

// ---- Go types -----------------------------------------------------------------------------------------------

/** admissionregistration/v1 ValidatingWebhookConfiguration: webhooks that accept or reject an object. */
export const V1ValidatingWebhookConfiguration: GoType = {
  pkg,
  name: 'ValidatingWebhookConfiguration',
  def: ValidatingWebhookConfigurationDef,
};
export const V1ValidatingWebhookConfigurationList: GoType = {
  pkg,
  name: 'ValidatingWebhookConfigurationList',
  def: ValidatingWebhookConfigurationListDef,
};
/** admissionregistration/v1 MutatingWebhookConfiguration: webhooks that accept or reject and may change it. */
export const V1MutatingWebhookConfiguration: GoType = {
  pkg,
  name: 'MutatingWebhookConfiguration',
  def: MutatingWebhookConfigurationDef,
};
export const V1MutatingWebhookConfigurationList: GoType = {
  pkg,
  name: 'MutatingWebhookConfigurationList',
  def: MutatingWebhookConfigurationListDef,
};
