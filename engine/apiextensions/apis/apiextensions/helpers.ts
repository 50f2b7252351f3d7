// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/helpers.go (SetCRDCondition,
// RemoveCRDCondition, FindCRDCondition, IsCRDConditionTrue, IsCRDConditionFalse, IsCRDConditionPresentAndEqual,
// IsCRDConditionEquivalent, CRDHasFinalizer, CRDRemoveFinalizer, HasServedCRDVersion, GetCRDStorageVersion,
// IsStoredVersion, GetSchemaForVersion, GetSubresourcesForVersion, GetColumnsForVersion,
// GetSelectableFieldsForVersion) @ v1.34.0
//
// Work on internal CRDs. Per-version fields may have been moved to the spec's top level by the v1 conversion,
// so a version's schema, subresources and columns are read through these getters.
import type {
  ConditionType,
  CustomResourceColumnDefinition,
  CustomResourceDefinition,
  CustomResourceDefinitionCondition,
  CustomResourceSubresources,
  CustomResourceValidation,
  SelectableField,
} from './types';
import { timestamp } from '../../../registry/generic/registry/store';

/**
 * SetCRDCondition: adds or updates a condition. lastTransitionTime changes only when the status does (or
 * was never set); reason and message always follow the new condition. `now` is the server clock.
 */
export function setCRDCondition(
  crd: CustomResourceDefinition,
  newCondition: CustomResourceDefinitionCondition,
  now: Date,
): void {
  const cond: CustomResourceDefinitionCondition = { ...newCondition, lastTransitionTime: timestamp(now) };
  const existing = findCRDCondition(crd, cond.type);
  if (!existing) {
    const status = (crd.status ??= { acceptedNames: { plural: '', kind: '' } });
    status.conditions = [...(status.conditions ?? []), cond];
    return;
  }
  if (existing.status !== cond.status || !existing.lastTransitionTime) {
    existing.status = cond.status;
    existing.lastTransitionTime = cond.lastTransitionTime;
  }
  existing.reason = cond.reason;
  existing.message = cond.message;
  if (existing.reason === undefined) delete existing.reason;
  if (existing.message === undefined) delete existing.message;
}

/** RemoveCRDCondition */
export function removeCRDCondition(crd: CustomResourceDefinition, conditionType: ConditionType): void {
  const conditions = crd.status?.conditions;
  if (!conditions) return;
  crd.status!.conditions = conditions.filter((c) => c.type !== conditionType);
}

/** FindCRDCondition: the condition of that type (the object's own, so callers may change it), or undefined. */
export function findCRDCondition(
  crd: CustomResourceDefinition,
  conditionType: ConditionType,
): CustomResourceDefinitionCondition | undefined {
  return (crd.status?.conditions ?? []).find((c) => c.type === conditionType);
}

export const isCRDConditionTrue = (crd: CustomResourceDefinition, t: ConditionType): boolean =>
  isCRDConditionPresentAndEqual(crd, t, 'True');
export const isCRDConditionFalse = (crd: CustomResourceDefinition, t: ConditionType): boolean =>
  isCRDConditionPresentAndEqual(crd, t, 'False');

export function isCRDConditionPresentAndEqual(
  crd: CustomResourceDefinition,
  conditionType: ConditionType,
  status: CustomResourceDefinitionCondition['status'],
): boolean {
  return findCRDCondition(crd, conditionType)?.status === status;
}

/** IsCRDConditionEquivalent: type, status, reason and message match (lastTransitionTime is ignored). */
export function isCRDConditionEquivalent(
  lhs: CustomResourceDefinitionCondition | undefined,
  rhs: CustomResourceDefinitionCondition | undefined,
): boolean {
  if (!lhs && !rhs) return true;
  if (!lhs || !rhs) return false;
  return (
    lhs.type === rhs.type &&
    lhs.status === rhs.status &&
    (lhs.reason ?? '') === (rhs.reason ?? '') &&
    (lhs.message ?? '') === (rhs.message ?? '')
  );
}

export function crdHasFinalizer(crd: CustomResourceDefinition, needle: string): boolean {
  return (crd.metadata?.finalizers ?? []).includes(needle);
}

export function crdRemoveFinalizer(crd: CustomResourceDefinition, needle: string): void {
  const meta = crd.metadata;
  if (!meta?.finalizers) return;
  meta.finalizers = meta.finalizers.filter((f) => f !== needle);
}

/** HasServedCRDVersion */
export function hasServedCRDVersion(crd: CustomResourceDefinition, version: string): boolean {
  return crd.spec.versions.some((v) => v.name === version && v.served);
}

/** GetCRDStorageVersion: the one version with storage=true (validation guarantees there is exactly one). */
export function getCRDStorageVersion(crd: CustomResourceDefinition): string {
  const v = crd.spec.versions.find((v) => v.storage);
  if (!v) throw new Error('invalid CustomResourceDefinition, no storage version');
  return v.name;
}

/** IsStoredVersion */
export function isStoredVersion(crd: CustomResourceDefinition, version: string): boolean {
  return (crd.status?.storedVersions ?? []).includes(version);
}

function versionNotFound(version: string): Error {
  return new Error(`version ${version} not found in CustomResourceDefinition`);
}

/** GetSchemaForVersion: the top-level schema if there is one, else the version's. */
export function getSchemaForVersion(
  crd: CustomResourceDefinition,
  version: string,
): CustomResourceValidation | undefined {
  if (!hasPerVersion(crd, (v) => v.schema !== undefined)) return crd.spec.validation;
  if (crd.spec.validation)
    throw new Error(
      'malformed CustomResourceDefinition: top-level and per-version schemas must be mutual exclusive',
    );
  const v = crd.spec.versions.find((v) => v.name === version);
  if (!v) throw versionNotFound(version);
  return v.schema;
}

/** GetSubresourcesForVersion */
export function getSubresourcesForVersion(
  crd: CustomResourceDefinition,
  version: string,
): CustomResourceSubresources | undefined {
  if (!hasPerVersion(crd, (v) => v.subresources !== undefined)) return crd.spec.subresources;
  if (crd.spec.subresources)
    throw new Error(
      'malformed CustomResourceDefinition: top-level and per-version subresources must be mutual exclusive',
    );
  const v = crd.spec.versions.find((v) => v.name === version);
  if (!v) throw versionNotFound(version);
  return v.subresources;
}

/** GetColumnsForVersion */
export function getColumnsForVersion(
  crd: CustomResourceDefinition,
  version: string,
): CustomResourceColumnDefinition[] {
  if (!hasPerVersion(crd, (v) => (v.additionalPrinterColumns ?? []).length > 0))
    return crd.spec.additionalPrinterColumns ?? [];
  if ((crd.spec.additionalPrinterColumns ?? []).length > 0)
    throw new Error(
      'malformed CustomResourceDefinition: top-level and per-version additionalPrinterColumns must be mutual exclusive',
    );
  const v = crd.spec.versions.find((v) => v.name === version);
  if (!v) throw versionNotFound(version);
  return v.additionalPrinterColumns ?? [];
}

/** GetSelectableFieldsForVersion */
export function getSelectableFieldsForVersion(
  crd: CustomResourceDefinition,
  version: string,
): SelectableField[] {
  if (!hasPerVersion(crd, (v) => (v.selectableFields ?? []).length > 0))
    return crd.spec.selectableFields ?? [];
  const v = crd.spec.versions.find((v) => v.name === version);
  if (!v) throw versionNotFound(version);
  return v.selectableFields ?? [];
}

function hasPerVersion(
  crd: CustomResourceDefinition,
  has: (v: CustomResourceDefinition['spec']['versions'][number]) => boolean,
): boolean {
  return crd.spec.versions.some(has);
}
