import { describe, expect, it } from 'vitest';
import { Pod } from '../../../apis/core/v1/pod_types';
import { ConfigMapDef } from '../../../apis/core/v1/configmap_types';
import { opt, struct, t } from '../../../runtime/gotype';
import { deepCopyObject, setType, typeOf, type RuntimeObject } from '../../../runtime/object';
import {
  buildManagerIdentifier,
  managerOrUserAgent,
  setManagedFields,
  updateManagedFields,
  validateFieldManager,
  validateFieldManagerErrors,
  type ManagedFieldsEntry,
  type UpdateManagedFieldsOptions,
} from './fieldmanager';

const T0 = '2025-01-01T00:00:00Z';
const at = (minute: number) => `2025-01-01T00:${String(minute).padStart(2, '0')}:00Z`;

/** An nginx pod as `kubectl create -f` leaves it after decoding and v1 defaulting. */
const nginxPod = (): RuntimeObject =>
  setType(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'nginx', namespace: 'default', creationTimestamp: null },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: 'nginx',
            resources: {},
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
            imagePullPolicy: 'Always',
          },
        ],
        restartPolicy: 'Always',
        terminationGracePeriodSeconds: 30,
        dnsPolicy: 'ClusterFirst',
        securityContext: {},
        schedulerName: 'default-scheduler',
        enableServiceLinks: true,
      },
      status: {},
    },
    Pod,
  );

const podOpts = { apiVersion: 'v1', def: Pod.def!, resetFields: ['status'] };

/** Runs an update and stores the result on a copy of newObj, as the handler would. */
function run(
  opts: Omit<UpdateManagedFieldsOptions, 'def' | 'apiVersion'> & Partial<UpdateManagedFieldsOptions>,
) {
  const entries = updateManagedFields({ ...podOpts, ...opts } as UpdateManagedFieldsOptions);
  const stored = deepCopyObject(opts.newObj);
  setManagedFields(stored, entries);
  return { entries, stored };
}

/** The stored pod after `kubectl create`, with the fields the registry fills in. */
function createdPod(): RuntimeObject {
  const { stored } = run({ liveObj: null, newObj: nginxPod(), manager: 'kubectl-create', time: T0 });
  stored.metadata!.uid = 'a8c0d8b0-0000-4000-8000-000000000001';
  stored.metadata!.resourceVersion = '1';
  stored.metadata!.creationTimestamp = T0;
  return stored;
}

const createFields =
  '{"f:spec":{"f:containers":{"k:{\\"name\\":\\"nginx\\"}":{".":{},"f:image":{},"f:imagePullPolicy":{},' +
  '"f:name":{},"f:resources":{},"f:terminationMessagePath":{},"f:terminationMessagePolicy":{}}},' +
  '"f:dnsPolicy":{},"f:enableServiceLinks":{},"f:restartPolicy":{},"f:schedulerName":{},"f:securityContext":{},' +
  '"f:terminationGracePeriodSeconds":{}}}';

const fieldsOf = (entries: ManagedFieldsEntry[], manager: string) =>
  JSON.stringify(entries.find((e) => e.manager === manager)?.fieldsV1);

/** Applies a change to a copy of the live object (its managedFields included, as a PUT body would carry). */
function edit(live: RuntimeObject, change: (o: RuntimeObject & { spec?: never }) => void): RuntimeObject {
  const obj = deepCopyObject(live);
  change(obj as RuntimeObject & { spec?: never });
  return obj;
}

type PodLike = { spec: { containers: { image: string }[] }; status: Record<string, unknown> };

describe('updateManagedFields: create', () => {
  it('gives the creator every field it sent, defaulted ones included, as kube-apiserver writes it', () => {
    const pod = nginxPod();
    const entries = updateManagedFields({
      liveObj: null,
      newObj: pod,
      manager: 'kubectl-create',
      apiVersion: 'v1',
      time: T0,
      def: typeOf(pod)!.def!,
      resetFields: ['status'],
    });
    expect(JSON.stringify(entries)).toBe(
      '[{"manager":"kubectl-create","operation":"Update","apiVersion":"v1","time":"2025-01-01T00:00:00Z",' +
        `"fieldsType":"FieldsV1","fieldsV1":${createFields}}]`,
    );
  });

  it('records labels, with "." for the map it brought', () => {
    const pod = nginxPod();
    pod.metadata!.labels = { run: 'nginx' };
    const { entries } = run({ liveObj: null, newObj: pod, manager: 'kubectl-run', time: T0 });
    expect(JSON.stringify(entries[0]!.fieldsV1)).toMatch(
      /^\{"f:metadata":\{"f:labels":\{".":\{\},"f:run":\{\}\}\},"f:spec"/,
    );
  });

  it('names an empty manager "unknown"', () => {
    const { entries } = run({ liveObj: null, newObj: nginxPod(), manager: '', time: T0 });
    expect(entries[0]!.manager).toBe('unknown');
  });
});

describe('updateManagedFields: updates', () => {
  it('moves a changed field to the manager that changed it', () => {
    const live = createdPod();
    const obj = edit(live, (o) => ((o as unknown as PodLike).spec.containers[0]!.image = 'nginx:1.27'));
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-set', time: at(1) });
    expect(entries.map((e) => [e.manager, e.time])).toEqual([
      ['kubectl-create', T0],
      ['kubectl-set', at(1)],
    ]);
    expect(fieldsOf(entries, 'kubectl-set')).toBe(
      '{"f:spec":{"f:containers":{"k:{\\"name\\":\\"nginx\\"}":{"f:image":{}}}}}',
    );
    expect(fieldsOf(entries, 'kubectl-create')).toBe(createFields.replace('"f:image":{},', ''));
  });

  it('keeps entries and times when nothing changed', () => {
    const live = createdPod();
    const obj = edit(live, (o) => (o.metadata!.resourceVersion = '1'));
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-replace', time: at(5) });
    expect(entries).toEqual(live.metadata!.managedFields);
  });

  it('merges repeated updates of one manager into one entry and restamps it', () => {
    const live = createdPod();
    const step1 = run({
      liveObj: live,
      newObj: edit(live, (o) => ((o as unknown as PodLike).spec.containers[0]!.image = 'nginx:1')),
      manager: 'kubectl-set',
      time: at(1),
    }).stored;
    const step2 = run({
      liveObj: step1,
      newObj: edit(step1, (o) => (o.metadata!.labels = { tier: 'web' })),
      manager: 'kubectl-set',
      time: at(2),
    });
    expect(step2.entries).toHaveLength(2);
    expect(step2.entries[1]!.time).toBe(at(2));
    expect(fieldsOf(step2.entries, 'kubectl-set')).toBe(
      '{"f:metadata":{"f:labels":{".":{},"f:tier":{}}},"f:spec":{"f:containers":{"k:{\\"name\\":\\"nginx\\"}":{"f:image":{}}}}}',
    );
  });

  it('tracks label keys; a removed key leaves its owner, who keeps the map itself (now a leaf)', () => {
    const live = createdPod();
    const s1 = run({
      liveObj: live,
      newObj: edit(live, (o) => (o.metadata!.labels = { app: 'web' })),
      manager: 'kubectl-label',
      time: at(1),
    }).stored;
    expect(fieldsOf(s1.metadata!.managedFields as ManagedFieldsEntry[], 'kubectl-label')).toBe(
      '{"f:metadata":{"f:labels":{".":{},"f:app":{}}}}',
    );
    const s2 = run({
      liveObj: s1,
      newObj: edit(s1, (o) => (o.metadata!.labels = { app: 'web', tier: 'fe' })),
      manager: 'kubectl-edit',
      time: at(2),
    }).stored;
    expect(fieldsOf(s2.metadata!.managedFields as ManagedFieldsEntry[], 'kubectl-edit')).toBe(
      '{"f:metadata":{"f:labels":{"f:tier":{}}}}',
    );
    const s3 = run({
      liveObj: s2,
      newObj: edit(s2, (o) => (o.metadata!.labels = { tier: 'fe' })),
      manager: 'kubectl-label',
      time: at(3),
    });
    expect(fieldsOf(s3.entries, 'kubectl-label')).toBe('{"f:metadata":{"f:labels":{}}}');
    expect(s3.entries.find((e) => e.manager === 'kubectl-label')!.time).toBe(at(1));
    const s4 = run({
      liveObj: s3.stored,
      newObj: edit(s3.stored, (o) => delete o.metadata!.labels),
      manager: 'kubectl-edit',
      time: at(4),
    });
    expect(s4.entries.map((e) => e.manager)).toEqual(['kubectl-create']);
  });

  it('tracks finalizers as a set', () => {
    const live = createdPod();
    const { entries } = run({
      liveObj: live,
      newObj: edit(live, (o) => (o.metadata!.finalizers = ['example.com/protect'])),
      manager: 'kubectl-patch',
      time: at(1),
    });
    expect(fieldsOf(entries, 'kubectl-patch')).toBe(
      '{"f:metadata":{"f:finalizers":{".":{},"v:\\"example.com/protect\\"":{}}}}',
    );
  });

  it('ignores the reset fields of the main resource (status)', () => {
    const live = createdPod();
    const obj = edit(live, (o) => ((o as unknown as PodLike).status = { phase: 'Running' }));
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-replace', time: at(1) });
    expect(entries).toEqual(live.metadata!.managedFields);
  });

  it('records status subresource updates with their subresource, from the live managedFields', () => {
    const live = createdPod();
    const obj = edit(live, (o) => {
      (o as unknown as PodLike).status = {
        phase: 'Pending',
        conditions: [
          { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: at(1) },
        ],
      };
      o.metadata!.managedFields = [];
    });
    const { entries } = run({
      liveObj: live,
      newObj: obj,
      manager: 'kube-scheduler',
      time: at(1),
      subresource: 'status',
      resetFields: ['spec'],
    });
    expect(entries.map((e) => e.manager)).toEqual(['kubectl-create', 'kube-scheduler']);
    expect(JSON.stringify(entries[1])).toBe(
      '{"manager":"kube-scheduler","operation":"Update","apiVersion":"v1","time":"2025-01-01T00:01:00Z",' +
        '"fieldsType":"FieldsV1","fieldsV1":{"f:status":{"f:conditions":{".":{},"k:{\\"type\\":\\"PodScheduled\\"}":' +
        '{".":{},"f:lastProbeTime":{},"f:lastTransitionTime":{},"f:status":{},"f:type":{}}},"f:phase":{}}},' +
        '"subresource":"status"}',
    );
  });

  it('does not start tracking an existing object that has no managedFields', () => {
    const live = createdPod();
    delete live.metadata!.managedFields;
    const obj = edit(live, (o) => (o.metadata!.labels = { a: 'b' }));
    expect(run({ liveObj: live, newObj: obj, manager: 'kubectl-label', time: at(1) }).entries).toEqual([]);
  });

  it.each([
    ['an empty list', []],
    ['one empty entry', [{}]],
  ])('resets managedFields sent as %s', (_name, mf) => {
    const live = createdPod();
    const obj = edit(live, (o) => {
      o.metadata!.managedFields = mf;
      o.metadata!.labels = { a: 'b' };
    });
    const { entries, stored } = run({ liveObj: live, newObj: obj, manager: 'kubectl-edit', time: at(1) });
    expect(entries).toEqual([]);
    expect(stored.metadata).not.toHaveProperty('managedFields');
  });

  it('takes managedFields from the request body of a main-resource update', () => {
    const live = createdPod();
    const obj = edit(live, (o) => {
      const [create] = o.metadata!.managedFields as ManagedFieldsEntry[];
      o.metadata!.managedFields = [{ ...create, manager: 'renamed' }];
    });
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-edit', time: at(1) });
    expect(entries.map((e) => e.manager)).toEqual(['renamed']);
  });

  it('falls back to the live entries when the request body has undecodable ones', () => {
    const live = createdPod();
    const obj = edit(live, (o) => (o.metadata!.managedFields = [{ manager: 'x', operation: 'Patch' }]));
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-edit', time: at(1) });
    expect(entries).toEqual(live.metadata!.managedFields);
  });

  it('sorts Apply entries first and takes changed fields from appliers too', () => {
    const live = createdPod();
    live.metadata!.labels = { app: 'web' };
    (live.metadata!.managedFields as ManagedFieldsEntry[]).push({
      manager: 'kubectl',
      operation: 'Apply',
      apiVersion: 'v1',
      time: at(9),
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app': {} } } },
    });
    const obj = edit(live, (o) => (o.metadata!.labels = { app: 'api' }));
    const { entries } = run({ liveObj: live, newObj: obj, manager: 'kubectl-label', time: at(1) });
    expect(entries.map((e) => [e.manager, e.operation])).toEqual([
      ['kubectl-create', 'Update'],
      ['kubectl-label', 'Update'],
    ]);
  });

  it('keeps the live entries when the new object cannot be typed', () => {
    const def = struct('example.com/v1', 'Holder', [
      opt(
        'metadata',
        t.struct(() => struct('example.com/v1', 'Meta', [opt('uid', t.string), opt('managedFields', t.raw)])),
      ),
      opt('items', t.slice(t.struct(() => struct('example.com/v1', 'Item', [opt('id', t.string)]))), {
        patchStrategy: 'merge',
        patchMergeKey: 'id',
      }),
    ]);
    const mf = [
      {
        manager: 'a',
        operation: 'Update',
        apiVersion: 'v1',
        time: T0,
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:x': {} },
      },
    ];
    const live = { metadata: { uid: 'u', managedFields: mf } };
    const entries = updateManagedFields({
      liveObj: live,
      newObj: { metadata: { uid: 'u' }, items: [{}] },
      manager: 'b',
      apiVersion: 'v1',
      time: at(1),
      def,
    });
    expect(entries).toEqual(mf);
  });
});

describe('updateManagedFields: the cap of 10 update managers', () => {
  it('merges the two oldest entries into ancient-changes', () => {
    let cm: RuntimeObject = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cm', namespace: 'default' },
      data: { a: '1' },
    };
    const base = { apiVersion: 'v1', def: ConfigMapDef };
    const first = updateManagedFields({
      ...base,
      liveObj: null,
      newObj: cm,
      manager: 'kubectl-create',
      time: T0,
    });
    cm = { ...cm, metadata: { ...cm.metadata, uid: 'u', managedFields: first } };
    for (let i = 1; i <= 10; i++) {
      const obj = deepCopyObject(cm);
      (obj.data as Record<string, string>)[`k${i}`] = String(i);
      const entries = updateManagedFields({
        ...base,
        liveObj: cm,
        newObj: obj,
        manager: `m${i}`,
        time: at(i),
      });
      setManagedFields(obj, entries);
      cm = obj;
    }
    const entries = cm.metadata!.managedFields as ManagedFieldsEntry[];
    expect(entries).toHaveLength(10);
    expect(entries.map((e) => e.manager)).toEqual([
      'ancient-changes',
      'm2',
      'm3',
      'm4',
      'm5',
      'm6',
      'm7',
      'm8',
      'm9',
      'm10',
    ]);
    expect(JSON.stringify(entries[0])).toBe(
      '{"manager":"ancient-changes","operation":"Update","apiVersion":"v1","time":"2025-01-01T00:01:00Z",' +
        '"fieldsType":"FieldsV1","fieldsV1":{"f:data":{".":{},"f:a":{},"f:k1":{}}}}',
    );
    expect(JSON.stringify(entries[9]!.fieldsV1)).toBe('{"f:data":{"f:k10":{}}}');
  });
});

describe('manager names', () => {
  it.each([
    ['', 'kubectl/v1.34.0 (linux/amd64) kubernetes/a1b2c3d', 'kubectl'],
    ['kubectl-create', 'kubectl/v1.34.0 (linux/amd64) kubernetes/a1b2c3d', 'kubectl-create'],
    ['', 'Go-http-client/1.1', 'Go-http-client'],
    ['', 'my\tclient\u0000/1', 'myclient'],
    ['', '', ''],
    ['', 'é'.repeat(70), 'é'.repeat(64)],
  ])('managerOrUserAgent(%j, %j) = %j', (manager, ua, want) => {
    expect(managerOrUserAgent(manager, ua)).toBe(want);
  });

  it.each([
    ['kubectl-client-side-apply', null],
    ['a'.repeat(128), null],
    ['a'.repeat(129), 'fieldManager: Too long: may not be more than 128 bytes'],
    ['bad\u0007name', 'fieldManager: Invalid value: "bad\\aname": invalid character U+0007 (at position 3)'],
    [
      'é\nx\t',
      '[fieldManager: Invalid value: "é\\nx\\t": invalid character U+000A (at position 2), ' +
        'fieldManager: Invalid value: "é\\nx\\t": invalid character U+0009 (at position 4)]',
    ],
  ])('validateFieldManager(%j) = %j', (name, want) => {
    expect(validateFieldManager(name)).toBe(want);
  });

  it('returns field errors for the handler', () => {
    expect(validateFieldManagerErrors('x\u0001').map((e) => e.type)).toEqual(['FieldValueInvalid']);
  });

  it('builds Go identifiers (apiVersion left out for appliers)', () => {
    expect(
      buildManagerIdentifier({ manager: 'k', operation: 'Update', apiVersion: 'v1', subresource: 'status' }),
    ).toBe('{"manager":"k","operation":"Update","apiVersion":"v1","subresource":"status"}');
    expect(buildManagerIdentifier({ manager: 'k', operation: 'Apply', apiVersion: 'v1' })).toBe(
      '{"manager":"k","operation":"Apply"}',
    );
  });
});
