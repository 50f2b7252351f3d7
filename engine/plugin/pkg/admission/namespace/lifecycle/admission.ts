// Go twin: k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go (Lifecycle.Admit,
// NewLifecycle, isAccessReview) @ v1.34.0
//
// NamespaceLifecycle keeps three rules: the immortal namespaces cannot be deleted, nothing is created in a
// namespace that is being terminated, and nothing namespaced is written in a namespace that does not exist.
// Go implements it as a mutating plugin (Admit), so it runs first in the mutating phase, before any default
// is applied to an object that would be refused anyway.
import {
  newForbidden as forbidden,
  newInternalError,
  newNotFound,
  type StatusError,
} from '../../../../../api/errors/errors';
import { newForbidden } from '../../../../../admission/errors';
import type { PluginFactory } from '../../../../../admission/initializer';
import type { Attributes, Operation } from '../../../../../admission/interfaces';
import type { Namespace } from '../../../../../apis/core/namespace_types';

export const PluginName = 'NamespaceLifecycle';

/** metav1.NamespaceDefault, NamespaceSystem, NamespacePublic: what Register passes to NewLifecycle. */
export const immortalNamespaces: readonly string[] = ['default', 'kube-system', 'kube-public'];

/** v1.NamespaceTerminatingCause: the cause a client can match on to retry later. */
export const NamespaceTerminatingCause = 'NamespaceTerminating';

const namespaces = { group: '', resource: 'namespaces' };

/**
 * Reviews that say what a user may do in a namespace are always allowed: a 404 here would let anyone probe
 * which namespaces exist.
 */
const isAccessReview = (a: Attributes) =>
  a.resource.group === 'authorization.k8s.io' && a.resource.resource === 'localsubjectaccessreviews';

const isNamespaceKind = (a: Attributes) => a.kind.group === '' && a.kind.kind === 'Namespace';

/**
 * NewLifecycle. Go also keeps a force-live-lookup cache (namespaces deleted in the last 30 s are read from
 * storage rather than the informer) and waits 50 ms for a namespace the informer has not seen yet; our lister
 * reads storage directly, so it is never stale and neither is needed.
 */
export const newLifecycle: PluginFactory = (init) => {
  const lister = init.listerFor(namespaces);
  const immortal = new Set(immortalNamespaces);

  async function admit(a: Attributes): Promise<void> {
    if (a.operation === 'DELETE' && isNamespaceKind(a) && immortal.has(a.name)) {
      throw forbidden(
        { group: a.resource.group, resource: a.resource.resource },
        a.name,
        new Error('this namespace may not be deleted'),
      );
    }
    // cluster-scoped objects have no namespace to check; namespaces themselves may always be written
    if (a.namespace === '' && !isNamespaceKind(a)) return;
    if (isNamespaceKind(a)) return;
    // deleting content of a terminating (or missing) namespace is how it ever finishes terminating
    if (a.operation === 'DELETE') return;
    if (isAccessReview(a)) return;

    let namespace: Namespace | null;
    try {
      namespace = (await lister.get('', a.namespace)) as Namespace | null;
    } catch (err) {
      throw newInternalError(err instanceof Error ? err : new Error(String(err)));
    }
    // Go's last resort, a GET of the namespace from storage, answers the namespace's own 404
    if (!namespace) throw newNotFound(namespaces, a.namespace);

    if (a.operation === 'CREATE' && namespace.status?.phase === 'Terminating') {
      throw terminating(a);
    }
  }

  const ops: readonly Operation[] = ['CREATE', 'UPDATE', 'DELETE'];
  return { name: PluginName, handles: (op) => ops.includes(op), admit };
};

/** The 403 for a create in a terminating namespace, with the NamespaceTerminating cause clients look for. */
function terminating(a: Attributes): StatusError {
  const err = newForbidden(
    a,
    new Error(`unable to create new content in namespace ${a.namespace} because it is being terminated`),
  );
  const details = (err.status.details ??= {});
  (details.causes ??= []).push({
    reason: NamespaceTerminatingCause,
    message: `namespace ${a.namespace} is being terminated`,
    field: 'metadata.namespace',
  });
  return err;
}
