// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go and conversion.go
// (the Event parts; Go generates no defaulter for Event) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreEvent, CoreEventList } from '../event_types';
import { eventConversions } from './event_conversion';
import { fieldLabelsFunc } from './field_labels';
import { V1Event, V1EventList } from './event_types';

export function registerEvent(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreEvent, CoreEventList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1Event, V1EventList);
  for (const c of eventConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addFieldLabelConversionFunc(
    { group: '', version: 'v1', kind: 'Event' },
    fieldLabelsFunc([
      'involvedObject.kind',
      'involvedObject.namespace',
      'involvedObject.name',
      'involvedObject.uid',
      'involvedObject.apiVersion',
      'involvedObject.resourceVersion',
      'involvedObject.fieldPath',
      'reason',
      'reportingComponent',
      'source',
      'type',
      'metadata.namespace',
      'metadata.name',
    ]),
  );
}
