// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresourcedefinition/strategy.go (strategy,
// statusStrategy, GetAttrs, CustomResourceDefinitionToSelectableFields) @ v1.34.0
//
// CRDs are cluster-scoped. A create starts with an empty status and generation 1 and records the storage
// version in status.storedVersions; an update keeps the stored status (adding a new storage version) and bumps
// the generation when the spec changed. The status strategy keeps the spec. Go calls
// ResetObjectMetaForStatus with the new object twice, so a status write may change metadata — which is how
// the finalizer controller removes its finalizer through /status.
import type { CustomResourceDefinition } from '../../apis/apiextensions/types';
import { isStoredVersion } from '../../apis/apiextensions/helpers';
import {
  validateCustomResourceDefinition,
  validateCustomResourceDefinitionUpdate,
  validateUpdateCustomResourceDefinitionStatus,
} from '../../apis/apiextensions/validation/validation';
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { ObjectAttrs, ResourceStrategy } from '../../../registry/rest/create';
import { deepEqual } from '../../../util/equality';

const crdOf = (obj: RuntimeObject) => obj as CustomResourceDefinition;

/** GetAttrs: the labels, and metadata.name / metadata.namespace. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

/** Appends the storage version to status.storedVersions unless it is there already. */
function recordStorageVersion(crd: CustomResourceDefinition): void {
  const storage = (crd.spec.versions ?? []).find((v) => v.storage);
  if (!storage || isStoredVersion(crd, storage.name)) return;
  const status = (crd.status ??= { acceptedNames: { plural: '', kind: '' } });
  status.storedVersions = [...(status.storedVersions ?? []), storage.name];
}

export function newStrategy(): ResourceStrategy {
  return {
    groupKind: () => ({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' }),
    namespaceScoped: () => false,

    prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
      const crd = crdOf(obj);
      crd.status = { acceptedNames: { plural: '', kind: '' } };
      (crd.metadata ??= {}).generation = 1;
      recordStorageVersion(crd);
    },
    validate: (_ctx: RequestContext, obj: RuntimeObject) => validateCustomResourceDefinition(crdOf(obj)),
    // unrecognized-format warnings need kube-openapi's format registry, which is not modelled
    warningsOnCreate: () => [],
    canonicalize: () => {},

    allowCreateOnUpdate: () => false,
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      const n = crdOf(obj);
      const o = crdOf(old);
      n.status = copyJSON(
        o.status ?? { acceptedNames: { plural: '', kind: '' } },
      ) as CustomResourceDefinition['status'];
      if (!deepEqual(o.spec, n.spec)) (n.metadata ??= {}).generation = (o.metadata?.generation ?? 0) + 1;
      recordStorageVersion(n);
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
      validateCustomResourceDefinitionUpdate(crdOf(obj), crdOf(old)),
    warningsOnUpdate: () => [],
    allowUnconditionalUpdate: () => false,
    getAttrs,
  };
}

export function newStatusStrategy(): ResourceStrategy {
  return {
    ...newStrategy(),
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      crdOf(obj).spec = copyJSON(crdOf(old).spec) as CustomResourceDefinition['spec'];
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
      validateUpdateCustomResourceDefinitionStatus(crdOf(obj), crdOf(old)),
  };
}
