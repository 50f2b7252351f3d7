// Go twin: k8s.io/kubernetes/plugin/pkg/admission/defaulttolerationseconds/admission.go (Plugin.Admit,
// NewDefaultTolerationSeconds) @ v1.34.0
//
// Every pod gets 300 s of grace on a node that turns not-ready or unreachable before the taint manager evicts
// it, unless the pod already says how it tolerates those taints.
import { newBadRequest } from '../../../../api/errors/errors';
import type { PluginFactory } from '../../../../admission/initializer';
import type { Attributes, Operation } from '../../../../admission/interfaces';
import type { PodObject, Toleration } from '../../../../apis/core/pod_types';
import { goTypeString, typeOf } from '../../../../runtime/object';

export const PluginName = 'DefaultTolerationSeconds';

/** v1.TaintNodeNotReady and v1.TaintNodeUnreachable, the taints the node lifecycle controller sets. */
export const TaintNodeNotReady = 'node.kubernetes.io/not-ready';
export const TaintNodeUnreachable = 'node.kubernetes.io/unreachable';

/** --default-not-ready-toleration-seconds and --default-unreachable-toleration-seconds (both 300). */
export const defaultNotReadyTolerationSeconds = 300;
export const defaultUnreachableTolerationSeconds = 300;

const corePkg = 'k8s.io/kubernetes/pkg/apis/core';

/** `%T` of the object, as Go prints a value that is not a *core.Pod. */
function goTypeOf(obj: unknown): string {
  if (obj === null || typeof obj !== 'object') return '<nil>';
  const type = typeOf(obj);
  return type ? `*${goTypeString(type)}` : 'map[string]interface {}';
}

/** A toleration with an empty key or effect matches every key or effect, so it already covers the taint. */
const tolerates = (t: Toleration, key: string) =>
  (t.key === key || !t.key) && (t.effect === 'NoExecute' || !t.effect);

export const newDefaultTolerationSeconds: PluginFactory = () => {
  function admit(a: Attributes): void {
    if (a.resource.group !== '' || a.resource.resource !== 'pods') return;
    // only pods proper, not their subresources
    if (a.subresource !== '') return;
    const type = a.object ? typeOf(a.object) : undefined;
    if (!type || type.pkg !== corePkg || type.name !== 'Pod') {
      throw newBadRequest(`expected *api.Pod but got ${goTypeOf(a.object)}`);
    }
    const pod = a.object as PodObject;
    const tolerations = pod.spec?.tolerations ?? [];
    const notReady = tolerations.some((t) => tolerates(t, TaintNodeNotReady));
    const unreachable = tolerations.some((t) => tolerates(t, TaintNodeUnreachable));
    if (notReady && unreachable) return;

    const spec = (pod.spec ??= {});
    const out = (spec.tolerations ??= []);
    if (!notReady) {
      out.push({
        key: TaintNodeNotReady,
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: defaultNotReadyTolerationSeconds,
      });
    }
    if (!unreachable) {
      out.push({
        key: TaintNodeUnreachable,
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: defaultUnreachableTolerationSeconds,
      });
    }
  }

  const ops: readonly Operation[] = ['CREATE', 'UPDATE'];
  return { name: PluginName, handles: (op) => ops.includes(op), admit };
};
