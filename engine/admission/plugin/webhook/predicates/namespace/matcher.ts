// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/predicates/namespace/matcher.go (Matcher.
// MatchNamespaceSelector, GetNamespaceLabels) @ v1.34.0
import { newInternalError, newNotFound, StatusError } from '../../../../../api/errors/errors';
import type { Lister } from '../../../../initializer';
import { labelSelectorAsSelector, type LabelSelector } from '../../../../../util/labels/labelselector';
import type { Selector } from '../../../../../util/labels/selector';
import type { Attributes } from '../../../../interfaces';

/**
 * GetNamespaceLabels: a namespace being created or updated is judged by its new labels (storage does not have
 * them yet); anything else by the labels of its namespace. A namespace that does not exist is a 404, as Go
 * answers for backwards compatibility.
 */
async function namespaceLabels(a: Attributes, namespaces: Lister): Promise<Record<string, string>> {
  if (
    a.resource.resource === 'namespaces' &&
    a.subresource === '' &&
    (a.operation === 'CREATE' || a.operation === 'UPDATE')
  ) {
    return a.object?.metadata?.labels ?? {};
  }
  const ns = await namespaces.get('', a.namespace);
  if (!ns) throw newNotFound({ group: '', resource: 'namespaces' }, a.namespace);
  return ns.metadata?.labels ?? {};
}

/**
 * MatchNamespaceSelector: cluster-scoped objects other than namespaces are never exempted; otherwise the
 * labels of the namespace must match.
 */
export async function matchNamespaceSelector(
  selector: LabelSelector | null | undefined,
  a: Attributes,
  namespaces: Lister,
): Promise<{ matches: boolean; error?: StatusError }> {
  if (a.namespace === '' && a.resource.resource !== 'namespaces') return { matches: true };
  let s: Selector;
  try {
    s = labelSelectorAsSelector(selector);
  } catch (e) {
    return { matches: false, error: newInternalError(e as Error) };
  }
  if (s.empty()) return { matches: true };
  try {
    return { matches: s.matches(await namespaceLabels(a, namespaces)) };
  } catch (e) {
    if (e instanceof StatusError) return { matches: false, error: e };
    return { matches: false, error: newInternalError(e as Error) };
  }
}
