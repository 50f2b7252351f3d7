import { describe, expect, it } from 'vitest';
import type { JSONSchemaProps } from '../../apis/apiextensions/types';
import { newStructural } from './structural';

describe('newStructural', () => {
  it('splits a schema into shape, extensions and value validations', () => {
    const s = newStructural({
      type: 'object',
      description: 'a widget',
      properties: {
        spec: {
          type: 'object',
          properties: {
            replicas: { type: 'integer', minimum: 0, default: 1 },
            labels: { type: 'object', additionalProperties: { type: 'string' } },
            free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
            size: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
            list: {
              type: 'array',
              items: { type: 'string', nullable: true },
              'x-kubernetes-list-type': 'set',
            },
          },
        },
      },
    });
    expect(s.generic).toEqual({ type: 'object', description: 'a widget', nullable: false });
    const spec = s.properties!.get('spec')!;
    expect([...spec.properties!.keys()]).toEqual(['replicas', 'labels', 'free', 'size', 'list']);
    const replicas = spec.properties!.get('replicas')!;
    expect(replicas.generic.default).toBe(1);
    expect(replicas.valueValidation?.minimum).toBe(0);
    expect(spec.properties!.get('labels')!.additionalProperties).toEqual({
      bool: true,
      structural: expect.objectContaining({ generic: { type: 'string', nullable: false } }) as unknown,
    });
    expect(spec.properties!.get('free')!.extensions.xPreserveUnknownFields).toBe(true);
    const size = spec.properties!.get('size')!;
    expect(size.extensions.xIntOrString).toBe(true);
    expect(size.valueValidation?.anyOf?.map((n) => n.forbiddenGenerics.type)).toEqual(['integer', 'string']);
    const list = spec.properties!.get('list')!;
    expect(list.items?.generic.nullable).toBe(true);
    expect(list.extensions.xListType).toBe('set');
  });

  it('keeps additionalProperties: false as a bool', () => {
    expect(newStructural({ type: 'object', additionalProperties: false }).additionalProperties).toEqual({
      bool: false,
    });
  });

  it.each<[string, JSONSchemaProps, string]>([
    [
      'items array',
      { type: 'array', items: [{ type: 'string' }] },
      "OpenAPIV3Schema 'items' must be a schema, but is an array",
    ],
    ['$ref', { $ref: '#/a' } as JSONSchemaProps, "OpenAPIV3Schema '$ref' is not supported"],
    ['id', { id: 'x' }, "OpenAPIV3Schema 'id' is not supported"],
    [
      'preserve-unknown-fields false',
      { type: 'object', 'x-kubernetes-preserve-unknown-fields': false },
      "internal error: 'x-kubernetes-preserve-unknown-fields' must be true or undefined",
    ],
  ])('refuses %s with Go’s message', (_name, schema, message) => {
    expect(() => newStructural(schema)).toThrow(message);
  });

  it(
    'refuses a schema nested deeper than the limit instead of overflowing the stack',
    { timeout: 5000 },
    () => {
      let s: JSONSchemaProps = { type: 'string' };
      for (let i = 0; i < 10_000; i++) s = { type: 'object', properties: { a: s } };
      expect(() => newStructural(s)).toThrow('OpenAPIV3Schema is nested more than 1000 levels deep');
    },
  );
});
