// Go twin: k8s.io/api/authorization/v1/types.go (SubjectAccessReview, SelfSubjectAccessReview,
// ResourceAttributes, FieldSelectorAttributes, LabelSelectorAttributes, NonResourceAttributes,
// SubjectAccessReviewSpec, SelfSubjectAccessReviewSpec, SubjectAccessReviewStatus) and
// k8s.io/apimachinery/pkg/apis/meta/v1/types.go (FieldSelectorRequirement) @ v1.34.0
import { LabelSelectorRequirementDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/authorization/v1';

export const FieldSelectorRequirementDef: StructDef = struct(
  'k8s.io/apimachinery/pkg/apis/meta/v1',
  'FieldSelectorRequirement',
  [
    req('key', t.string, { doc: 'key is the field selector key that the requirement applies to.' }),
    req('operator', t.named('v1.FieldSelectorOperator'), {
      doc: "operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists, DoesNotExist.",
    }),
    opt('values', t.slice(t.string), { doc: 'values is an array of string values.' }),
  ],
);

export const FieldSelectorAttributesDef: StructDef = struct(pkg, 'FieldSelectorAttributes', [
  opt('rawSelector', t.string, {
    doc: 'rawSelector is the serialization of a field selector that would be included in a query parameter.',
  }),
  opt('requirements', t.slice(t.struct(() => FieldSelectorRequirementDef)), {
    doc: 'requirements is the parsed interpretation of a field selector.',
  }),
]);

export const LabelSelectorAttributesDef: StructDef = struct(pkg, 'LabelSelectorAttributes', [
  opt('rawSelector', t.string, {
    doc: 'rawSelector is the serialization of a field selector that would be included in a query parameter.',
  }),
  opt('requirements', t.slice(t.struct(() => LabelSelectorRequirementDef)), {
    doc: 'requirements is the parsed interpretation of a label selector.',
  }),
]);

export const ResourceAttributesDef: StructDef = struct(pkg, 'ResourceAttributes', [
  opt('namespace', t.string, { doc: 'namespace is the namespace of the action being requested.' }),
  opt('verb', t.string, {
    doc: 'verb is a kubernetes resource API verb, like: get, list, watch, create, update, delete, proxy.  "*" means all.',
  }),
  opt('group', t.string, { doc: 'group is the API Group of the Resource.  "*" means all.' }),
  opt('version', t.string, { doc: 'version is the API Version of the Resource.  "*" means all.' }),
  opt('resource', t.string, { doc: 'resource is one of the existing resource types.  "*" means all.' }),
  opt('subresource', t.string, { doc: 'subresource is one of the existing resource types.  "" means none.' }),
  opt('name', t.string, {
    doc: 'name is the name of the resource being requested for a "get" or deleted for a "delete". "" (empty) means all.',
  }),
  opt('fieldSelector', t.ptr(t.struct(() => FieldSelectorAttributesDef)), {
    doc: 'fieldSelector describes the limitation on access based on field.  It can only limit access, not broaden it.',
  }),
  opt('labelSelector', t.ptr(t.struct(() => LabelSelectorAttributesDef)), {
    doc: 'labelSelector describes the limitation on access based on labels.  It can only limit access, not broaden it.',
  }),
]);

export const NonResourceAttributesDef: StructDef = struct(pkg, 'NonResourceAttributes', [
  opt('path', t.string, { doc: 'path is the URL path of the request' }),
  opt('verb', t.string, { doc: 'verb is the standard HTTP verb' }),
]);

const attributeFields = () => [
  opt('resourceAttributes', t.ptr(t.struct(() => ResourceAttributesDef)), {
    doc: 'resourceAttributes describes information for a resource access request',
  }),
  opt('nonResourceAttributes', t.ptr(t.struct(() => NonResourceAttributesDef)), {
    doc: 'nonResourceAttributes describes information for a non-resource access request',
  }),
];

export const SubjectAccessReviewSpecDef: StructDef = struct(pkg, 'SubjectAccessReviewSpec', [
  ...attributeFields(),
  opt('user', t.string, { doc: "user is the user you're testing for." }),
  opt('groups', t.slice(t.string), { doc: "groups is the groups you're testing for." }),
  opt('extra', t.map(t.slice(t.string)), {
    doc: 'extra corresponds to the user.Info.GetExtra() method from the authenticator.',
  }),
  opt('uid', t.string, { doc: 'uid information about the requesting user.' }),
]);

export const SelfSubjectAccessReviewSpecDef: StructDef = struct(
  pkg,
  'SelfSubjectAccessReviewSpec',
  attributeFields(),
);

export const SubjectAccessReviewStatusDef: StructDef = struct(pkg, 'SubjectAccessReviewStatus', [
  req('allowed', t.bool, { doc: 'allowed is true if the action would be allowed, false otherwise.' }),
  opt('denied', t.bool, { doc: 'denied is optional. True if the action would be denied, otherwise false.' }),
  opt('reason', t.string, { doc: 'reason is optional.  It indicates why a request was allowed or denied.' }),
  opt('evaluationError', t.string, {
    doc: 'evaluationError is an indication that some error occurred during the authorization check.',
  }),
]);

const reviewDef = (name: string, spec: () => StructDef, specDoc: string): StructDef =>
  struct(pkg, name, [
    ...typeMetaFields(),
    objectMeta(),
    req('spec', t.struct(spec), { doc: specDoc }),
    opt(
      'status',
      t.struct(() => SubjectAccessReviewStatusDef),
      {
        doc: 'status is filled in by the server and indicates whether the request is allowed or not',
      },
    ),
  ]);

export const SubjectAccessReviewDef: StructDef = reviewDef(
  'SubjectAccessReview',
  () => SubjectAccessReviewSpecDef,
  'spec holds information about the request being evaluated',
);

export const SelfSubjectAccessReviewDef: StructDef = reviewDef(
  'SelfSubjectAccessReview',
  () => SelfSubjectAccessReviewSpecDef,
  'spec holds information about the request being evaluated.  user and groups must be empty',
);

/** authorization/v1 SubjectAccessReview: may a given user do this? */
export const V1SubjectAccessReview: GoType = {
  pkg,
  name: 'SubjectAccessReview',
  def: SubjectAccessReviewDef,
};
/** authorization/v1 SelfSubjectAccessReview: may I do this? (kubectl auth can-i) */
export const V1SelfSubjectAccessReview: GoType = {
  pkg,
  name: 'SelfSubjectAccessReview',
  def: SelfSubjectAccessReviewDef,
};
