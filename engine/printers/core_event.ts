// Go twin: k8s.io/kubernetes/pkg/printers/internalversion/printers.go (eventColumnDefinitions, printEvent,
// formatEventSource) @ v1.34.0
import type { Event } from '../apis/core/event_types';
import type { RuntimeObject } from '../runtime/object';
import { col, nameDoc, translateTimestampSince } from './core_common';
import type { TablePrinter } from './printers';

/** apiv1.Event{}.SwaggerDoc() and ObjectReference{}.SwaggerDoc() texts */
const lastTimestampDoc = 'The time at which the most recent occurrence of this event was recorded.';
const typeDoc = 'Type of this event (Normal, Warning), new types could be added in the future';
const reasonDoc =
  "This should be a short, machine understandable string that gives the reason for the transition into the object's current status.";
const involvedObjectDoc = 'The object that this event is about.';
const fieldPathDoc =
  'If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object.';
const sourceDoc = 'The component reporting this event. Should be a short machine understandable string.';
const messageDoc = 'A human-readable description of the status of this operation.';
const firstTimestampDoc =
  'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)';
const countDoc = 'The number of times this event has occurred.';

export const eventColumnDefinitions = [
  col('Last Seen', 'string', lastTimestampDoc),
  col('Type', 'string', typeDoc),
  col('Reason', 'string', reasonDoc),
  col('Object', 'string', involvedObjectDoc),
  col('Subobject', 'string', fieldPathDoc, 1),
  col('Source', 'string', sourceDoc, 1),
  col('Message', 'string', messageDoc),
  col('First Seen', 'string', firstTimestampDoc, 1),
  col('Count', 'string', countDoc, 1),
  col('Name', 'string', nameDoc, 1, 'name'),
];

/** formatEventSource: component (or reportingController), then `, host` (or reportingInstance) when set. */
export function formatEventSource(event: Event): string {
  const component = event.source?.component || event.reportingComponent || '';
  const instance = event.source?.host || event.reportingInstance || '';
  return instance.length === 0 ? component : `${component}, ${instance}`;
}

/** printEvent, in the wide form the server always generates. */
export function printEvent(obj: Event, now: Date): unknown[] {
  let firstTimestamp = translateTimestampSince(obj.firstTimestamp, now);
  if (!obj.firstTimestamp) firstTimestamp = translateTimestampSince(obj.eventTime, now);
  let lastTimestamp = translateTimestampSince(obj.lastTimestamp, now);
  if (!obj.lastTimestamp) lastTimestamp = firstTimestamp;
  let count = obj.count ?? 0;
  if (obj.series) {
    lastTimestamp = translateTimestampSince(obj.series.lastObservedTime, now);
    count = obj.series.count ?? 0;
  } else if (count === 0) {
    // Singleton events don't have a count set in the new API.
    count = 1;
  }
  const kind = (obj.involvedObject?.kind ?? '').toLowerCase();
  const name = obj.involvedObject?.name ?? '';
  const target = name.length > 0 ? `${kind}/${name}` : kind;
  return [
    lastTimestamp,
    obj.type ?? '',
    obj.reason ?? '',
    target,
    obj.involvedObject?.fieldPath ?? '',
    formatEventSource(obj),
    (obj.message ?? '').trim(),
    firstTimestamp,
    count,
    obj.metadata?.name ?? '',
  ];
}

export const eventTablePrinter: TablePrinter = {
  columns: eventColumnDefinitions,
  cells: (obj: RuntimeObject, now: Date) => printEvent(obj as Event, now),
};
