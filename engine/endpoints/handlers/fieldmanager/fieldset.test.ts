import { describe, expect, it } from 'vitest';
import { LabelSelectorDef, objectMeta, typeMetaFields } from '../../../apis/meta/v1/types';
import { Pod } from '../../../apis/core/v1/pod_types';
import { opt, req, struct, t } from '../../../runtime/gotype';
import { setType, typeOf } from '../../../runtime/object';
import {
  compareObjects,
  deserializePathElement,
  FieldSet,
  fieldPE,
  fieldSetFromPaths,
  fieldSetOf,
  FieldSetError,
  fromFieldsV1,
  goView,
  indexPE,
  keyPE,
  pathString,
  serializePathElement,
  stripMetaSet,
  toFieldsV1,
  valuePE,
} from './fieldset';

const nginxPod = () =>
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

const paths = (s: FieldSet) => s.paths().map(pathString);

describe('path elements', () => {
  it.each([
    [fieldPE('image'), 'f:image'],
    [fieldPE('app.kubernetes.io/name'), 'f:app.kubernetes.io/name'],
    [
      keyPE([
        ['protocol', 'TCP'],
        ['containerPort', 80],
      ]),
      'k:{"containerPort":80,"protocol":"TCP"}',
    ],
    [keyPE([['name', 'a<b>&c']]), 'k:{"name":"a\\u003cb\\u003e\\u0026c"}'],
    [valuePE('example.com/protect'), 'v:"example.com/protect"'],
    [valuePE(3), 'v:3'],
    [indexPE(2), 'i:2'],
  ])('serializes %j as %s', (pe, want) => {
    expect(serializePathElement(pe)).toBe(want);
    expect(serializePathElement(deserializePathElement(want))).toBe(want);
  });

  it.each([
    ['f', 'key must be 2 characters long:'],
    ['fx', 'missing colon: fx'],
    ['i:x', 'strconv.Atoi: parsing "x": invalid syntax'],
  ])('rejects %s', (key, msg) => {
    expect(() => deserializePathElement(key)).toThrow(msg);
  });
});

describe('FieldSet', () => {
  it('serializes "." first, then fields, keys, values and indexes, each sorted', () => {
    const s = new FieldSet();
    const list = [fieldPE('spec'), fieldPE('list')];
    s.insert([...list, indexPE(1)]);
    s.insert([...list, valuePE('b')]);
    s.insert([...list, valuePE('a')]);
    s.insert([...list, keyPE([['name', 'x']])]);
    s.insert([...list, keyPE([['name', 'x']]), fieldPE('z')]);
    s.insert([...list, fieldPE('b')]);
    s.insert([...list, fieldPE('a')]);
    s.insert(list);
    const v1 = toFieldsV1(s) as { 'f:spec': { 'f:list': Record<string, unknown> } };
    expect(Object.keys(v1['f:spec']['f:list'])).toEqual([
      '.',
      'f:a',
      'f:b',
      'k:{"name":"x"}',
      'v:"a"',
      'v:"b"',
      'i:1',
    ]);
    expect(JSON.stringify(v1['f:spec']['f:list']['k:{"name":"x"}'])).toBe('{".":{},"f:z":{}}');
    expect(fromFieldsV1(v1).equals(s)).toBe(true);
  });

  it('reads FieldsV1: leaves and "." are members, unknown key types are skipped', () => {
    const s = fromFieldsV1({
      'f:metadata': { 'f:labels': { '.': {}, 'f:app': {} } },
      'f:spec': { 'x:future': {}, 'f:y': { 'x:future': {} } },
    });
    expect(paths(s)).toEqual(['.metadata.labels', '.metadata.labels.app', '.spec.y']);
  });

  it('rejects malformed FieldsV1', () => {
    expect(() => fromFieldsV1({ 'f:a': { zz: {} } })).toThrow(
      'parsing key as path element: missing colon: zz',
    );
    expect(() => fromFieldsV1({ 'f:a': 1 })).toThrow('ReadMapCB');
  });

  it('difference is leaf-wise, recursiveDifference drops whole subtrees', () => {
    const s = fieldSetFromPaths(['spec.a', 'spec.b', 'spec', 'status.phase']);
    const o = fieldSetFromPaths(['spec', 'status']);
    expect(paths(s.difference(o))).toEqual(['.spec.a', '.spec.b', '.status.phase']);
    expect(paths(s.recursiveDifference(o))).toEqual([]);
    expect(paths(s.intersection(fieldSetFromPaths(['spec.a', 'x'])))).toEqual(['.spec.a']);
    expect(paths(fieldSetFromPaths(['a']).union(fieldSetFromPaths(['b.c'])))).toEqual(['.a', '.b.c']);
  });

  it('stripMetaSet removes metadata system fields but keeps labels', () => {
    const s = fieldSetFromPaths(['metadata', 'metadata.name', 'metadata.labels.app', 'apiVersion', 'spec.x']);
    expect(paths(s.difference(stripMetaSet))).toEqual(['.metadata.labels.app', '.spec.x']);
  });
});

describe('goView', () => {
  it('drops empty omitempty fields and fills zero values of the others', () => {
    const def = struct('example.com/v1', 'Thing', [
      req('name', t.string),
      opt('nick', t.string),
      req('count', t.int32),
      opt('when', t.time),
      opt('ref', t.ptr(t.string)),
      opt('tags', t.slice(t.string)),
      opt('size', t.quantity),
      opt(
        'nested',
        t.struct(() => struct('example.com/v1', 'Nested', [opt('x', t.string)])),
      ),
    ]);
    expect(goView({ nick: '', ref: '', tags: [] }, def)).toEqual({
      name: '',
      count: 0,
      when: null,
      ref: '',
      size: '0',
      nested: {},
    });
  });
});

describe('fieldSetOf (ToFieldSet)', () => {
  it('lists every leaf, list item and map entry of a pod', () => {
    const pod = nginxPod();
    expect(paths(fieldSetOf(pod, typeOf(pod)!.def!))).toEqual([
      '.apiVersion',
      '.kind',
      '.status',
      '.metadata.creationTimestamp',
      '.metadata.name',
      '.metadata.namespace',
      '.spec.dnsPolicy',
      '.spec.enableServiceLinks',
      '.spec.restartPolicy',
      '.spec.schedulerName',
      '.spec.securityContext',
      '.spec.terminationGracePeriodSeconds',
      '.spec.containers[name="nginx"]',
      '.spec.containers[name="nginx"].image',
      '.spec.containers[name="nginx"].imagePullPolicy',
      '.spec.containers[name="nginx"].name',
      '.spec.containers[name="nginx"].resources',
      '.spec.containers[name="nginx"].terminationMessagePath',
      '.spec.containers[name="nginx"].terminationMessagePolicy',
    ]);
  });

  it('keys associative lists by their list-map keys, with schema defaults', () => {
    const pod = nginxPod();
    (pod.spec.containers[0] as Record<string, unknown>).ports = [{ containerPort: 80 }];
    const v1 = fieldSetOf(pod, Pod.def!).toFieldsV1() as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const c = v1['f:spec']!['f:containers']!['k:{"name":"nginx"}'] as Record<string, unknown>;
    expect(JSON.stringify(c['f:ports'])).toBe(
      '{"k:{\\"containerPort\\":80,\\"protocol\\":\\"TCP\\"}":{".":{},"f:containerPort":{}}}',
    );
  });

  it('fails on a list item that lacks its key', () => {
    const def = struct('example.com/v1', 'Holder', [
      opt('items', t.slice(t.struct(() => struct('example.com/v1', 'Item', [opt('id', t.string)]))), {
        patchStrategy: 'merge',
        patchMergeKey: 'id',
      }),
    ]);
    expect(() => fieldSetOf({ items: [{}] }, def)).toThrow(FieldSetError);
    expect(() => fieldSetOf({ items: [{}] }, def)).toThrow(
      '.items: element 0: associative list with keys has an element that omits key field "id" (and doesn\'t have default value)',
    );
  });
});

describe('compareObjects', () => {
  const def = struct('example.com/v1', 'Widget', [
    ...typeMetaFields(),
    objectMeta(),
    opt('selector', t.ptr(t.struct(() => LabelSelectorDef))),
  ]);

  it('marks a new map as added itself, and an atomic struct as one leaf', () => {
    const cmp = compareObjects(
      { metadata: { name: 'w' } },
      { metadata: { name: 'w', labels: { app: 'x' } }, selector: { matchLabels: { app: 'x' } } },
      def,
    );
    expect(paths(cmp.added)).toEqual(['.selector', '.metadata.labels', '.metadata.labels.app']);
    expect(paths(cmp.modified)).toEqual([]);
  });

  it('keys owner references by uid, as atomic items, and finalizers as a set', () => {
    const owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'u-1' };
    const cmp = compareObjects(
      { metadata: { finalizers: ['a'], ownerReferences: [owner] } },
      { metadata: { finalizers: ['a', 'b'], ownerReferences: [{ ...owner, controller: true }] } },
      def,
    );
    expect(paths(cmp.added)).toEqual(['.metadata.finalizers[="b"]']);
    expect(paths(cmp.modified)).toEqual(['.metadata.ownerReferences[uid="u-1"]']);
  });

  it('reports removed fields and treats empty objects on both sides as equal leaves', () => {
    const cmp = compareObjects(
      { metadata: { labels: { a: '1', b: '2' } }, selector: {} },
      { metadata: { labels: { a: '1' } }, selector: {} },
      def,
    );
    expect(paths(cmp.removed)).toEqual(['.metadata.labels.b']);
    expect(cmp.added.isEmpty() && cmp.modified.isEmpty()).toBe(true);
  });
});
