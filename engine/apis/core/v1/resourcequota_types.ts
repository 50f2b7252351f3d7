// Go twin: k8s.io/api/core/v1/types.go (ResourceQuota, ResourceQuotaSpec, ScopeSelector,
// ScopedResourceSelectorRequirement, ResourceQuotaStatus, ResourceQuotaList) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';
import { resourceListType } from './limitrange_types';

const pkg = 'k8s.io/api/core/v1';

export const ScopedResourceSelectorRequirementDef: StructDef = struct(
  pkg,
  'ScopedResourceSelectorRequirement',
  [
    req('scopeName', t.named('v1.ResourceQuotaScope'), {
      doc: 'The name of the scope that the selector applies to.',
    }),
    req('operator', t.named('v1.ScopeSelectorOperator'), {
      doc: "Represents a scope's relationship to a set of values.",
    }),
    opt('values', t.slice(t.string), { doc: 'An array of string values.' }),
  ],
);

export const ScopeSelectorDef: StructDef = struct(pkg, 'ScopeSelector', [
  opt('matchExpressions', t.slice(t.struct(() => ScopedResourceSelectorRequirementDef)), {
    doc: 'A list of scope selector requirements by scope of the resources.',
  }),
]);

export const ResourceQuotaSpecDef: StructDef = struct(pkg, 'ResourceQuotaSpec', [
  opt('hard', resourceListType, {
    doc: 'hard is the set of desired hard limits for each named resource.',
  }),
  opt('scopes', t.slice(t.named('v1.ResourceQuotaScope')), {
    doc: 'A collection of filters that must match each object tracked by a quota.',
  }),
  opt('scopeSelector', t.ptr(t.struct(() => ScopeSelectorDef)), {
    doc: 'scopeSelector is also a collection of filters like scopes that must match each object tracked by a quota but expressed using ScopeSelectorOperator in combination with possible values.',
  }),
]);

export const ResourceQuotaStatusDef: StructDef = struct(pkg, 'ResourceQuotaStatus', [
  opt('hard', resourceListType, { doc: 'Hard is the set of enforced hard limits for each named resource.' }),
  opt('used', resourceListType, {
    doc: 'Used is the current observed total usage of the resource in the namespace.',
  }),
]);

export const ResourceQuotaDef: StructDef = struct(pkg, 'ResourceQuota', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => ResourceQuotaSpecDef),
    { doc: 'Spec defines the desired quota.' },
  ),
  opt(
    'status',
    t.struct(() => ResourceQuotaStatusDef),
    { doc: 'Status defines the actual enforced quota and its current usage.' },
  ),
]);

export const ResourceQuotaListDef: StructDef = listDef(pkg, 'ResourceQuotaList', () => ResourceQuotaDef);

export const V1ResourceQuota: GoType = { pkg, name: 'ResourceQuota', def: ResourceQuotaDef };
export const V1ResourceQuotaList: GoType = { pkg, name: 'ResourceQuotaList', def: ResourceQuotaListDef };
