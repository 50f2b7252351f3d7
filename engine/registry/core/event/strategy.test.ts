import { describe, expect, it } from 'vitest';
import type { Event } from '../../../apis/core/event_types';
import { eventStrategy, eventToSelectableFields, requestGroupVersion } from './strategy';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

describe('eventStrategy', () => {
  it('creates on update, updates unconditionally', () => {
    expect(eventStrategy.allowCreateOnUpdate()).toBe(true);
    expect(eventStrategy.allowUnconditionalUpdate()).toBe(true);
  });

  it('the request version picks the validation', () => {
    expect(requestGroupVersion({ namespace: 'default' })).toEqual({ group: '', version: 'v1' });
    const ctx = { namespace: 'default', requestInfo: { apiGroup: 'events.k8s.io', apiVersion: 'v1' } };
    expect(requestGroupVersion(ctx)).toEqual({ group: 'events.k8s.io', version: 'v1' });
    const e: Event = {
      metadata: { name: 'e', namespace: 'default' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'p' },
      type: 'Odd',
    };
    expect(msgs(eventStrategy.validate({ namespace: 'default' }, e))).toEqual([]);
    expect(msgs(eventStrategy.validate(ctx, e))).toEqual([
      'eventTime: Required value',
      'type: Invalid value: "": has invalid value: Odd',
    ]);
  });

  it.each<[string, Event, string]>([
    [
      'source.component',
      { source: { component: 'kubelet', host: 'n1' }, reportingComponent: 'x' },
      'kubelet',
    ],
    ['falls back to reportingComponent', { reportingComponent: 'scheduler' }, 'scheduler'],
  ])('source field: %s', (_name, e, want) => {
    expect(eventToSelectableFields(e).source).toBe(want);
  });

  it('selectable fields', () => {
    const e: Event = {
      metadata: { name: 'e', namespace: 'ns' },
      involvedObject: {
        kind: 'Pod',
        namespace: 'ns',
        name: 'p',
        uid: 'u',
        apiVersion: 'v1',
        resourceVersion: '3',
        fieldPath: 'spec.containers{c}',
      },
      reason: 'Pulled',
      type: 'Normal',
      reportingComponent: 'kubelet',
    };
    expect(eventToSelectableFields(e)).toEqual({
      'metadata.name': 'e',
      'metadata.namespace': 'ns',
      'involvedObject.kind': 'Pod',
      'involvedObject.namespace': 'ns',
      'involvedObject.name': 'p',
      'involvedObject.uid': 'u',
      'involvedObject.apiVersion': 'v1',
      'involvedObject.resourceVersion': '3',
      'involvedObject.fieldPath': 'spec.containers{c}',
      reason: 'Pulled',
      reportingComponent: 'kubelet',
      source: 'kubelet',
      type: 'Normal',
    });
  });
});
