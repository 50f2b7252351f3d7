// Go twin: k8s.io/api/core/v1/types.go (Namespace, NamespaceSpec, NamespaceStatus, NamespaceList) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';

export const NamespaceSpecDef: StructDef = struct(pkg, 'NamespaceSpec', [
  opt('finalizers', t.slice(t.named('v1.FinalizerName')), {
    doc: 'Finalizers is an opaque list of values that must be empty to permanently remove object from storage.',
  }),
]);

export const NamespaceConditionDef: StructDef = struct(pkg, 'NamespaceCondition', [
  req('type', t.named('v1.NamespaceConditionType'), { doc: 'Type of namespace controller condition.' }),
  req('status', t.named('v1.ConditionStatus'), {
    doc: 'Status of the condition, one of True, False, Unknown.',
  }),
  opt('lastTransitionTime', t.time),
  opt('reason', t.string),
  opt('message', t.string),
]);

export const NamespaceStatusDef: StructDef = struct(pkg, 'NamespaceStatus', [
  opt('phase', t.named('v1.NamespacePhase'), {
    doc: 'Phase is the current lifecycle phase of the namespace.',
  }),
  opt('conditions', t.slice(t.struct(() => NamespaceConditionDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'type',
    doc: "Represents the latest available observations of a namespace's current state.",
  }),
]);

export const NamespaceDef: StructDef = struct(pkg, 'Namespace', [
  ...typeMetaFields(),
  objectMeta(),
  opt(
    'spec',
    t.struct(() => NamespaceSpecDef),
    { doc: 'Spec defines the behavior of the Namespace.' },
  ),
  opt(
    'status',
    t.struct(() => NamespaceStatusDef),
    { doc: 'Status describes the current status of a Namespace.' },
  ),
]);

export const NamespaceListDef: StructDef = listDef(pkg, 'NamespaceList', () => NamespaceDef);

export const V1Namespace: GoType = { pkg, name: 'Namespace', def: NamespaceDef };
export const V1NamespaceList: GoType = { pkg, name: 'NamespaceList', def: NamespaceListDef };

/** v1.LabelMetadataName: the label every namespace carries with its own name. */
export const LabelMetadataName = 'kubernetes.io/metadata.name';
export const NamespaceActive = 'Active';
export const NamespaceTerminating = 'Terminating';
export const FinalizerKubernetes = 'kubernetes';
