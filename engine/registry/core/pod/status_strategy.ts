// Go twin: k8s.io/kubernetes/pkg/registry/core/pod/strategy.go (podStatusStrategy, StatusStrategy,
// preserveOldObservedGeneration) @ v1.34.0
//
// The pods/status subresource: everything but the spec, deletionTimestamp and ownerReferences may change (Go
// keeps label and annotation changes made through pods/status). Creation goes through podStrategy.
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import type { PodObject } from '../../../apis/core/pod_types';
import { defaultPodValidationOptions, validatePodStatusUpdate } from '../../../apis/core/validation/pod';
import type { ResourceStrategy } from '../../rest/create';
import { dropDisabledPodFields, podStrategy } from './strategy';

/** preserveOldObservedGeneration: a client clearing observedGeneration (pod or conditions) keeps the old value. */
function preserveOldObservedGeneration(newPod: PodObject, oldPod: PodObject): void {
  const status = (newPod.status ??= {});
  if (!status.observedGeneration) {
    if (oldPod.status?.observedGeneration) status.observedGeneration = oldPod.status.observedGeneration;
    else delete status.observedGeneration;
  }
  const oldGenerations = new Map<string, number[]>();
  for (const c of oldPod.status?.conditions ?? []) {
    const list = oldGenerations.get(c.type ?? '') ?? [];
    list.push(c.observedGeneration ?? 0);
    oldGenerations.set(c.type ?? '', list);
  }
  for (const c of status.conditions ?? []) {
    const list = oldGenerations.get(c.type ?? '') ?? [];
    const oldGeneration = list.shift() ?? 0;
    if (!c.observedGeneration && oldGeneration) c.observedGeneration = oldGeneration;
  }
}

export const podStatusStrategy: ResourceStrategy = {
  ...podStrategy,

  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newPod = obj as PodObject;
    const oldPod = old as PodObject;
    newPod.spec = copyJSON(oldPod.spec ?? {}) as PodObject['spec'];
    const meta = (newPod.metadata ??= {});
    delete meta.deletionTimestamp;
    // old kubelets corrupted owner references through pods/status, so they may not change here
    if (oldPod.metadata?.ownerReferences !== undefined)
      meta.ownerReferences = copyJSON(oldPod.metadata.ownerReferences) as unknown[];
    else delete meta.ownerReferences;
    // the QoS class is immutable; old kubelets dropped it when rejecting a pod
    const status = (newPod.status ??= {});
    if (!status.qosClass && oldPod.status?.qosClass) status.qosClass = oldPod.status.qosClass;
    preserveOldObservedGeneration(newPod, oldPod);
    dropDisabledPodFields(newPod, oldPod);
  },

  validateUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList {
    return validatePodStatusUpdate(
      obj as PodObject,
      old as PodObject,
      defaultPodValidationOptions({ resourceIsPod: true }),
    );
  },

  /** Go warns about non-canonical pod and host IPs here; those are not modelled. */
  warningsOnUpdate: () => [],
};
