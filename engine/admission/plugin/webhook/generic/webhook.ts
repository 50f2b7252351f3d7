// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/generic/webhook.go (Webhook.ShouldCallHook,
// Webhook.Dispatch), generic/conversion.go (NewVersionedAttributes) and
// k8s.io/apiserver/pkg/admission/configuration/{mutating,validating}_webhook_manager.go (the sorted accessor
// list) @ v1.34.0
import { newInternalError, StatusError } from '../../../../api/errors/errors';
import type { MutatingWebhookConfiguration } from '../../../../apis/admissionregistration/types';
import type { RuntimeObject } from '../../../../runtime/object';
import { groupVersioner, type Scheme } from '../../../../runtime/scheme';
import type { GroupVersionKind } from '../../../../runtime/schema/groupversion';
import type { Lister } from '../../../initializer';
import type { Attributes } from '../../../interfaces';
import { matchNamespaceSelector } from '../predicates/namespace/matcher';
import { matchObjectSelector } from '../predicates/object/matcher';
import { ruleMatches } from '../predicates/rules/rules';
import type { VersionedAttributes, WebhookAccessor, WebhookInvocation } from './interfaces';

/**
 * The webhooks of every configuration, in the order they run: configurations sorted by name, each one's
 * webhooks in the order the user wrote them.
 */
export function webhookAccessors(configurations: readonly MutatingWebhookConfiguration[]): WebhookAccessor[] {
  const sorted = [...configurations].sort((a, b) => {
    const x = a.metadata?.name ?? '';
    const y = b.metadata?.name ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const out: WebhookAccessor[] = [];
  for (const c of sorted) {
    const configurationName = c.metadata?.name ?? '';
    const seen = new Map<string, number>();
    for (const hook of c.webhooks ?? []) {
      const n = seen.get(hook.name) ?? 0;
      seen.set(hook.name, n + 1);
      out.push({ uid: `${configurationName}/${hook.name}/${n}`, configurationName, hook });
    }
  }
  return out;
}

/**
 * EquivalentResourcesFor, as far as the scheme knows it: the same resource in the other registered versions
 * of its group (apps/v1beta1 deployments for apps/v1 deployments). Subresources whose kind lives in another
 * group (deployments/scale is an autoscaling Scale) are not mapped.
 */
function equivalents(a: Attributes, scheme: Scheme): { resourceVersion: string; kind: GroupVersionKind }[] {
  if (a.kind.group !== a.resource.group) return [];
  return scheme
    .prioritizedVersionsForGroup(a.resource.group)
    .filter((gv) => gv.version !== a.resource.version)
    .map((gv) => ({ group: gv.group, version: gv.version, kind: a.kind.kind }))
    .filter((gvk) => scheme.recognizes(gvk))
    .map((kind) => ({ resourceVersion: kind.version, kind }));
}

/**
 * ShouldCallHook: the invocation when the webhook applies to the request, null when it does not. The namespace
 * and object selectors are checked first, but their errors (a namespace that does not exist) only count for a
 * webhook whose rules match. With matchPolicy Equivalent a rule may match the resource in another version, and
 * the webhook then receives the object in that version. matchConditions (CEL) are not evaluated: a webhook
 * that has them is called as if they all held.
 */
export async function shouldCallHook(
  h: WebhookAccessor,
  a: Attributes,
  namespaces: Lister,
  scheme: Scheme,
): Promise<WebhookInvocation | null> {
  const ns = await matchNamespaceSelector(h.hook.namespaceSelector, a, namespaces);
  if (!ns.matches && !ns.error) return null;
  const obj = matchObjectSelector(h.hook.objectSelector, a);
  if (!obj.matches && !obj.error) return null;

  let invocation: WebhookInvocation | null = null;
  const rules = h.hook.rules ?? [];
  if (rules.some((r) => ruleMatches(r, a))) {
    invocation = { webhook: h, resource: a.resource, subresource: a.subresource, kind: a.kind };
  }
  if (!invocation && h.hook.matchPolicy === 'Equivalent') {
    const eq = equivalents(a, scheme);
    // earlier rules first
    outer: for (const r of rules) {
      for (const e of eq) {
        const resource = { ...a.resource, version: e.resourceVersion };
        if (ruleMatches(r, { ...a, resource })) {
          invocation = { webhook: h, resource, subresource: a.subresource, kind: e.kind };
          break outer;
        }
      }
    }
  }
  if (!invocation) return null;
  if (ns.error) throw ns.error;
  if (obj.error) throw obj.error;
  return invocation;
}

function toVersion(obj: RuntimeObject | null, gvk: GroupVersionKind, scheme: Scheme): RuntimeObject | null {
  if (!obj) return null;
  return scheme.convertToVersion(obj, groupVersioner({ group: gvk.group, version: gvk.version }));
}

/** NewVersionedAttributes: the request's objects converted to the version the webhook asked for. */
export function newVersionedAttributes(
  a: Attributes,
  gvk: GroupVersionKind,
  scheme: Scheme,
): VersionedAttributes {
  try {
    return {
      attributes: a,
      versionedKind: gvk,
      versionedObject: toVersion(a.object, gvk, scheme),
      versionedOldObject: toVersion(a.oldObject, gvk, scheme),
      dirty: false,
    };
  } catch (e) {
    if (e instanceof StatusError) throw e;
    throw newInternalError(e as Error);
  }
}
