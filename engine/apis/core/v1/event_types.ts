// Go twin: k8s.io/api/core/v1/types.go (Event, EventList, EventSource, EventSeries, ObjectReference) @ v1.34.0
import { listDef, ObjectMetaDef, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';

/** ObjectReference (+structType=atomic): enough to inspect or modify the referred object. */
export const ObjectReferenceDef: StructDef = struct(pkg, 'ObjectReference', [
  opt('kind', t.string, { doc: 'Kind of the referent.' }),
  opt('namespace', t.string, { doc: 'Namespace of the referent.' }),
  opt('name', t.string, { doc: 'Name of the referent.' }),
  opt('uid', t.named('types.UID'), { doc: 'UID of the referent.' }),
  opt('apiVersion', t.string, { doc: 'API version of the referent.' }),
  opt('resourceVersion', t.string, {
    doc: 'Specific resourceVersion to which this reference is made, if any.',
  }),
  opt('fieldPath', t.string, {
    doc: 'If referring to a piece of an object instead of an entire object, the field, such as spec.containers{name}.',
  }),
]);

export const EventSourceDef: StructDef = struct(pkg, 'EventSource', [
  opt('component', t.string, { doc: 'Component from which the event is generated.' }),
  opt('host', t.string, { doc: 'Node name on which the event is generated.' }),
]);

export const EventSeriesDef: StructDef = struct(pkg, 'EventSeries', [
  opt('count', t.int32, { doc: 'Number of occurrences in this series up to the last heartbeat time' }),
  opt('lastObservedTime', t.microTime, { doc: 'Time of the last occurrence observed' }),
]);

/** Event: note `metadata`, `involvedObject`, `reportingComponent` and `reportingInstance` have no omitempty. */
export const EventDef: StructDef = struct(pkg, 'Event', [
  ...typeMetaFields(),
  req(
    'metadata',
    t.struct(() => ObjectMetaDef),
    { doc: "Standard object's metadata." },
  ),
  req(
    'involvedObject',
    t.struct(() => ObjectReferenceDef),
    { doc: 'The object that this event is about.' },
  ),
  opt('reason', t.string, {
    doc: 'A short, machine understandable string that gives the reason for the transition.',
  }),
  opt('message', t.string, { doc: 'A human-readable description of the status of this operation.' }),
  opt(
    'source',
    t.struct(() => EventSourceDef),
    { doc: 'The component reporting this event.' },
  ),
  opt('firstTimestamp', t.time, { doc: 'The time at which the event was first recorded.' }),
  opt('lastTimestamp', t.time, {
    doc: 'The time at which the most recent occurrence of this event was recorded.',
  }),
  opt('count', t.int32, { doc: 'The number of times this event has occurred.' }),
  opt('type', t.string, {
    doc: 'Type of this event (Normal, Warning), new types could be added in the future',
  }),
  opt('eventTime', t.microTime, { doc: 'Time when this Event was first observed.' }),
  opt('series', t.ptr(t.struct(() => EventSeriesDef)), {
    doc: 'Data about the Event series this event represents.',
  }),
  opt('action', t.string, { doc: 'What action was taken/failed regarding to the Regarding object.' }),
  opt('related', t.ptr(t.struct(() => ObjectReferenceDef)), {
    doc: 'Optional secondary object for more complex actions.',
  }),
  req('reportingComponent', t.string, { doc: 'Name of the controller that emitted this Event.' }),
  req('reportingInstance', t.string, { doc: 'ID of the controller instance.' }),
]);

export const EventListDef: StructDef = listDef(pkg, 'EventList', () => EventDef);

export const V1Event: GoType = { pkg, name: 'Event', def: EventDef };
export const V1EventList: GoType = { pkg, name: 'EventList', def: EventListDef };

/** Valid values for event types (new types could be added in future). */
export const EventTypeNormal = 'Normal';
export const EventTypeWarning = 'Warning';
