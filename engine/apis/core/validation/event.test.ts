import { describe, expect, it } from 'vitest';
import type { Event } from '../event_types';
import { validateEventCreate, validateEventUpdate } from './event';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const v1 = { group: '', version: 'v1' };
const eventsV1 = { group: 'events.k8s.io', version: 'v1' };

const legacy = (o: Partial<Event> = {}): Event => ({
  metadata: { name: 'web.17f', namespace: 'default' },
  involvedObject: { kind: 'Pod', namespace: 'default', name: 'web' },
  reason: 'Started',
  message: 'Started container',
  type: 'Normal',
  ...o,
});

const modern = (o: Partial<Event> = {}): Event => ({
  metadata: { name: 'web.17f', namespace: 'default' },
  involvedObject: { kind: 'Pod', namespace: 'default', name: 'web' },
  eventTime: '2025-01-01T00:00:00.000000Z',
  reportingComponent: 'kubelet',
  reportingInstance: 'node-1',
  action: 'Pulling',
  reason: 'Pulling',
  type: 'Normal',
  ...o,
});

describe('validateEventCreate (core/v1: legacy checks only)', () => {
  it.each<[string, Event, string[]]>([
    ['legacy event', legacy(), []],
    [
      'namespace mismatch',
      legacy({ involvedObject: { kind: 'Pod', namespace: 'other', name: 'web' } }),
      ['involvedObject.namespace: Invalid value: "other": does not match event.namespace'],
    ],
    ['cluster-scoped object in default', legacy({ involvedObject: { kind: 'Node', name: 'n1' } }), []],
    [
      'cluster-scoped object elsewhere',
      legacy({
        metadata: { name: 'e', namespace: 'kube-system' },
        involvedObject: { kind: 'Node', name: 'n1' },
      }),
      ['involvedObject.namespace: Invalid value: "": does not match event.namespace'],
    ],
    ['new-style event', modern(), []],
    [
      'new-style cluster-scoped object in kube-system',
      modern({
        metadata: { name: 'e', namespace: 'kube-system' },
        involvedObject: { kind: 'Node', name: 'n1' },
      }),
      [],
    ],
    [
      'new-style event without reporting fields',
      modern({ reportingComponent: '', reportingInstance: '', action: '', reason: '' }),
      [
        'reportingController: Required value',
        'reportingController: Invalid value: "": name part must be non-empty',
        `reportingController: Invalid value: "": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
        'reportingInstance: Required value',
        'action: Required value',
        'reason: Required value',
      ],
    ],
    [
      'new-style event with long fields',
      modern({
        reportingInstance: 'i'.repeat(129),
        action: 'a'.repeat(129),
        reason: 'r'.repeat(129),
        message: 'm'.repeat(1025),
      }),
      [
        'reportingInstance: Invalid value: "": can have at most 128 characters',
        'action: Invalid value: "": can have at most 128 characters',
        'reason: Invalid value: "": can have at most 128 characters',
        'message: Invalid value: "": can have at most 1024 characters',
      ],
    ],
    ['core/v1 skips the strict checks', legacy({ type: 'Bogus', count: 3 }), []],
  ])('%s', (_name, e, want) => {
    expect(msgs(validateEventCreate(e, v1))).toEqual(want);
  });
});

describe('validateEventCreate (events.k8s.io/v1: strict checks too)', () => {
  it.each<[string, Event, string[]]>([
    ['valid', modern(), []],
    [
      'legacy fields set',
      modern({
        type: 'Info',
        firstTimestamp: '2025-01-01T00:00:00Z',
        count: 2,
        source: { component: 'kubelet' },
      }),
      [
        'type: Invalid value: "": has invalid value: Info',
        'firstTimestamp: Invalid value: "": needs to be unset',
        'count: Invalid value: "": needs to be unset',
        'source: Invalid value: "": needs to be unset',
      ],
    ],
    [
      'bad series',
      modern({ series: { count: 1 } }),
      ['series.count: Invalid value: "": should be at least 2', 'series.lastObservedTime: Required value'],
    ],
  ])('%s', (_name, e, want) => {
    expect(msgs(validateEventCreate(e, eventsV1))).toEqual(want);
  });
});

describe('validateEventUpdate', () => {
  it('core/v1 only re-runs the legacy checks', () => {
    expect(msgs(validateEventUpdate(legacy({ reason: 'Other' }), legacy(), v1))).toEqual([]);
  });
  it('events.k8s.io/v1 makes most fields immutable', () => {
    const old = modern({ metadata: { name: 'e', namespace: 'default', resourceVersion: '1' } });
    const upd = modern({
      metadata: { name: 'e', namespace: 'default', resourceVersion: '1' },
      note: undefined,
      action: 'Pulled',
    } as Partial<Event>);
    expect(msgs(validateEventUpdate(upd, old, eventsV1))).toEqual([
      'action: Invalid value: "Pulled": field is immutable',
    ]);
  });
});

describe('events.k8s.io/v1 immutable structs print as Go %#v', () => {
  it('involvedObject and times', () => {
    const old = modern({ metadata: { name: 'e', namespace: 'default', resourceVersion: '1' } });
    const upd = modern({
      metadata: { name: 'e', namespace: 'default', resourceVersion: '1' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'other' },
      eventTime: '2025-01-01T00:00:01.500000Z',
    });
    expect(msgs(validateEventUpdate(upd, old, eventsV1))).toEqual([
      'involvedObject: Invalid value: core.ObjectReference{Kind:"Pod", Namespace:"default", Name:"other", UID:"", APIVersion:"", ResourceVersion:"", FieldPath:""}: field is immutable',
      'eventTime: Invalid value: 2025-01-01 00:00:01.5 +0000 UTC: field is immutable',
    ]);
  });
});
