// Go twin: k8s.io/kubernetes/pkg/registry/core/namespace/strategy.go (namespaceStrategy,
// namespaceStatusStrategy, namespaceFinalizeStrategy, NamespaceToSelectableFields) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import { copyJSON, setOwn } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import type { Namespace } from '../../../apis/core/namespace_types';
import {
  FinalizerKubernetes,
  LabelMetadataName,
  NamespaceActive,
} from '../../../apis/core/v1/namespace_types';
import {
  validateNamespace,
  validateNamespaceFinalizeUpdate,
  validateNamespaceStatusUpdate,
  validateNamespaceUpdate,
} from '../../../apis/core/validation/namespace';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const ns = (obj: RuntimeObject) => obj as Namespace;

/** NamespaceToSelectableFields: metadata.name, status.phase and the legacy `name` field. */
export function namespaceToSelectableFields(namespace: Namespace): Record<string, string> {
  return {
    'metadata.name': namespace.metadata?.name ?? '',
    'status.phase': namespace.status?.phase ?? '',
    // This is a bug, but Go keeps it for backward compatibility.
    name: namespace.metadata?.name ?? '',
  };
}

export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return { labels: { ...(obj.metadata?.labels ?? {}) }, fields: namespaceToSelectableFields(ns(obj)) };
}

/** Namespaces are cluster-scoped; create sets status Active and requires the `kubernetes` finalizer. */
export const namespaceStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'Namespace' }),
  namespaceScoped: () => false,

  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    const namespace = ns(obj);
    // on create, status is active
    namespace.status = { phase: NamespaceActive };
    // on create, we require the kubernetes value; it may be removed over the life of the object
    const spec = (namespace.spec ??= {});
    const finalizers = spec.finalizers ?? [];
    if (!finalizers.includes(FinalizerKubernetes)) spec.finalizers = [...finalizers, FinalizerKubernetes];
  },

  validate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList => validateNamespace(ns(obj)),
  warningsOnCreate: () => [],

  /**
   * Canonicalize: the name label, for namespaces created with generateName (whose name was unknown when
   * defaulting ran). Kept in sync with SetDefaults_Namespace.
   */
  canonicalize(obj: RuntimeObject): void {
    const meta = (obj.metadata ??= {});
    meta.labels ??= {};
    setOwn(meta.labels, LabelMetadataName, meta.name ?? '');
  },

  allowCreateOnUpdate: () => false,

  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newNs = ns(obj);
    const oldNs = ns(old);
    newNs.spec = { ...(newNs.spec ?? {}) };
    if (oldNs.spec?.finalizers !== undefined) newNs.spec.finalizers = [...oldNs.spec.finalizers];
    else delete newNs.spec.finalizers;
    newNs.status = structuredStatus(oldNs);
  },

  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList => [
    ...validateNamespace(ns(obj)),
    ...validateNamespaceUpdate(ns(obj), ns(old)),
  ],
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};

const structuredStatus = (from: Namespace) => copyJSON(from.status ?? {}) as Namespace['status'];

/** The status subresource: spec is kept from the stored object; the phase must agree with deletion. */
export const namespaceStatusStrategy: ResourceStrategy = {
  ...namespaceStrategy,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    ns(obj).spec = copyJSON(ns(old).spec ?? {}) as Namespace['spec'];
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateNamespaceStatusUpdate(ns(obj), ns(old)),
};

/** The finalize subresource: only spec.finalizers may change. */
export const namespaceFinalizeStrategy: ResourceStrategy = {
  ...namespaceStrategy,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    ns(obj).status = structuredStatus(ns(old));
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateNamespaceFinalizeUpdate(ns(obj), ns(old)),
};
