// Go twin: k8s.io/kubernetes/pkg/registry/core/configmap/strategy.go (strategy) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { ConfigMap } from '../../../apis/core/configmap_types';
import { validateConfigMap, validateConfigMapUpdate } from '../../../apis/core/validation/configmap';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const cm = (obj: RuntimeObject) => obj as ConfigMap;

/** The default selectable fields: metadata.name and metadata.namespace. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

/** ConfigMaps have nothing to drop or default on create/update (dropDisabledFields is a no-op in 1.34). */
export const configMapStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'ConfigMap' }),
  namespaceScoped: () => true,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateConfigMap(cm(obj)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => false,
  prepareForUpdate: () => {},
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateConfigMapUpdate(cm(obj), cm(old)),
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
