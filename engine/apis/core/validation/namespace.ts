// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateNamespace, ValidateNamespaceUpdate,
// ValidateNamespaceStatusUpdate, ValidateNamespaceFinalizeUpdate, validateFinalizerName) @ v1.34.0
import { invalid, type ErrorList } from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import {
  validateFinalizerName as validateQualifiedFinalizerName,
  validateNamespaceName,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import type { Namespace } from '../namespace_types';
import { NamespaceActive, NamespaceTerminating } from '../v1/namespace_types';

/** helper.IsStandardFinalizerName: kubernetes, orphan, foregroundDeletion. */
const standardFinalizers = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** validateFinalizerName (core): a qualified name, and unqualified names must be standard ones. */
export function validateFinalizerName(value: string, fldPath: Path): ErrorList {
  const errs = validateQualifiedFinalizerName(value, fldPath);
  if (value.split('/').length === 1 && !standardFinalizers.has(value)) {
    errs.push(invalid(fldPath, value, 'name is neither a standard finalizer name nor is it fully qualified'));
  }
  return errs;
}

/** ValidateNamespace: cluster-scoped metadata, and spec.finalizers (Go reports them without an index). */
export function validateNamespace(ns: Namespace): ErrorList {
  const errs = validateObjectMeta(ns.metadata, false, validateNamespaceName, newPath('metadata'));
  for (const f of ns.spec?.finalizers ?? [])
    errs.push(...validateFinalizerName(f, newPath('spec', 'finalizers')));
  return errs;
}

export function validateNamespaceUpdate(newNs: Namespace, oldNs: Namespace): ErrorList {
  return validateObjectMetaUpdate(newNs.metadata, oldNs.metadata, newPath('metadata'));
}

/** ValidateNamespaceStatusUpdate: the phase must agree with deletionTimestamp (path `status.Phase`, as Go). */
export function validateNamespaceStatusUpdate(newNs: Namespace, oldNs: Namespace): ErrorList {
  const errs = validateObjectMetaUpdate(newNs.metadata, oldNs.metadata, newPath('metadata'));
  const phase = newNs.status?.phase ?? '';
  if (!newNs.metadata?.deletionTimestamp) {
    if (phase !== NamespaceActive) {
      errs.push(
        invalid(newPath('status', 'Phase'), phase, "may only be 'Active' if `deletionTimestamp` is empty"),
      );
    }
  } else if (phase !== NamespaceTerminating) {
    errs.push(
      invalid(
        newPath('status', 'Phase'),
        phase,
        "may only be 'Terminating' if `deletionTimestamp` is not empty",
      ),
    );
  }
  return errs;
}

export function validateNamespaceFinalizeUpdate(newNs: Namespace, oldNs: Namespace): ErrorList {
  const errs = validateObjectMetaUpdate(newNs.metadata, oldNs.metadata, newPath('metadata'));
  const fldPath = newPath('spec', 'finalizers');
  (newNs.spec?.finalizers ?? []).forEach((f, i) => errs.push(...validateFinalizerName(f, fldPath.index_(i))));
  return errs;
}
