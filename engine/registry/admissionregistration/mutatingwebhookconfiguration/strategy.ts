// Go twin: k8s.io/kubernetes/pkg/registry/admissionregistration/mutatingwebhookconfiguration/strategy.go
// (mutatingWebhookConfigurationStrategy) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import { deepEqual } from '../../../util/equality';
import type { MutatingWebhookConfiguration } from '../../../apis/admissionregistration/types';
import {
  validateMutatingWebhookConfiguration,
  validateMutatingWebhookConfigurationUpdate,
} from '../../../apis/admissionregistration/validation/validation';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const cfg = (obj: RuntimeObject) => obj as MutatingWebhookConfiguration;

/** The default selectable fields: metadata.name (cluster-scoped, so the namespace is always empty). */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

/** Cluster-scoped; generation starts at 1 and moves on whenever the webhooks change. */
export const mutatingWebhookConfigurationStrategy: ResourceStrategy = {
  groupKind: () => ({ group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' }),
  namespaceScoped: () => false,
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    (obj.metadata ??= {}).generation = 1;
  },
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateMutatingWebhookConfiguration(cfg(obj)),
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
    validateMutatingWebhookConfigurationUpdate(cfg(obj), cfg(old)),
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
