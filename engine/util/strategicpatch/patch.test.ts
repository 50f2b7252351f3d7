import { describe, expect, it } from 'vitest';
import { frozenJSON } from '../testing/freeze';
import { PatchHandlerError } from '../jsonpatch/handler';
import { strategicPatchObject } from './handler';
import { GoPanic } from './lists';
import { noPatchMeta } from './meta';
import { strategicMergePatch } from './patch';
import { deploymentMeta, podMeta } from './testmeta';

const pod = () =>
  frozenJSON(
    JSON.stringify({
      metadata: { name: 'p', labels: { app: 'web' }, finalizers: ['a', 'b'] },
      spec: {
        containers: [
          {
            name: 'a',
            image: 'x',
            ports: [{ containerPort: 80 }, { containerPort: 443 }],
            env: [{ name: 'E', value: '1' }],
          },
          { name: 'b', image: 'y' },
        ],
        volumes: [{ name: 'v', emptyDir: {} }],
        tolerations: [{ key: 't1' }, { key: 't2' }],
        nodeSelector: { zone: 'a', disk: 'ssd' },
      },
    }),
  ) as Record<string, Record<string, unknown>>;

const patchPod = (patch: unknown) => strategicMergePatch(pod(), frozenJSON(JSON.stringify(patch)), podMeta);
const spec = (patch: unknown) => patchPod({ spec: patch })['spec'] as Record<string, unknown>;
const meta = (patch: unknown) => patchPod({ metadata: patch })['metadata'] as Record<string, unknown>;

describe('strategicMergePatch: merge results', () => {
  it.each([
    {
      name: 'merge a container by name',
      got: () => spec({ containers: [{ name: 'b', image: 'z' }] })['containers'],
      want: [
        {
          name: 'a',
          image: 'x',
          ports: [{ containerPort: 80 }, { containerPort: 443 }],
          env: [{ name: 'E', value: '1' }],
        },
        { name: 'b', image: 'z' },
      ],
    },
    {
      name: 'new items come before server-only items',
      got: () =>
        (spec({ containers: [{ name: 'c', image: 'w' }] })['containers'] as { name: string }[]).map(
          (c) => c.name,
        ),
      want: ['c', 'a', 'b'],
    },
    {
      name: 'nested merge by containerPort and env name',
      got: () =>
        (
          spec({
            containers: [
              { name: 'a', ports: [{ containerPort: 443, name: 'https' }], env: [{ name: 'E', value: '2' }] },
            ],
          })['containers'] as unknown[]
        )[0],
      want: {
        name: 'a',
        image: 'x',
        ports: [{ containerPort: 80 }, { containerPort: 443, name: 'https' }],
        env: [{ name: 'E', value: '2' }],
      },
    },
    {
      name: '$patch: delete in a list',
      got: () => spec({ containers: [{ name: 'a', $patch: 'delete' }] })['containers'],
      want: [{ name: 'b', image: 'y' }],
    },
    {
      name: '$patch: replace in a list',
      got: () => spec({ containers: [{ name: 'z', image: 'q' }, { $patch: 'replace' }] })['containers'],
      want: [{ name: 'z', image: 'q' }],
    },
    {
      name: '$patch: replace on a map',
      got: () => spec({ nodeSelector: { $patch: 'replace', x: 'y' } })['nodeSelector'],
      want: { x: 'y' },
    },
    {
      name: '$patch: delete on a map',
      got: () => spec({ nodeSelector: { $patch: 'delete' } })['nodeSelector'],
      want: {},
    },
    {
      name: 'null deletes a key',
      got: () => spec({ nodeSelector: { zone: null } })['nodeSelector'],
      want: { disk: 'ssd' },
    },
    {
      name: 'null for a missing key is dropped',
      got: () => spec({ nodeSelector: { nope: null } })['nodeSelector'],
      want: { zone: 'a', disk: 'ssd' },
    },
    {
      name: 'null deletes a whole field',
      got: () => 'tolerations' in spec({ tolerations: null }),
      want: false,
    },
    {
      name: 'lists without strategy are replaced',
      got: () => spec({ tolerations: [{ key: 't3' }] })['tolerations'],
      want: [{ key: 't3' }],
    },
    {
      name: 'scalar merge list: union, patch order first',
      got: () => meta({ finalizers: ['c', 'a'] })['finalizers'],
      want: ['c', 'a', 'b'],
    },
    {
      name: '$deleteFromPrimitiveList',
      got: () => meta({ '$deleteFromPrimitiveList/finalizers': ['a'] })['finalizers'],
      want: ['b'],
    },
    {
      name: '$deleteFromPrimitiveList on a missing list sets it (Go quirk)',
      got: () =>
        strategicMergePatch(
          {},
          { '$deleteFromPrimitiveList/finalizers': ['a'] },
          podMeta.lookupPatchMetadataForStruct('metadata').meta!,
        ),
      want: { finalizers: ['a'] },
    },
    {
      name: '$setElementOrder reorders',
      got: () =>
        (
          spec({
            '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }],
            containers: [{ name: 'a', image: 'n' }],
          })['containers'] as { name: string; image: string }[]
        ).map((c) => c.name + c.image),
      want: ['by', 'an'],
    },
    {
      name: '$setElementOrder without a patch list',
      got: () =>
        (
          spec({ '$setElementOrder/containers': [{ name: 'b' }, { name: 'a' }] })['containers'] as {
            name: string;
          }[]
        ).map((c) => c.name),
      want: ['b', 'a'],
    },
    {
      name: '$retainKeys in a list element (volumes)',
      got: () =>
        spec({ volumes: [{ name: 'v', hostPath: { path: '/x' }, $retainKeys: ['hostPath', 'name'] }] })[
          'volumes'
        ],
      want: [{ name: 'v', hostPath: { path: '/x' } }],
    },
    { name: 'new field', got: () => spec({ nodeName: 'n1' })['nodeName'], want: 'n1' },
    { name: 'type change replaces', got: () => spec({ nodeSelector: 'x' })['nodeSelector'], want: 'x' },
    {
      name: 'directives under a new field are copied verbatim (Go quirk)',
      got: () =>
        strategicMergePatch({}, { spec: { containers: [{ name: 'a', $patch: 'delete' }] } }, podMeta),
      want: { spec: { containers: [{ name: 'a', $patch: 'delete' }] } },
    },
    {
      name: 'null patch changes nothing',
      got: () => strategicMergePatch({ a: 1 }, null, podMeta),
      want: { a: 1 },
    },
    {
      name: 'top-level $patch: replace',
      got: () => strategicMergePatch({ a: 1 }, { $patch: 'replace', b: 2 }, podMeta),
      want: { b: 2 },
    },
    {
      name: 'no metadata: lists replace',
      got: () => strategicMergePatch({ l: [1, 2], m: { a: 1 } }, { l: [3], m: { b: 2 } }, noPatchMeta),
      want: { l: [3], m: { a: 1, b: 2 } },
    },
  ])('$name', (c) => expect(c.got()).toEqual(c.want));

  it('$retainKeys on a struct field (deployment strategy)', () => {
    const d = frozenJSON(
      '{"spec":{"replicas":1,"strategy":{"type":"RollingUpdate","rollingUpdate":{"maxSurge":"25%"}}}}',
    );
    const p = frozenJSON('{"spec":{"strategy":{"$retainKeys":["type"],"type":"Recreate"}}}');
    expect(strategicMergePatch(d, p, deploymentMeta)).toEqual({
      spec: { replicas: 1, strategy: { type: 'Recreate' } },
    });
  });

  it('__proto__ keys are data and pollute nothing', () => {
    const out = patchPod(JSON.parse('{"metadata":{"labels":{"__proto__":"x"}},"__proto__":{"polluted":1}}'));
    const labels = (out['metadata'] as Record<string, unknown>)['labels'] as object;
    expect(Object.keys(labels)).toEqual(['app', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('strategicPatchObject: errors and their status codes', () => {
  const fail = (original: unknown, patch: unknown, schema = podMeta): [number, string] => {
    try {
      strategicPatchObject(original, frozenJSON(JSON.stringify(patch)), schema);
    } catch (e) {
      if (e instanceof PatchHandlerError) return [e.code, e.message];
      return [0, (e as Error).message];
    }
    throw new Error('no error');
  };
  it.each([
    {
      name: 'body is not an object',
      o: pod(),
      p: [1],
      want: [400, 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    },
    {
      name: 'missing merge key',
      o: pod(),
      p: { spec: { containers: [{ image: 'x' }] } },
      want: [500, 'map: map[image:x] does not contain declared merge key: name'],
    },
    {
      name: 'unknown map directive',
      o: pod(),
      p: { spec: { nodeSelector: { $patch: 'foo' } } },
      want: [500, 'unknown patch type: foo in map: map[$patch:foo]'],
    },
    {
      name: 'non-string directive',
      o: pod(),
      p: { spec: { nodeSelector: { $patch: 5 } } },
      want: [500, 'unknown patch type: %!s(int64=5) in map: map[$patch:5]'],
    },
    {
      name: 'merge directive in a list',
      o: pod(),
      p: { spec: { containers: [{ name: 'a', $patch: 'merge' }] } },
      want: [500, 'merging lists cannot yet be specified in the patch'],
    },
    {
      name: 'bad deletion list key',
      o: pod(),
      p: { metadata: { $deleteFromPrimitiveListfinalizers: ['a'] } },
      want: [400, 'invalid patch format of primitive list'],
    },
    {
      name: 'bad setElementOrder key',
      o: pod(),
      p: { spec: { $setElementOrderContainers: [] } },
      want: [400, 'invalid patch format of setElementOrder list'],
    },
    {
      name: 'setElementOrder disagrees',
      o: pod(),
      p: {
        spec: { '$setElementOrder/containers': [{ name: 'b' }], containers: [{ name: 'a' }, { name: 'b' }] },
      },
      want: [
        500,
        "The order in patch list:\n[map[name:a] map[name:b]]\n doesn't match $setElementOrder list:\n[map[name:b]]\n",
      ],
    },
    {
      name: 'retainKeys misses a patched field',
      o: frozenJSON('{"spec":{"strategy":{"type":"RollingUpdate"}}}'),
      p: { spec: { strategy: { $retainKeys: ['type'], rollingUpdate: { maxSurge: '1' } } } },
      want: [400, 'invalid patch format of retainKeys'],
      schema: deploymentMeta,
    },
    {
      name: 'retainKeys not a list',
      o: pod(),
      p: { spec: { $retainKeys: 'x' } },
      want: [400, 'invalid patch format of retainKeys'],
    },
    {
      name: 'mixed element types',
      o: pod(),
      p: { metadata: { finalizers: ['c', 1] } },
      want: [500, 'list element types are not identical: [[a b] [c 1]]'],
    },
    {
      name: 'list of lists',
      o: { spec: { matrix: [] } },
      p: { spec: { matrix: [['x']] } },
      want: [422, 'lists of lists are not supported'],
    },
    {
      name: 'slice of slice field',
      o: { spec: { grid: [] } },
      p: { spec: { grid: [['x']] } },
      want: [0, 'unexpected slice of slice'],
    },
    {
      name: 'unknown field',
      o: { spec: { foo: { a: 1 } } },
      p: { spec: { foo: { b: 1 } } },
      want: [0, 'unable to find api field in struct PodSpec for the json field "foo"'],
    },
    {
      name: 'map field holding objects',
      o: { spec: { nodeSelector: { a: {} } } },
      p: { spec: { nodeSelector: { a: { b: 1 } } } },
      want: [0, 'merging an object in json but data type is not struct, instead is: map'],
    },
  ])('$name', (c) => expect(fail(c.o, c.p, c.schema ?? podMeta)).toEqual(c.want));

  it('a null first list element panics like Go', () => {
    expect(() =>
      strategicPatchObject({ metadata: { finalizers: [] } }, { metadata: { finalizers: [null] } }, podMeta),
    ).toThrow(GoPanic);
  });
});

describe('IgnoreUnmatchedNulls', () => {
  it('drops nulls inside a value the original does not have (nothing to delete there)', () => {
    const schema = {
      lookupPatchMetadataForStruct: () => ({ patchStrategies: [], patchMergeKey: '', meta: null }),
      lookupPatchMetadataForSlice: () => ({ patchStrategies: [], patchMergeKey: '', meta: null }),
    };
    expect(
      strategicMergePatch(
        { metadata: { name: 'b' } },
        { metadata: { labels: { app: null, tier: 'web' } } },
        schema as never,
      ),
    ).toEqual({ metadata: { name: 'b', labels: { tier: 'web' } } });
  });
});
