import { describe, expect, it } from 'vitest';
import type { JSONSchemaProps } from '../../../apis/apiextensions/types';
import { newStructural } from '../structural';
import { prune, pruneWithOptions } from './algorithm';

const root = (properties: Record<string, JSONSchemaProps>): JSONSchemaProps => ({
  type: 'object',
  properties,
});
const tm = { apiVersion: 'example.com/v1', kind: 'Widget' };

describe('prune', () => {
  it.each<[string, JSONSchemaProps, Record<string, unknown>, Record<string, unknown>, string[]]>([
    [
      'nested objects',
      root({
        spec: {
          type: 'object',
          properties: {
            a: { type: 'integer' },
            nested: { type: 'object', properties: { c: { type: 'integer' } } },
          },
        },
      }),
      { ...tm, spec: { a: 1, b: 2, nested: { c: 1, d: 2 } }, status: { x: 1 }, extra: true },
      { ...tm, spec: { a: 1, nested: { c: 1 } } },
      ['extra', 'spec.b', 'spec.nested.d', 'status'],
    ],
    [
      'list items',
      root({
        spec: {
          type: 'object',
          properties: {
            items: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
          },
        },
      }),
      { ...tm, spec: { items: [{ name: 'a', bad: 1 }, { name: 'b' }] } },
      { ...tm, spec: { items: [{ name: 'a' }, { name: 'b' }] } },
      ['spec.items[0].bad'],
    ],
    [
      'additionalProperties',
      root({
        spec: {
          type: 'object',
          properties: {
            m: {
              type: 'object',
              additionalProperties: { type: 'object', properties: { v: { type: 'integer' } } },
            },
          },
        },
      }),
      { ...tm, spec: { m: { x: { v: 1, w: 2 }, y: {} } } },
      { ...tm, spec: { m: { x: { v: 1 }, y: {} } } },
      ['spec.m.x.w'],
    ],
    [
      'x-kubernetes-preserve-unknown-fields',
      root({
        spec: {
          type: 'object',
          'x-kubernetes-preserve-unknown-fields': true,
          properties: { known: { type: 'object', properties: { a: { type: 'integer' } } } },
        },
      }),
      { ...tm, spec: { anything: { deep: [1, { x: 2 }] }, known: { a: 1, b: 2 } } },
      { ...tm, spec: { anything: { deep: [1, { x: 2 }] }, known: { a: 1 } } },
      ['spec.known.b'],
    ],
    [
      'root metadata is coerced to ObjectMeta',
      root({}),
      { ...tm, metadata: { name: 'w', foo: 1, labels: { a: 'b' } } },
      { ...tm, metadata: { name: 'w', labels: { a: 'b' } } },
      ['metadata.foo'],
    ],
    [
      'embedded resources keep their TypeMeta and coerce their ObjectMeta',
      root({
        spec: {
          type: 'object',
          properties: {
            template: {
              type: 'object',
              'x-kubernetes-embedded-resource': true,
              'x-kubernetes-preserve-unknown-fields': true,
            },
          },
        },
      }),
      {
        ...tm,
        spec: {
          template: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', bogus: 1 }, spec: { x: 1 } },
        },
      },
      {
        ...tm,
        spec: { template: { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { x: 1 } } },
      },
      ['spec.template.metadata.bogus'],
    ],
    [
      'nulls of non-nullable fields without default are dropped silently',
      root({
        spec: {
          type: 'object',
          properties: {
            a: { type: 'string' },
            b: { type: 'string', nullable: true },
            c: { type: 'string', default: 'x' },
          },
        },
      }),
      { ...tm, spec: { a: null, b: null, c: null } },
      { ...tm, spec: { b: null, c: null } },
      [],
    ],
  ])('%s', (_name, schema, input, want, paths) => {
    const obj = structuredClone(input);
    expect(prune(obj, newStructural(schema), true)).toEqual(paths);
    expect(obj).toEqual(want);
  });

  it('keeps only TypeMeta and ObjectMeta without a schema', () => {
    const obj: Record<string, unknown> = { ...tm, metadata: { name: 'a' }, spec: { a: 1 } };
    expect(prune(obj, null, true)).toEqual(['spec']);
    expect(obj).toEqual({ ...tm, metadata: { name: 'a' } });
  });

  it('treats keys like __proto__ as plain fields', () => {
    const obj = JSON.parse('{"spec":{"__proto__":{"polluted":true},"a":1}}') as Record<string, unknown>;
    const s = newStructural(root({ spec: { type: 'object', properties: { a: { type: 'integer' } } } }));
    expect(prune(obj, s, true)).toEqual(['spec.__proto__']);
    expect(obj).toEqual({ spec: { a: 1 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('outside a resource root, a stray top-level apiVersion is dropped without a report', () => {
    const obj: Record<string, unknown> = { apiVersion: 'x', a: 1, b: 2 };
    const s = newStructural({ type: 'object', properties: { a: { type: 'integer' } } });
    expect(pruneWithOptions(obj, s, false)).toEqual(['b']);
    expect(obj).toEqual({ a: 1 });
  });

  it('walks very deep arrays without a schema without exhausting the stack', { timeout: 20_000 }, () => {
    let deep: unknown = [{ gone: true }];
    for (let i = 0; i < 30_000; i++) deep = [deep];
    const obj: Record<string, unknown> = { spec: { l: deep } };
    const paths = pruneWithOptions(
      obj,
      newStructural(root({ spec: { type: 'object', properties: { l: { type: 'array' } } } })),
      true,
    );
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^spec\.l(\[0\])+\.gone$/);
  });
});
