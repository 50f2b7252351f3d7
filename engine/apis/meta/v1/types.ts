// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/types.go (TypeMeta, ObjectMeta, ListMeta, …) @ v1.34.0
import { opt, req, struct, t, type FieldDef, type StructDef } from '../../../runtime/gotype';

const pkg = 'k8s.io/apimachinery/pkg/apis/meta/v1';

/** The inline TypeMeta fields every top-level type starts with. */
export const typeMetaFields = (): FieldDef[] => [
  opt('kind', t.string, {
    doc: 'Kind is a string value representing the REST resource this object represents.',
  }),
  opt('apiVersion', t.string, {
    doc: 'APIVersion defines the versioned schema of this representation of an object.',
  }),
];

export const OwnerReferenceDef: StructDef = struct(pkg, 'OwnerReference', [
  req('apiVersion', t.string),
  req('kind', t.string),
  req('name', t.string),
  req('uid', t.named('types.UID')),
  opt('controller', t.ptr(t.bool)),
  opt('blockOwnerDeletion', t.ptr(t.bool)),
]);

export const ManagedFieldsEntryDef: StructDef = struct(pkg, 'ManagedFieldsEntry', [
  opt('manager', t.string),
  opt('operation', t.named('v1.ManagedFieldsOperationType')),
  opt('apiVersion', t.string),
  opt('time', t.ptr(t.time)),
  opt('fieldsType', t.string),
  opt('fieldsV1', t.ptr(t.raw)),
  opt('subresource', t.string),
]);

export const ObjectMetaDef: StructDef = struct(pkg, 'ObjectMeta', [
  opt('name', t.string, { doc: 'Name must be unique within a namespace.' }),
  opt('generateName', t.string, { doc: 'An optional prefix the server uses to generate a unique name.' }),
  opt('namespace', t.string, { doc: 'The namespace the object lives in.' }),
  opt('selfLink', t.string),
  opt('uid', t.named('types.UID'), { doc: 'The unique in time and space value for this object.' }),
  opt('resourceVersion', t.string, {
    doc: 'An opaque value that represents the internal version of this object.',
  }),
  opt('generation', t.int64, {
    doc: 'A sequence number representing a specific generation of the desired state.',
  }),
  opt('creationTimestamp', t.time, { doc: 'When this object was created, set by the server.' }),
  opt('deletionTimestamp', t.ptr(t.time)),
  opt('deletionGracePeriodSeconds', t.ptr(t.int64)),
  opt('labels', t.map(t.string), { doc: 'Map of string keys and values used to select objects.' }),
  opt('annotations', t.map(t.string), { doc: 'Unstructured key value map for arbitrary metadata.' }),
  opt('ownerReferences', t.slice(t.struct(() => OwnerReferenceDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'uid',
  }),
  opt('finalizers', t.slice(t.string), { patchStrategy: 'merge' }),
  opt('managedFields', t.slice(t.struct(() => ManagedFieldsEntryDef))),
]);

export const ListMetaDef: StructDef = struct(pkg, 'ListMeta', [
  opt('selfLink', t.string),
  opt('resourceVersion', t.string),
  opt('continue', t.string),
  opt('remainingItemCount', t.ptr(t.int64)),
]);

export const LabelSelectorRequirementDef: StructDef = struct(pkg, 'LabelSelectorRequirement', [
  req('key', t.string, { patchStrategy: 'merge', patchMergeKey: 'key' }),
  req('operator', t.named('v1.LabelSelectorOperator')),
  opt('values', t.slice(t.string)),
]);

export const LabelSelectorDef: StructDef = struct(pkg, 'LabelSelector', [
  opt('matchLabels', t.map(t.string)),
  opt('matchExpressions', t.slice(t.struct(() => LabelSelectorRequirementDef))),
]);

export const objectMeta = () =>
  opt(
    'metadata',
    t.struct(() => ObjectMetaDef),
    { doc: "Standard object's metadata." },
  );
export const listMeta = () =>
  opt(
    'metadata',
    t.struct(() => ListMetaDef),
    { doc: 'Standard list metadata.' },
  );

/** A `<Kind>List` struct: TypeMeta, ListMeta, and items of the given element type. */
export function listDef(pkgPath: string, name: string, item: () => StructDef): StructDef {
  return struct(pkgPath, name, [...typeMetaFields(), listMeta(), req('items', t.slice(t.struct(item)))]);
}
