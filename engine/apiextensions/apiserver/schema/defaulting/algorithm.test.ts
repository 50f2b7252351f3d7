import { describe, expect, it } from 'vitest';
import type { JSONSchemaProps } from '../../../apis/apiextensions/types';
import { newStructural } from '../structural';
import { applyDefaults } from './algorithm';

const spec = (properties: Record<string, JSONSchemaProps>, extra: JSONSchemaProps = {}): JSONSchemaProps => ({
  type: 'object',
  properties: { spec: { type: 'object', properties, ...extra } },
});

describe('applyDefaults', () => {
  it.each<[string, JSONSchemaProps, unknown, unknown]>([
    [
      'a missing property',
      spec({ replicas: { type: 'integer', default: 1 } }),
      { spec: {} },
      { spec: { replicas: 1 } },
    ],
    [
      'a set property stays',
      spec({ replicas: { type: 'integer', default: 1 } }),
      { spec: { replicas: 3 } },
      { spec: { replicas: 3 } },
    ],
    [
      'zero values stay',
      spec({ on: { type: 'boolean', default: true } }),
      { spec: { on: false } },
      { spec: { on: false } },
    ],
    [
      'nested: a defaulted object is defaulted in turn',
      {
        type: 'object',
        properties: {
          spec: { type: 'object', default: {}, properties: { replicas: { type: 'integer', default: 1 } } },
        },
      },
      {},
      { spec: { replicas: 1 } },
    ],
    ['a missing parent is not created', spec({ replicas: { type: 'integer', default: 1 } }), {}, {}],
    [
      'list items',
      spec({
        ports: {
          type: 'array',
          items: { type: 'object', properties: { port: { type: 'integer', default: 80 } } },
        },
      }),
      { spec: { ports: [{}, { port: 8080 }] } },
      { spec: { ports: [{ port: 80 }, { port: 8080 }] } },
    ],
    [
      'null list items with a default',
      spec({ names: { type: 'array', items: { type: 'string', default: 'x' } } }),
      { spec: { names: ['a', null] } },
      { spec: { names: ['a', 'x'] } },
    ],
    [
      'map values',
      spec({
        m: {
          type: 'object',
          additionalProperties: { type: 'object', properties: { weight: { type: 'integer', default: 1 } } },
        },
      }),
      { spec: { m: { a: {}, b: { weight: 5 } } } },
      { spec: { m: { a: { weight: 1 }, b: { weight: 5 } } } },
    ],
    [
      'a non-nullable null gets the default',
      spec({ mode: { type: 'string', default: 'auto' } }),
      { spec: { mode: null } },
      { spec: { mode: 'auto' } },
    ],
    [
      'a nullable null stays null',
      spec({ mode: { type: 'string', nullable: true, default: 'auto' } }),
      { spec: { mode: null } },
      { spec: { mode: null } },
    ],
    [
      'scalars and unknown fields are left alone',
      spec({ a: { type: 'string' } }),
      { spec: { b: 1 } },
      { spec: { b: 1 } },
    ],
  ])('%s', (_name, schema, input, want) => {
    const obj = structuredClone(input);
    applyDefaults(obj, newStructural(schema));
    expect(obj).toEqual(want);
  });

  it('copies defaults, so changing the object never changes the schema', () => {
    const s = newStructural(spec({ tags: { type: 'array', items: { type: 'string' }, default: ['a'] } }));
    const one = { spec: {} as Record<string, unknown> };
    applyDefaults(one, s);
    (one.spec.tags as string[]).push('b');
    const two = { spec: {} };
    applyDefaults(two, s);
    expect(two).toEqual({ spec: { tags: ['a'] } });
  });

  it('does nothing without a schema', () => {
    const obj = { spec: { a: 1 } };
    applyDefaults(obj, null);
    expect(obj).toEqual({ spec: { a: 1 } });
  });
});
