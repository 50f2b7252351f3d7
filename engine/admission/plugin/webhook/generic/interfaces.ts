// Go twin: k8s.io/apiserver/pkg/admission/plugin/webhook/generic/interfaces.go (WebhookInvocation,
// VersionedAttributes), k8s.io/apiserver/pkg/admission/plugin/webhook/accessors.go (WebhookAccessor) and
// k8s.io/apiserver/pkg/admission/attributes.go (VersionedAttributes) @ v1.34.0
import type { MutatingWebhook } from '../../../../apis/admissionregistration/types';
import type { RuntimeObject } from '../../../../runtime/object';
import type { GroupVersionKind, GroupVersionResource } from '../../../../runtime/schema/groupversion';
import type { Attributes } from '../../../interfaces';

/** One webhook of one configuration (Go: WebhookAccessor). */
export interface WebhookAccessor {
  /** `<configuration>/<webhook>/<n>`: webhook names need not be unique, so a counter tells them apart */
  uid: string;
  configurationName: string;
  /** the webhook as stored (internal); validating webhooks simply have no reinvocationPolicy */
  hook: MutatingWebhook;
}

/** What a matching webhook is called with: the resource and kind it asked for (maybe an equivalent one). */
export interface WebhookInvocation {
  webhook: WebhookAccessor;
  resource: GroupVersionResource;
  subresource: string;
  kind: GroupVersionKind;
}

/** The request's objects in the version a webhook asked for. */
export interface VersionedAttributes {
  attributes: Attributes;
  versionedKind: GroupVersionKind;
  /** typed external objects, or null (a DELETE has no new object, a CREATE no old one) */
  versionedObject: RuntimeObject | null;
  versionedOldObject: RuntimeObject | null;
  /** a mutating webhook changed versionedObject: it must be converted back into attributes.object */
  dirty: boolean;
}
