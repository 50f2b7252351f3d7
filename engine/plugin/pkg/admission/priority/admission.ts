// Go twin: k8s.io/kubernetes/plugin/pkg/admission/priority/admission.go (Plugin.Admit, admitPod,
// getDefaultPriorityClass, getDefaultPriority) and pkg/apis/scheduling (SystemPriorityClasses) @ v1.34.0
//
// Priority resolves a pod's spec.priority (and spec.preemptionPolicy) from its priorityClassName when the pod
// is created, and keeps both on update. This simulator serves no scheduling.k8s.io API: the PriorityClasses
// the plugin can see are the two that kube-apiserver's bootstrap post-start hook creates (plus any a test
// passes in), and Go's Validate, which guards PriorityClass writes, has nothing to guard.
import { newBadRequest } from '../../../../api/errors/errors';
import { newForbidden } from '../../../../admission/errors';
import type { PluginInitialization } from '../../../../admission/initializer';
import type { Attributes, Operation, Plugin } from '../../../../admission/interfaces';
import type { PodObject } from '../../../../apis/core/pod_types';
import { typeOf } from '../../../../runtime/object';

export const PluginName = 'Priority';

/** scheduling.PriorityClass, the fields the plugin reads. */
export interface PriorityClass {
  metadata: { name: string };
  value: number;
  globalDefault?: boolean;
  description?: string;
  preemptionPolicy?: string;
}

/** scheduling.SystemCriticalPriority: 2 billion, above anything a user may define (1 billion). */
export const SystemCriticalPriority = 2 * 1_000_000_000;
export const SystemClusterCritical = 'system-cluster-critical';
export const SystemNodeCritical = 'system-node-critical';
/** scheduling.DefaultPriorityWhenNoDefaultClassExists */
export const DefaultPriorityWhenNoDefaultClassExists = 0;
/** core.PreemptLowerPriority: what a PriorityClass defaults to, and what a pod gets without a default class. */
export const PreemptLowerPriority = 'PreemptLowerPriority';

/** SystemPriorityClasses, as the bootstrap hook stores them (preemptionPolicy defaulted). */
export function systemPriorityClasses(): PriorityClass[] {
  return [
    {
      metadata: { name: SystemNodeCritical },
      value: SystemCriticalPriority + 1000,
      description: 'Used for system critical pods that must not be moved from their current node.',
      preemptionPolicy: PreemptLowerPriority,
    },
    {
      metadata: { name: SystemClusterCritical },
      value: SystemCriticalPriority,
      description:
        'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.',
      preemptionPolicy: PreemptLowerPriority,
    },
  ];
}

export interface PriorityOptions {
  /** the PriorityClasses that exist; defaults to the two system classes */
  priorityClasses?: readonly PriorityClass[];
}

const corePkg = 'k8s.io/kubernetes/pkg/apis/core';
const isPod = (o: unknown): o is PodObject => {
  const type = o !== null && typeof o === 'object' ? typeOf(o) : undefined;
  return type?.pkg === corePkg && type.name === 'Pod';
};
const notConvertible = () =>
  newBadRequest('resource was marked with kind Pod but was unable to be converted');

/**
 * NewPlugin. A PluginFactory: `newPlugin(init)`; tests may pass PriorityClasses the simulator cannot serve.
 */
export function newPlugin(_init: PluginInitialization, options: PriorityOptions = {}): Plugin {
  const classes = options.priorityClasses ?? systemPriorityClasses();

  /** When several classes claim to be the default (a race in Go), the lowest value wins. */
  function getDefaultPriorityClass(): PriorityClass | undefined {
    let found: PriorityClass | undefined;
    for (const pc of classes) if (pc.globalDefault && (!found || found.value > pc.value)) found = pc;
    return found;
  }

  function admitPod(a: Attributes): void {
    if (!isPod(a.object)) throw notConvertible();
    const pod = a.object;
    const spec = pod.spec ?? {};

    if (a.operation === 'UPDATE') {
      if (!isPod(a.oldObject)) throw notConvertible();
      // priority was set on create and validation forbids changing it: an update that drops it keeps it
      const old = a.oldObject.spec ?? {};
      if (spec.priority === undefined && old.priority !== undefined)
        (pod.spec ??= spec).priority = old.priority;
      if (spec.preemptionPolicy === undefined && old.preemptionPolicy !== undefined) {
        (pod.spec ??= spec).preemptionPolicy = old.preemptionPolicy;
      }
      return;
    }

    // resolve everything first and write only when the pod is admitted
    let className = spec.priorityClassName ?? '';
    let priority: number;
    let preemptionPolicy: string | undefined;
    if (className === '') {
      const dpc = getDefaultPriorityClass();
      className = dpc?.metadata.name ?? '';
      priority = dpc ? dpc.value : DefaultPriorityWhenNoDefaultClassExists;
      preemptionPolicy = dpc ? dpc.preemptionPolicy : PreemptLowerPriority;
    } else {
      const pc = classes.find((c) => c.metadata.name === className);
      if (!pc) throw newForbidden(a, new Error(`no PriorityClass with name ${className} was found`));
      priority = pc.value;
      preemptionPolicy = pc.preemptionPolicy;
    }
    if (spec.priority !== undefined && spec.priority !== priority) {
      throw newForbidden(
        a,
        new Error(
          `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${priority} from the given PriorityClass name`,
        ),
      );
    }
    if (
      preemptionPolicy !== undefined &&
      spec.preemptionPolicy !== undefined &&
      spec.preemptionPolicy !== preemptionPolicy
    ) {
      throw newForbidden(
        a,
        new Error(
          `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${preemptionPolicy} from the given PriorityClass name`,
        ),
      );
    }
    if (className !== '') spec.priorityClassName = className;
    spec.priority = priority;
    if (preemptionPolicy !== undefined) spec.preemptionPolicy = preemptionPolicy;
    pod.spec = spec;
  }

  function admit(a: Attributes): void {
    if (a.subresource !== '') return;
    if (a.resource.group !== '' || a.resource.resource !== 'pods') return;
    if (a.operation === 'CREATE' || a.operation === 'UPDATE') admitPod(a);
  }

  const ops: readonly Operation[] = ['CREATE', 'UPDATE', 'DELETE'];
  return { name: PluginName, handles: (op) => ops.includes(op), admit };
}
