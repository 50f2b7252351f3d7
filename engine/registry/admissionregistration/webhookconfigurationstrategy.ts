// Go twin: none of its own — the shape Go writes out twice, in
// k8s.io/kubernetes/pkg/registry/admissionregistration/{mutating,validating}webhookconfiguration/strategy.go
// @ v1.34.0. Each of those files here names its kind and validation functions and builds its strategy with this.
import type { RequestContext } from '../../endpoints/request/context';
import type { ObjectMeta, RuntimeObject } from '../../runtime/object';
import { deepEqual } from '../../util/equality';
import type { ErrorList } from '../../util/validation/field/errors';
import { getAttrs } from '../core/configmap/strategy';
import type { ResourceStrategy } from '../rest/create';

/** Cluster-scoped; generation starts at 1 and moves on whenever the webhooks change. */
export function webhookConfigurationStrategy<T extends { metadata?: ObjectMeta; webhooks?: unknown }>(
  kind: string,
  validate: (cfg: T) => ErrorList,
  validateUpdate: (cfg: T, old: T) => ErrorList,
): ResourceStrategy {
  const cfg = (obj: RuntimeObject) => obj as T;
  return {
    groupKind: () => ({ group: 'admissionregistration.k8s.io', kind }),
    namespaceScoped: () => false,
    prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
      (obj.metadata ??= {}).generation = 1;
    },
    validate: (_ctx: RequestContext, obj: RuntimeObject) => validate(cfg(obj)),
    warningsOnCreate: () => [],
    canonicalize: () => {},
    allowCreateOnUpdate: () => false,
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      // spec changes bump the generation (see metav1.ObjectMeta.Generation)
      if (!deepEqual(cfg(old).webhooks, cfg(obj).webhooks)) {
        (obj.metadata ??= {}).generation = (old.metadata?.generation ?? 0) + 1;
      }
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
      validateUpdate(cfg(obj), cfg(old)),
    warningsOnUpdate: () => [],
    allowUnconditionalUpdate: () => true,
    // the default selectable fields: metadata.name, and metadata.namespace (always empty: cluster-scoped)
    getAttrs,
  };
}
