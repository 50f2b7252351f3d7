import { describe, expect, it } from 'vitest';
import type { JSONSchemaProps } from '../../apis/apiextensions/types';
import { newPath } from '../../../util/validation/field/path';
import { validateStructural } from './validation';

const P = 'spec.versions[0].schema.openAPIV3Schema';
const path = () => newPath('spec', 'versions').index_(0).child('schema', 'openAPIV3Schema');
const check = (s: JSONSchemaProps, opts = {}) => validateStructural(path(), s, opts).map((e) => e.error());
const obj = (properties: Record<string, JSONSchemaProps>): JSONSchemaProps => ({
  type: 'object',
  properties,
});

describe('validateStructural', () => {
  it.each<[string, JSONSchemaProps, string[]]>([
    [
      'a typical schema',
      obj({
        spec: {
          type: 'object',
          properties: {
            replicas: { type: 'integer', minimum: 0, default: 1 },
            image: { type: 'string', pattern: '^[a-z0-9./:-]+$' },
            ports: { type: 'array', items: { type: 'integer' }, 'x-kubernetes-list-type': 'set' },
            labels: { type: 'object', additionalProperties: { type: 'string' } },
            size: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] },
            raw: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
          },
          required: ['image'],
        },
        status: { type: 'object', properties: { ready: { type: 'boolean' } } },
      }),
      [],
    ],
    [
      'no type at the root',
      { properties: { spec: { type: 'object' } } },
      [`${P}.type: Required value: must not be empty at the root`],
    ],
    [
      'no type for a field',
      obj({ spec: {} }),
      [`${P}.properties[spec].type: Required value: must not be empty for specified object fields`],
    ],
    [
      'no type for items',
      obj({ l: { type: 'array', items: {} } }),
      [`${P}.properties[l].items.type: Required value: must not be empty for specified array items`],
    ],
    [
      'array without items',
      obj({ l: { type: 'array' } }),
      [`${P}.properties[l].items: Required value: must be specified`],
    ],
    [
      'root not an object',
      { type: 'string' },
      [`${P}.type: Invalid value: "string": must be object at the root`],
    ],
    [
      'additionalProperties at the root',
      { type: 'object', additionalProperties: { type: 'string' } },
      [`${P}.additionalProperties: Forbidden: must not be used at the root`],
    ],
    [
      'properties and additionalProperties',
      obj({
        spec: {
          type: 'object',
          properties: { a: { type: 'string' } },
          additionalProperties: { type: 'string' },
        },
      }),
      [
        `${P}.properties[spec].additionalProperties: Forbidden: additionalProperties and properties are mutual exclusive`,
      ],
    ],
    [
      'nullable root',
      { type: 'object', nullable: true },
      [`${P}.nullable: Forbidden: nullable cannot be true at the root`],
    ],
    [
      'items as an array',
      obj({ l: { type: 'array', items: [{ type: 'string' }] } }),
      [`${P}.properties[l].items: Forbidden: items must be a schema object and not an array`],
    ],
    [
      '$ref',
      obj({ a: { $ref: '#/definitions/a' } as JSONSchemaProps }),
      [`${P}.properties[a].$ref: Forbidden: $ref is not supported`],
    ],
    [
      'invalid pattern',
      obj({ a: { type: 'string', pattern: '[' } }),
      [
        `${P}.properties[a].pattern: Invalid value: "[": must be a valid regular expression, but isn't: error parsing regexp: missing closing ]: \`[\``,
      ],
    ],
    [
      'JS-only pattern syntax',
      obj({ a: { type: 'string', pattern: '^(?=a)' } }),
      [
        `${P}.properties[a].pattern: Invalid value: "^(?=a)": must be a valid regular expression, but isn't: error parsing regexp: invalid or unsupported Perl syntax: \`(?=\``,
      ],
    ],
    [
      'metadata restricting name',
      obj({ metadata: { type: 'object', properties: { name: { type: 'string', maxLength: 20 } } } }),
      [],
    ],
    [
      'metadata restricting labels',
      obj({ metadata: { type: 'object', properties: { labels: { type: 'object' } } } }),
      [
        `${P}.properties[metadata]: Forbidden: must not specify anything other than name and generateName, but metadata is implicitly specified`,
      ],
    ],
    [
      'metadata of another type',
      obj({ metadata: { type: 'string' } }),
      [`${P}.properties[metadata].type: Invalid value: "string": must be object`],
    ],
    [
      'kind not a string',
      obj({ kind: { type: 'integer' } }),
      [`${P}.properties[kind].type: Invalid value: "integer": must be string`],
    ],
    [
      'preserve-unknown-fields false',
      { type: 'object', 'x-kubernetes-preserve-unknown-fields': false },
      [`${P}.x-kubernetes-preserve-unknown-fields: Invalid value: false: must be true or undefined`],
    ],
    [
      'int-or-string with preserve-unknown-fields',
      obj({ p: { 'x-kubernetes-int-or-string': true, 'x-kubernetes-preserve-unknown-fields': true } }),
      [
        `${P}.properties[p].x-kubernetes-preserve-unknown-fields: Invalid value: true: must be false if x-kubernetes-int-or-string is true`,
      ],
    ],
    [
      'a type inside anyOf',
      obj({ p: { type: 'string', anyOf: [{ type: 'string' }, { maxLength: 2 }] } }),
      [`${P}.properties[p].anyOf[0].type: Forbidden: must be empty to be structural`],
    ],
    [
      'metadata inside allOf',
      obj({ spec: { type: 'object', allOf: [{ properties: { metadata: {} } }] } }),
      [
        `${P}.properties[spec].allOf[0].properties[metadata]: Forbidden: must not be specified in a nested context`,
      ],
    ],
    [
      'a field only named in anyOf at the root',
      {
        type: 'object',
        properties: { spec: { type: 'object' } },
        anyOf: [{ required: ['spec'] }, { properties: { foo: { minLength: 1 } } }],
      },
      [`${P}.properties[foo]: Required value: because it is defined in ${P}.anyOf[1].properties[foo]`],
    ],
    [
      'embedded resource without type',
      obj({ e: { 'x-kubernetes-embedded-resource': true, 'x-kubernetes-preserve-unknown-fields': true } }),
      [`${P}.properties[e].type: Required value: must be object if x-kubernetes-embedded-resource is true`],
    ],
    [
      'a default of the wrong type',
      obj({ spec: { type: 'object', properties: { replicas: { type: 'integer', default: 'three' } } } }),
      [
        `${P}.properties[spec].properties[replicas].default: Invalid value: "string":  in body must be of type integer: "string"`,
      ],
    ],
    [
      'a default breaking maximum',
      obj({
        spec: { type: 'object', properties: { replicas: { type: 'integer', maximum: 3, default: 5 } } },
      }),
      [
        `${P}.properties[spec].properties[replicas].default: Invalid value: 5:  in body should be less than or equal to 3`,
      ],
    ],
    [
      'a default with unknown fields',
      obj({ spec: { type: 'object', properties: { a: { type: 'string' } }, default: { a: 'x', b: 'y' } } }),
      [`${P}.properties[spec].default: Invalid value: {"a":"x","b":"y"}: must not have unknown fields`],
    ],
    [
      'a default in top-level metadata',
      obj({ metadata: { type: 'object', default: {} } }),
      [`${P}.properties[metadata].default: Forbidden: must not be set in top-level metadata`],
    ],
    [
      'uniqueItems',
      obj({ l: { type: 'array', items: { type: 'string' }, uniqueItems: true } }),
      [
        `${P}.properties[l].uniqueItems: Forbidden: uniqueItems cannot be set to true since the runtime complexity becomes quadratic`,
      ],
    ],
    [
      'type null',
      obj({ a: { type: 'null' } }),
      [
        `${P}.properties[a].type: Unsupported value: "null": supported values: "array", "boolean", "integer", "number", "object", "string"`,
        `${P}.properties[a].type: Forbidden: type cannot be set to null, use nullable as an alternative`,
      ],
    ],
    [
      'list-type map without keys',
      obj({
        l: {
          type: 'array',
          items: { type: 'object', properties: { k: { type: 'string' } } },
          'x-kubernetes-list-type': 'map',
        },
      }),
      [
        `${P}.properties[l].x-kubernetes-list-map-keys: Required value: must not be empty if x-kubernetes-list-type is map`,
      ],
    ],
    [
      'unknown list type',
      obj({ l: { type: 'array', items: { type: 'string' }, 'x-kubernetes-list-type': 'bag' } }),
      [
        `${P}.properties[l].x-kubernetes-list-type: Unsupported value: "bag": supported values: "atomic", "set", "map"`,
      ],
    ],
    [
      'an empty CEL rule',
      { type: 'object', 'x-kubernetes-validations': [{ rule: ' ' }] },
      [`${P}.x-kubernetes-validations[0].rule: Required value: rule is not specified`],
    ],
  ])('%s', (_name, schema, want) => {
    const before = JSON.stringify(schema);
    expect(check(schema)).toEqual(want);
    expect(JSON.stringify(schema)).toBe(before); // validation never changes the schema
  });

  it('sorts the structural errors by message, as Go does', () => {
    expect(check(obj({ b: {}, a: {} }))).toEqual([
      `${P}.properties[a].type: Required value: must not be empty for specified object fields`,
      `${P}.properties[b].type: Required value: must not be empty for specified object fields`,
    ]);
  });

  it('limits the root keywords when the status subresource is on', () => {
    expect(
      check({ type: 'object', properties: {}, required: ['spec'] }, { statusSubresourceEnabled: true }),
    ).toEqual([]);
    const errs = check(
      { type: 'object', minProperties: 1, anyOf: [{ required: ['spec'] }] },
      { statusSubresourceEnabled: true },
    );
    expect(errs[0]).toMatch(
      new RegExp(
        `^${P.replace(/[.[\]]/g, '\\$&')}: Invalid value: .*: only \\[Description Type Format .* XValidations\\] fields are allowed at the root of the schema if the status subresource is enabled$`,
      ),
    );
  });
});

describe('validateStructural on hostile schemas', () => {
  function nested(depth: number): JSONSchemaProps {
    let s: JSONSchemaProps = { type: 'string' };
    for (let i = 0; i < depth; i++) s = { type: 'object', properties: { a: s } };
    return s;
  }

  it('refuses 10,000 levels of nesting with one clear error', { timeout: 5000 }, () => {
    expect(check(nested(10_000))).toEqual([
      `${P}: Forbidden: must not be nested more than 1000 levels deep (this one nests 10000)`,
    ]);
  });

  it('accepts deep but reasonable nesting', { timeout: 5000 }, () => {
    expect(check(nested(200))).toEqual([]);
  });

  it('refuses a huge repeat count as Go does', () => {
    expect(check(obj({ a: { type: 'string', pattern: 'a{1001}' } }))).toEqual([
      `${P}.properties[a].pattern: Invalid value: "a{1001}": must be a valid regular expression, but isn't: error parsing regexp: invalid repeat count: \`{1001}\``,
    ]);
  });

  it('accepts a huge enum quickly', { timeout: 5000 }, () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
    expect(check(obj({ a: { type: 'string', enum: values, default: 'v5' } }))).toEqual([]);
  });
});
