// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/events.go (ValidateEventCreate, ValidateEventUpdate,
// legacyValidateEvent, validateV1EventSeries) @ v1.34.0
//
// Events created through core/v1 (and events.k8s.io/v1beta1) only get the legacy checks; events.k8s.io/v1
// and newer get the strict ones too.
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import { deepEqual } from '../../../util/equality';
import { invalid, required, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { byteLen, isDNS1123Subdomain, isQualifiedName } from '../../../util/validation/validation';
import {
  nameIsDNSSubdomain,
  validateImmutableField,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import type { Event, EventSeries, EventSource, ObjectReference } from '../event_types';
import { EventTypeNormal, EventTypeWarning } from '../v1/event_types';
import { goStruct, withGoSyntax } from './common';

export const ReportingInstanceLengthLimit = 128;
export const ActionLengthLimit = 128;
export const ReasonLengthLimit = 128;
export const NoteLengthLimit = 1024;

const isZeroTime = (t: string | null | undefined) => !t;
const isLegacyVersion = (gv: GroupVersion) =>
  (gv.group === '' && gv.version === 'v1') || (gv.group === 'events.k8s.io' && gv.version === 'v1beta1');

/** ValidateEventCreate: legacy checks always; strict ones for events.k8s.io/v1 and newer. */
export function validateEventCreate(event: Event, requestVersion: GroupVersion): ErrorList {
  const errs = legacyValidateEvent(event);
  if (isLegacyVersion(requestVersion)) return errs;

  errs.push(...validateObjectMeta(event.metadata, true, nameIsDNSSubdomain, newPath('metadata')));
  errs.push(...validateV1EventSeries(event));
  if (isZeroTime(event.eventTime)) errs.push(required(newPath('eventTime'), ''));
  const type = event.type ?? '';
  if (type !== EventTypeNormal && type !== EventTypeWarning) {
    errs.push(invalid(newPath('type'), '', `has invalid value: ${type}`));
  }
  if (!isZeroTime(event.firstTimestamp))
    errs.push(invalid(newPath('firstTimestamp'), '', 'needs to be unset'));
  if (!isZeroTime(event.lastTimestamp)) errs.push(invalid(newPath('lastTimestamp'), '', 'needs to be unset'));
  if ((event.count ?? 0) !== 0) errs.push(invalid(newPath('count'), '', 'needs to be unset'));
  if (event.source?.component || event.source?.host)
    errs.push(invalid(newPath('source'), '', 'needs to be unset'));
  return errs;
}

/** ValidateEventUpdate: legacy checks always; strict ones (most fields immutable) for events.k8s.io/v1+. */
export function validateEventUpdate(
  newEvent: Event,
  oldEvent: Event,
  requestVersion: GroupVersion,
): ErrorList {
  const errs = legacyValidateEvent(newEvent);
  if (isLegacyVersion(requestVersion)) return errs;

  errs.push(...validateObjectMetaUpdate(newEvent.metadata, oldEvent.metadata, newPath('metadata')));
  // if the series was modified, validate the new data
  if (!deepEqual(goSeries(newEvent.series), goSeries(oldEvent.series)))
    errs.push(...validateV1EventSeries(newEvent));

  const imm = (n: unknown, o: unknown, field: string, goText?: string) => {
    if (deepEqual(n, o)) return;
    const errs1 = validateImmutableField(n, o, newPath(field));
    errs.push(...(goText === undefined ? errs1 : errs1.map((e) => withGoSyntax(e, goText))));
  };
  const ref = (r: ObjectReference | null | undefined) => (r ? goObjectReference(r) : null);
  imm(
    ref(newEvent.involvedObject ?? {}),
    ref(oldEvent.involvedObject ?? {}),
    'involvedObject',
    goObjectReferenceText(newEvent.involvedObject ?? {}),
  );
  imm(newEvent.reason ?? '', oldEvent.reason ?? '', 'reason');
  imm(newEvent.message ?? '', oldEvent.message ?? '', 'message');
  imm(goSource(newEvent.source), goSource(oldEvent.source), 'source', goSourceText(newEvent.source));
  imm(
    newEvent.firstTimestamp ?? null,
    oldEvent.firstTimestamp ?? null,
    'firstTimestamp',
    goTimeString(newEvent.firstTimestamp),
  );
  imm(
    newEvent.lastTimestamp ?? null,
    oldEvent.lastTimestamp ?? null,
    'lastTimestamp',
    goTimeString(newEvent.lastTimestamp),
  );
  imm(newEvent.count ?? 0, oldEvent.count ?? 0, 'count');
  imm(newEvent.reason ?? '', oldEvent.reason ?? '', 'reason');
  imm(newEvent.type ?? '', oldEvent.type ?? '', 'type');
  imm(newEvent.eventTime ?? null, oldEvent.eventTime ?? null, 'eventTime', goTimeString(newEvent.eventTime));
  imm(newEvent.action ?? '', oldEvent.action ?? '', 'action');
  imm(
    ref(newEvent.related),
    ref(oldEvent.related),
    'related',
    newEvent.related ? goObjectReferenceText(newEvent.related) : '"null"',
  );
  imm(newEvent.reportingComponent ?? '', oldEvent.reportingComponent ?? '', 'reportingController');
  imm(newEvent.reportingInstance ?? '', oldEvent.reportingInstance ?? '', 'reportingInstance');
  return errs;
}

function validateV1EventSeries(event: Event): ErrorList {
  const errs: ErrorList = [];
  const series = event.series;
  if (series) {
    if ((series.count ?? 0) < 2) errs.push(invalid(newPath('series.count'), '', 'should be at least 2'));
    if (isZeroTime(series.lastObservedTime)) errs.push(required(newPath('series.lastObservedTime'), ''));
  }
  return errs;
}

/** legacyValidateEvent: namespaces must agree; "new" events (with eventTime) need the reporting fields. */
export function legacyValidateEvent(event: Event): ErrorList {
  const errs: ErrorList = [];
  const ns = event.metadata?.namespace ?? '';
  const involvedNs = event.involvedObject?.namespace ?? '';
  const nsPath = newPath('involvedObject', 'namespace');
  const mismatch = 'does not match event.namespace';

  if (isZeroTime(event.eventTime)) {
    // "Old" events: event.namespace must match, or be empty/default when the involved object has none.
    if (involvedNs.length === 0) {
      if (ns !== '' && ns !== 'default') errs.push(invalid(nsPath, involvedNs, mismatch));
    } else if (ns !== involvedNs) {
      errs.push(invalid(nsPath, involvedNs, mismatch));
    }
  } else {
    if (involvedNs.length === 0 && ns !== 'default' && ns !== 'kube-system') {
      errs.push(invalid(nsPath, involvedNs, mismatch));
    }
    const controller = event.reportingComponent ?? '';
    if (controller.length === 0) errs.push(required(newPath('reportingController'), ''));
    for (const msg of isQualifiedName(controller))
      errs.push(invalid(newPath('reportingController'), controller, msg));
    const instance = event.reportingInstance ?? '';
    if (instance.length === 0) errs.push(required(newPath('reportingInstance'), ''));
    if (byteLen(instance) > ReportingInstanceLengthLimit) {
      errs.push(
        invalid(
          newPath('reportingInstance'),
          '',
          `can have at most ${ReportingInstanceLengthLimit} characters`,
        ),
      );
    }
    const action = event.action ?? '';
    if (action.length === 0) errs.push(required(newPath('action'), ''));
    if (byteLen(action) > ActionLengthLimit) {
      errs.push(invalid(newPath('action'), '', `can have at most ${ActionLengthLimit} characters`));
    }
    const reason = event.reason ?? '';
    if (reason.length === 0) errs.push(required(newPath('reason'), ''));
    if (byteLen(reason) > ReasonLengthLimit) {
      errs.push(invalid(newPath('reason'), '', `can have at most ${ReasonLengthLimit} characters`));
    }
    if (byteLen(event.message ?? '') > NoteLengthLimit) {
      errs.push(invalid(newPath('message'), '', `can have at most ${NoteLengthLimit} characters`));
    }
  }
  for (const msg of isDNS1123Subdomain(ns)) errs.push(invalid(newPath('namespace'), ns, msg));
  return errs;
}

// Struct bad values print as Go's %#v of the internal types; times print with time.Time's String().
function goObjectReference(r: ObjectReference | undefined): Record<string, string> {
  return {
    Kind: r?.kind ?? '',
    Namespace: r?.namespace ?? '',
    Name: r?.name ?? '',
    UID: r?.uid ?? '',
    APIVersion: r?.apiVersion ?? '',
    ResourceVersion: r?.resourceVersion ?? '',
    FieldPath: r?.fieldPath ?? '',
  };
}

const goSource = (s: EventSource | undefined) => ({ Component: s?.component ?? '', Host: s?.host ?? '' });
const goSeries = (s: EventSeries | null | undefined) =>
  s ? { Count: s.count ?? 0, LastObservedTime: s.lastObservedTime ?? null } : null;

const goObjectReferenceText = (r: ObjectReference) =>
  goStruct('core.ObjectReference', Object.entries(goObjectReference(r)) as [string, string][]);
const goSourceText = (src: EventSource | undefined) =>
  goStruct('core.EventSource', Object.entries(goSource(src)) as [string, string][]);

/** time.Time.String() in UTC: `2006-01-02 15:04:05.999999999 +0000 UTC`; the zero time for an unset field. */
export function goTimeString(t: string | null | undefined): string {
  if (!t) return '0001-01-01 00:00:00 +0000 UTC';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(t);
  if (!m) return t;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return `${m[1]} ${m[2]}${frac ? `.${frac}` : ''} +0000 UTC`;
}
