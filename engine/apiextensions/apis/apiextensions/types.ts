// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/types.go and types_jsonschema.go
// (CustomResourceDefinition and its parts, JSONSchemaProps) @ v1.34.0
//
// Internal objects have the v1 field names and no TypeMeta. Only what the simulator serves is modelled: the
// `None` conversion strategy (no conversion webhooks), and JSONSchemaProps without `$ref`/definitions.
import type { GoType, ObjectMeta, RuntimeObject } from '../../../runtime/object';

export const internalPkg = 'k8s.io/apiextensions-apiserver/pkg/apis/apiextensions';
export const GroupName = 'apiextensions.k8s.io';

export const ApiextensionsCustomResourceDefinition: GoType = {
  pkg: internalPkg,
  name: 'CustomResourceDefinition',
};
export const ApiextensionsCustomResourceDefinitionList: GoType = {
  pkg: internalPkg,
  name: 'CustomResourceDefinitionList',
};

/** ResourceScope */
export type ResourceScope = 'Cluster' | 'Namespaced';

/** CustomResourceCleanupFinalizer: the CRD is not gone until its custom resources are. */
export const CustomResourceCleanupFinalizer = 'customresourcecleanup.apiextensions.k8s.io';

/** CustomResourceDefinitionConditionType */
export type ConditionType =
  | 'Established'
  | 'NamesAccepted'
  | 'NonStructuralSchema'
  | 'Terminating'
  | 'KubernetesAPIApprovalPolicyConformant';

export interface CustomResourceDefinitionNames {
  plural: string;
  singular?: string;
  shortNames?: string[];
  kind: string;
  listKind?: string;
  categories?: string[];
}

/** JSONSchemaProps: an OpenAPI v3 schema, as a CRD writes it (the subset a structural schema may use). */
export interface JSONSchemaProps {
  id?: string;
  $schema?: string;
  description?: string;
  type?: string;
  format?: string;
  title?: string;
  default?: unknown;
  maximum?: number;
  exclusiveMaximum?: boolean;
  minimum?: number;
  exclusiveMinimum?: boolean;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  maxItems?: number;
  minItems?: number;
  uniqueItems?: boolean;
  multipleOf?: number;
  enum?: unknown[];
  maxProperties?: number;
  minProperties?: number;
  required?: string[];
  items?: JSONSchemaProps | JSONSchemaProps[];
  allOf?: JSONSchemaProps[];
  oneOf?: JSONSchemaProps[];
  anyOf?: JSONSchemaProps[];
  not?: JSONSchemaProps;
  properties?: Record<string, JSONSchemaProps>;
  additionalProperties?: JSONSchemaProps | boolean;
  nullable?: boolean;
  example?: unknown;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-list-type'?: string;
  'x-kubernetes-map-type'?: string;
  'x-kubernetes-validations'?: ValidationRule[];
  /** Go's internal type knows these only to forbid them (`$ref is not supported`, …) */
  $ref?: string;
  externalDocs?: { description?: string; url?: string };
  patternProperties?: Record<string, JSONSchemaProps>;
  dependencies?: Record<string, JSONSchemaProps | string[]>;
  additionalItems?: JSONSchemaProps | boolean;
  definitions?: Record<string, JSONSchemaProps>;
}

/** ValidationRule: one x-kubernetes-validations (CEL) entry. */
export interface ValidationRule {
  rule: string;
  message?: string;
  messageExpression?: string;
  reason?: string;
  fieldPath?: string;
  optionalOldSelf?: boolean;
}

export interface CustomResourceValidation {
  openAPIV3Schema?: JSONSchemaProps;
}

export interface CustomResourceSubresourceScale {
  specReplicasPath: string;
  statusReplicasPath: string;
  labelSelectorPath?: string;
}

export interface CustomResourceSubresources {
  /** an empty object turns the status subresource on */
  status?: Record<string, never>;
  scale?: CustomResourceSubresourceScale;
}

export interface CustomResourceColumnDefinition {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

export interface CustomResourceDefinitionVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema?: CustomResourceValidation;
  subresources?: CustomResourceSubresources;
  additionalPrinterColumns?: CustomResourceColumnDefinition[];
  selectableFields?: SelectableField[];
}

export interface SelectableField {
  jsonPath: string;
}

/** WebhookClientConfig (a conversion webhook); kept so such CRDs round-trip, never called. */
export interface WebhookClientConfig {
  url?: string;
  service?: { namespace: string; name: string; path?: string; port?: number };
  caBundle?: string;
}

export interface CustomResourceConversion {
  /** only `None` is served here */
  strategy: 'None' | 'Webhook';
  /** internal only: v1's `webhook.clientConfig` */
  webhookClientConfig?: WebhookClientConfig;
  /** internal only: v1's `webhook.conversionReviewVersions` */
  conversionReviewVersions?: string[];
}

/**
 * The internal spec keeps Go's deprecated top-level fields: converting from v1 copies `versions[0].name` to
 * `version` and moves a schema, subresources, printer columns or selectable fields that every version shares
 * up to `validation`, `subresources`, `additionalPrinterColumns`, `selectableFields` (clearing them in the
 * versions). So read a version's schema with helpers.ts getSchemaForVersion & co., never versions[i].schema.
 * It is also why validation errors of a one-version v1 CRD name `spec.validation.openAPIV3Schema…`.
 */
export interface CustomResourceDefinitionSpec {
  group: string;
  version?: string;
  names: CustomResourceDefinitionNames;
  scope: ResourceScope;
  validation?: CustomResourceValidation;
  subresources?: CustomResourceSubresources;
  versions: CustomResourceDefinitionVersion[];
  additionalPrinterColumns?: CustomResourceColumnDefinition[];
  selectableFields?: SelectableField[];
  conversion?: CustomResourceConversion;
  /** a pointer in Go's internal type; v1 input always sets it (false unless given) */
  preserveUnknownFields?: boolean;
}

export interface CustomResourceDefinitionCondition {
  type: ConditionType;
  status: 'True' | 'False' | 'Unknown';
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface CustomResourceDefinitionStatus {
  conditions?: CustomResourceDefinitionCondition[] | null;
  acceptedNames: CustomResourceDefinitionNames;
  storedVersions?: string[] | null;
}

export interface CustomResourceDefinition extends RuntimeObject {
  metadata?: ObjectMeta;
  spec: CustomResourceDefinitionSpec;
  status?: CustomResourceDefinitionStatus;
}
