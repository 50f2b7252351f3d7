// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/types.go (CustomResourceDefinition and its
// parts) and types_jsonschema.go (JSONSchemaProps, ValidationRule, ExternalDocumentation) @ v1.34.0
//
// Field order and omitempty follow the Go structs. `status.conditions`, `status.storedVersions`,
// `acceptedNames.plural`/`kind` have no omitempty, so a fresh CRD encodes `"conditions":null` and
// `"acceptedNames":{"plural":"","kind":""}`. `items`, `additionalProperties`, `additionalItems` and
// `dependencies` have custom (un)marshalers in Go (schema-or-array, schema-or-bool), so they are raw JSON
// here: Go decodes them non-strictly too.
import { listDef, objectMeta, typeMetaFields } from '../../../../apis/meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../../runtime/gotype';
import type { GoType } from '../../../../runtime/object';

export const pkg = 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1';

const s = (def: () => StructDef) => t.struct(def);

export const ExternalDocumentationDef: StructDef = struct(pkg, 'ExternalDocumentation', [
  opt('description', t.string),
  opt('url', t.string),
]);

export const ValidationRuleDef: StructDef = struct(pkg, 'ValidationRule', [
  req('rule', t.string, { doc: 'Rule represents the expression which will be evaluated by CEL.' }),
  opt('message', t.string, { doc: 'Message represents the message displayed when validation fails.' }),
  opt('messageExpression', t.string, {
    doc: 'MessageExpression declares a CEL expression that evaluates to the validation failure message that is returned when this rule fails.',
  }),
  opt('reason', t.ptr(t.named('v1.FieldValueErrorReason')), {
    doc: 'reason provides a machine-readable validation failure reason that is returned to the caller when a request fails this validation rule.',
  }),
  opt('fieldPath', t.string, {
    doc: 'fieldPath represents the field path returned when the validation fails.',
  }),
  opt('optionalOldSelf', t.ptr(t.bool), {
    doc: 'optionalOldSelf is used to opt a transition rule into evaluation even when the object is first created, or if the old object is missing the value.',
  }),
]);

// named explicitly: the struct refers to itself, so its name cannot be read from the def while it is built
const schemaRef = () => t.struct(() => JSONSchemaPropsDef, 'v1.JSONSchemaProps');

export const JSONSchemaPropsDef: StructDef = struct(pkg, 'JSONSchemaProps', [
  opt('id', t.string),
  opt('$schema', t.named('v1.JSONSchemaURL')),
  opt('$ref', t.ptr(t.string)),
  opt('description', t.string),
  opt('type', t.string),
  opt('format', t.string, {
    doc: 'format is an OpenAPI v3 format string. Unknown formats are ignored.',
  }),
  opt('title', t.string),
  opt('default', t.ptr(t.json), {
    doc: 'default is a default value for undefined object fields. Defaulting requires spec.preserveUnknownFields to be false.',
  }),
  opt('maximum', t.ptr(t.float64)),
  opt('exclusiveMaximum', t.bool),
  opt('minimum', t.ptr(t.float64)),
  opt('exclusiveMinimum', t.bool),
  opt('maxLength', t.ptr(t.int64)),
  opt('minLength', t.ptr(t.int64)),
  opt('pattern', t.string),
  opt('maxItems', t.ptr(t.int64)),
  opt('minItems', t.ptr(t.int64)),
  opt('uniqueItems', t.bool),
  opt('multipleOf', t.ptr(t.float64)),
  opt('enum', t.slice(t.json)),
  opt('maxProperties', t.ptr(t.int64)),
  opt('minProperties', t.ptr(t.int64)),
  opt('required', t.slice(t.string)),
  opt('items', { kind: 'raw', name: '*v1.JSONSchemaPropsOrArray' }),
  opt('allOf', t.slice(schemaRef())),
  opt('oneOf', t.slice(schemaRef())),
  opt('anyOf', t.slice(schemaRef())),
  opt('not', t.ptr(schemaRef())),
  opt('properties', t.map(schemaRef())),
  opt('additionalProperties', { kind: 'raw', name: '*v1.JSONSchemaPropsOrBool' }),
  opt('patternProperties', t.map(schemaRef())),
  opt('dependencies', { kind: 'raw', name: 'v1.JSONSchemaDependencies' }),
  opt('additionalItems', { kind: 'raw', name: '*v1.JSONSchemaPropsOrBool' }),
  opt('definitions', t.map(schemaRef())),
  opt('externalDocs', t.ptr(s(() => ExternalDocumentationDef))),
  opt('example', t.ptr(t.json)),
  opt('nullable', t.bool),
  opt('x-kubernetes-preserve-unknown-fields', t.ptr(t.bool), {
    doc: 'x-kubernetes-preserve-unknown-fields stops the API server decoding step from pruning fields which are not specified in the validation schema.',
  }),
  opt('x-kubernetes-embedded-resource', t.bool, {
    doc: 'x-kubernetes-embedded-resource defines that the value is an embedded Kubernetes runtime.Object, with TypeMeta and ObjectMeta.',
  }),
  opt('x-kubernetes-int-or-string', t.bool, {
    doc: 'x-kubernetes-int-or-string specifies that this value is either an integer or a string.',
  }),
  opt('x-kubernetes-list-map-keys', t.slice(t.string), {
    doc: 'x-kubernetes-list-map-keys annotates an array with the x-kubernetes-list-type `map` by specifying the keys used as the index of the map.',
  }),
  opt('x-kubernetes-list-type', t.ptr(t.string), {
    doc: 'x-kubernetes-list-type annotates an array to further describe its topology: atomic, set or map.',
  }),
  opt('x-kubernetes-map-type', t.ptr(t.string), {
    doc: 'x-kubernetes-map-type annotates an object to further describe its topology: granular or atomic.',
  }),
  opt('x-kubernetes-validations', t.slice(s(() => ValidationRuleDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'rule',
    doc: 'x-kubernetes-validations describes a list of validation rules written in the CEL expression language.',
  }),
]);

export const ServiceReferenceDef: StructDef = struct(pkg, 'ServiceReference', [
  req('namespace', t.string, { doc: 'namespace is the namespace of the service. Required' }),
  req('name', t.string, { doc: 'name is the name of the service. Required' }),
  opt('path', t.ptr(t.string), {
    doc: 'path is an optional URL path at which the webhook will be contacted.',
  }),
  opt('port', t.ptr(t.int32), {
    doc: 'port is an optional service port at which the webhook will be contacted. `port` should be a valid port number (1-65535, inclusive). Defaults to 443 for backward compatibility.',
  }),
]);

export const WebhookClientConfigDef: StructDef = struct(pkg, 'WebhookClientConfig', [
  opt('url', t.ptr(t.string), {
    doc: 'url gives the location of the webhook, in standard URL form (`scheme://host:port/path`).',
  }),
  opt('service', t.ptr(s(() => ServiceReferenceDef)), {
    doc: 'service is a reference to the service for this webhook. Either service or url must be specified.',
  }),
  opt('caBundle', t.bytes, {
    doc: "caBundle is a PEM encoded CA bundle which will be used to validate the webhook's server certificate.",
  }),
]);

export const WebhookConversionDef: StructDef = struct(pkg, 'WebhookConversion', [
  opt('clientConfig', t.ptr(s(() => WebhookClientConfigDef)), {
    doc: 'clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.',
  }),
  req('conversionReviewVersions', t.slice(t.string), {
    doc: 'conversionReviewVersions is an ordered list of preferred `ConversionReview` versions the Webhook expects.',
  }),
]);

export const CustomResourceConversionDef: StructDef = struct(pkg, 'CustomResourceConversion', [
  req('strategy', t.named('v1.ConversionStrategyType'), {
    doc: 'strategy specifies how custom resources are converted between versions. Allowed values are: - `"None"` - `"Webhook"`',
  }),
  opt('webhook', t.ptr(s(() => WebhookConversionDef)), {
    doc: 'webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.',
  }),
]);

export const CustomResourceDefinitionNamesDef: StructDef = struct(pkg, 'CustomResourceDefinitionNames', [
  req('plural', t.string, {
    doc: 'plural is the plural name of the resource to serve. Must be all lowercase.',
  }),
  opt('singular', t.string, {
    doc: 'singular is the singular name of the resource. It must be all lowercase. Defaults to lowercased `kind`.',
  }),
  opt('shortNames', t.slice(t.string), {
    doc: 'shortNames are short names for the resource, exposed in API discovery documents. It must be all lowercase.',
  }),
  req('kind', t.string, {
    doc: 'kind is the serialized kind of the resource. It is normally CamelCase and singular.',
  }),
  opt('listKind', t.string, {
    doc: 'listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".',
  }),
  opt('categories', t.slice(t.string), {
    doc: "categories is a list of grouped resources this custom resource belongs to (e.g. 'all').",
  }),
]);

export const CustomResourceValidationDef: StructDef = struct(pkg, 'CustomResourceValidation', [
  opt('openAPIV3Schema', t.ptr(schemaRef()), {
    doc: 'openAPIV3Schema is the OpenAPI v3 schema to use for validation and pruning.',
  }),
]);

export const CustomResourceSubresourceStatusDef: StructDef = struct(
  pkg,
  'CustomResourceSubresourceStatus',
  [],
);

export const CustomResourceSubresourceScaleDef: StructDef = struct(pkg, 'CustomResourceSubresourceScale', [
  req('specReplicasPath', t.string, {
    doc: 'specReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `spec.replicas`.',
  }),
  req('statusReplicasPath', t.string, {
    doc: 'statusReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `status.replicas`.',
  }),
  opt('labelSelectorPath', t.ptr(t.string), {
    doc: 'labelSelectorPath defines the JSON path inside of a custom resource that corresponds to Scale `status.selector`.',
  }),
]);

export const CustomResourceSubresourcesDef: StructDef = struct(pkg, 'CustomResourceSubresources', [
  opt('status', t.ptr(s(() => CustomResourceSubresourceStatusDef)), {
    doc: 'status indicates the custom resource should serve a `/status` subresource.',
  }),
  opt('scale', t.ptr(s(() => CustomResourceSubresourceScaleDef)), {
    doc: 'scale indicates the custom resource should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.',
  }),
]);

export const CustomResourceColumnDefinitionDef: StructDef = struct(pkg, 'CustomResourceColumnDefinition', [
  req('name', t.string, { doc: 'name is a human readable name for the column.' }),
  req('type', t.string, { doc: 'type is an OpenAPI type definition for this column.' }),
  opt('format', t.string, {
    doc: 'format is an optional OpenAPI type definition for this column.',
  }),
  opt('description', t.string, { doc: 'description is a human readable description of this column.' }),
  opt('priority', t.int32, {
    doc: 'priority is an integer defining the relative importance of this column compared to others.',
  }),
  req('jsonPath', t.string, {
    doc: 'jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against each custom resource to produce the value for this column.',
  }),
]);

export const SelectableFieldDef: StructDef = struct(pkg, 'SelectableField', [
  req('jsonPath', t.string, {
    doc: 'jsonPath is a simple JSON path which is evaluated against each custom resource to produce a field selector value.',
  }),
]);

export const CustomResourceDefinitionVersionDef: StructDef = struct(pkg, 'CustomResourceDefinitionVersion', [
  req('name', t.string, { doc: 'name is the version name, e.g. “v1”, “v2beta1”, etc.' }),
  req('served', t.bool, {
    doc: 'served is a flag enabling/disabling this version from being served via REST APIs',
  }),
  req('storage', t.bool, {
    doc: 'storage indicates this version should be used when persisting custom resources to storage. There must be exactly one version with storage=true.',
  }),
  opt('deprecated', t.bool, {
    doc: 'deprecated indicates this version of the custom resource API is deprecated.',
  }),
  opt('deprecationWarning', t.ptr(t.string), {
    doc: 'deprecationWarning overrides the default warning returned to API clients. May only be set when `deprecated` is true.',
  }),
  opt('schema', t.ptr(s(() => CustomResourceValidationDef)), {
    doc: 'schema describes the schema used for validation, pruning, and defaulting of this version of the custom resource.',
  }),
  opt('subresources', t.ptr(s(() => CustomResourceSubresourcesDef)), {
    doc: 'subresources specify what subresources this version of the defined custom resource have.',
  }),
  opt('additionalPrinterColumns', t.slice(s(() => CustomResourceColumnDefinitionDef)), {
    doc: 'additionalPrinterColumns specifies additional columns returned in Table output.',
  }),
  opt('selectableFields', t.slice(s(() => SelectableFieldDef)), {
    doc: 'selectableFields specifies paths to fields that may be used as field selectors. A maximum of 8 selectable fields are allowed.',
  }),
]);

export const CustomResourceDefinitionSpecDef: StructDef = struct(pkg, 'CustomResourceDefinitionSpec', [
  req('group', t.string, { doc: 'group is the API group of the defined custom resource.' }),
  req(
    'names',
    s(() => CustomResourceDefinitionNamesDef),
    { doc: 'names specify the resource and kind names for the custom resource.' },
  ),
  req('scope', t.named('v1.ResourceScope'), {
    doc: 'scope indicates whether the defined custom resource is cluster- or namespace-scoped. Allowed values are `Cluster` and `Namespaced`.',
  }),
  req('versions', t.slice(s(() => CustomResourceDefinitionVersionDef)), {
    doc: 'versions is the list of all API versions of the defined custom resource.',
  }),
  opt('conversion', t.ptr(s(() => CustomResourceConversionDef)), {
    doc: 'conversion defines conversion settings for the CRD.',
  }),
  opt('preserveUnknownFields', t.bool, {
    doc: 'preserveUnknownFields indicates that object fields which are not specified in the OpenAPI schema should be preserved when persisting to storage.',
  }),
]);

export const CustomResourceDefinitionConditionDef: StructDef = struct(
  pkg,
  'CustomResourceDefinitionCondition',
  [
    req('type', t.named('v1.CustomResourceDefinitionConditionType'), {
      doc: 'type is the type of the condition. Types include Established, NamesAccepted and Terminating.',
    }),
    req('status', t.named('v1.ConditionStatus'), {
      doc: 'status is the status of the condition. Can be True, False, Unknown.',
    }),
    opt('lastTransitionTime', t.time, {
      doc: 'lastTransitionTime last time the condition transitioned from one status to another.',
    }),
    opt('reason', t.string, {
      doc: "reason is a unique, one-word, CamelCase reason for the condition's last transition.",
    }),
    opt('message', t.string, {
      doc: 'message is a human-readable message indicating details about last transition.',
    }),
  ],
);

export const CustomResourceDefinitionStatusDef: StructDef = struct(pkg, 'CustomResourceDefinitionStatus', [
  req('conditions', t.slice(s(() => CustomResourceDefinitionConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'type',
    doc: 'conditions indicate state for particular aspects of a CustomResourceDefinition',
  }),
  req(
    'acceptedNames',
    s(() => CustomResourceDefinitionNamesDef),
    {
      doc: 'acceptedNames are the names that are actually being used to serve discovery. They may be different than the names in spec.',
    },
  ),
  req('storedVersions', t.slice(t.string), {
    doc: 'storedVersions lists all versions of CustomResources that were ever persisted.',
  }),
]);

export const CustomResourceDefinitionDef: StructDef = struct(pkg, 'CustomResourceDefinition', [
  ...typeMetaFields(),
  objectMeta(),
  req(
    'spec',
    s(() => CustomResourceDefinitionSpecDef),
    { doc: 'spec describes how the user wants the resources to appear' },
  ),
  opt(
    'status',
    s(() => CustomResourceDefinitionStatusDef),
    { doc: 'status indicates the actual state of the CustomResourceDefinition' },
  ),
]);

export const CustomResourceDefinitionListDef: StructDef = listDef(
  pkg,
  'CustomResourceDefinitionList',
  () => CustomResourceDefinitionDef,
);

export const V1CustomResourceDefinition: GoType = {
  pkg,
  name: 'CustomResourceDefinition',
  def: CustomResourceDefinitionDef,
};
export const V1CustomResourceDefinitionList: GoType = {
  pkg,
  name: 'CustomResourceDefinitionList',
  def: CustomResourceDefinitionListDef,
};
