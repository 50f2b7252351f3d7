// Go twin: k8s.io/kubernetes/pkg/registry/core/event/strategy.go (eventStrategy, requestGroupVersion,
// ToSelectableFields) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import type { Event } from '../../../apis/core/event_types';
import { validateEventCreate, validateEventUpdate } from '../../../apis/core/validation/event';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const ev = (obj: RuntimeObject) => obj as Event;

/**
 * requestGroupVersion: the API group/version of the request, which picks legacy or strict validation. Go
 * reads it from RequestInfo; a context may carry `requestInfo: {apiGroup, apiVersion}`. Without one we
 * assume core/v1 (where this strategy is served); Go would use the empty GroupVersion.
 */
export function requestGroupVersion(ctx: RequestContext): GroupVersion {
  const info = (ctx as RequestContext & { requestInfo?: { apiGroup?: string; apiVersion?: string } })
    .requestInfo;
  if (info) return { group: info.apiGroup ?? '', version: info.apiVersion ?? '' };
  return { group: '', version: 'v1' };
}

/** ToSelectableFields: involvedObject.*, reason, reportingComponent, source (falls back to reportingController), type. */
export function eventToSelectableFields(event: Event): Record<string, string> {
  const io = event.involvedObject ?? {};
  const source = event.source?.component || event.reportingComponent || '';
  return {
    'metadata.name': event.metadata?.name ?? '',
    'metadata.namespace': event.metadata?.namespace ?? '',
    'involvedObject.kind': io.kind ?? '',
    'involvedObject.namespace': io.namespace ?? '',
    'involvedObject.name': io.name ?? '',
    'involvedObject.uid': io.uid ?? '',
    'involvedObject.apiVersion': io.apiVersion ?? '',
    'involvedObject.resourceVersion': io.resourceVersion ?? '',
    'involvedObject.fieldPath': io.fieldPath ?? '',
    reason: event.reason ?? '',
    reportingComponent: event.reportingComponent ?? '',
    source,
    type: event.type ?? '',
  };
}

export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return { labels: { ...(obj.metadata?.labels ?? {}) }, fields: eventToSelectableFields(ev(obj)) };
}

/** Events: nothing prepared; created on update; updated unconditionally. */
export const eventStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'Event' }),
  namespaceScoped: () => true,
  prepareForCreate: () => {},
  validate: (ctx: RequestContext, obj: RuntimeObject) =>
    validateEventCreate(ev(obj), requestGroupVersion(ctx)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  validateUpdate: (ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateEventUpdate(ev(obj), ev(old), requestGroupVersion(ctx)),
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
