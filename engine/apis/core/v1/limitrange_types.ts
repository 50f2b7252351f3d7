// Go twin: k8s.io/api/core/v1/types.go (LimitRange, LimitRangeSpec, LimitRangeItem, LimitRangeList) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef, type TypeRef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';

/** v1.ResourceList: map[ResourceName]resource.Quantity */
export const resourceListType: TypeRef = { kind: 'map', name: 'v1.ResourceList', elem: t.quantity };

export const LimitRangeItemDef: StructDef = struct(pkg, 'LimitRangeItem', [
  req('type', t.named('v1.LimitType'), { doc: 'Type of resource that this limit applies to.' }),
  opt('max', resourceListType, { doc: 'Max usage constraints on this kind by resource name.' }),
  opt('min', resourceListType, { doc: 'Min usage constraints on this kind by resource name.' }),
  opt('default', resourceListType, {
    doc: 'Default resource requirement limit value by resource name if resource limit is omitted.',
  }),
  opt('defaultRequest', resourceListType, {
    doc: 'DefaultRequest is the default resource requirement request value by resource name if resource request is omitted.',
  }),
  opt('maxLimitRequestRatio', resourceListType, {
    doc: 'MaxLimitRequestRatio if specified, the named resource must have a request and limit that are both non-zero where limit divided by request is less than or equal to the enumerated value; this represents the max burst for the named resource.',
  }),
]);

export const LimitRangeSpecDef: StructDef = struct(pkg, 'LimitRangeSpec', [
  req('limits', t.slice(t.struct(() => LimitRangeItemDef)), {
    doc: 'Limits is the list of LimitRangeItem objects that are enforced.',
  }),
]);

export const LimitRangeDef: StructDef = struct(pkg, 'LimitRange', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => LimitRangeSpecDef),
    { doc: 'Spec defines the limits enforced.' },
  ),
]);

export const LimitRangeListDef: StructDef = listDef(pkg, 'LimitRangeList', () => LimitRangeDef);

export const V1LimitRange: GoType = { pkg, name: 'LimitRange', def: LimitRangeDef };
export const V1LimitRangeList: GoType = { pkg, name: 'LimitRangeList', def: LimitRangeListDef };
