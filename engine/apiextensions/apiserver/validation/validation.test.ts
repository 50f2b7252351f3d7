import { describe, expect, it } from 'vitest';
import type { JSONSchemaProps } from '../../apis/apiextensions/types';
import { newPath } from '../../../util/validation/field/path';
import { newStructural } from '../schema/structural';
import { validateCustomResource } from './validation';

/** Validates {spec: {x: value}} where spec.x has the given schema; returns the messages. */
function check(x: JSONSchemaProps, value: unknown, specExtra: JSONSchemaProps = {}): string[] {
  const schema: JSONSchemaProps = {
    type: 'object',
    properties: { spec: { type: 'object', properties: { x }, ...specExtra } },
  };
  const obj = value === undefined ? { spec: {} } : { spec: { x: value } };
  return validateCustomResource(null, obj, newStructural(schema)).map((e) => e.error());
}

describe('validateCustomResource, keyword by keyword', () => {
  it.each<[string, JSONSchemaProps, unknown, string[]]>([
    ['integer ok', { type: 'integer' }, 3, []],
    ['integral float is an integer', { type: 'integer' }, 3.0, []],
    [
      'string for integer',
      { type: 'integer' },
      'three',
      ['spec.x: Invalid value: "string": spec.x in body must be of type integer: "string"'],
    ],
    [
      'fraction for integer',
      { type: 'integer' },
      1.5,
      ['spec.x: Invalid value: "number": spec.x in body must be of type integer: "number"'],
    ],
    ['integer for number', { type: 'number' }, 2, []],
    [
      'object for string',
      { type: 'string' },
      { a: 1 },
      ['spec.x: Invalid value: "object": spec.x in body must be of type string: "object"'],
    ],
    [
      'array for boolean',
      { type: 'boolean' },
      [true],
      ['spec.x: Invalid value: "array": spec.x in body must be of type boolean: "array"'],
    ],
    [
      'null not nullable',
      { type: 'string' },
      null,
      ['spec.x: Invalid value: "null": spec.x in body must be of type string: "null"'],
    ],
    ['null nullable', { type: 'string', nullable: true }, null, []],
    ['int-or-string int', { 'x-kubernetes-int-or-string': true }, 5, []],
    ['int-or-string string', { 'x-kubernetes-int-or-string': true }, '50%', []],
    [
      'int-or-string bool',
      { 'x-kubernetes-int-or-string': true },
      true,
      ['spec.x: Invalid value: "boolean": spec.x in body must be of type integer,string: "boolean"'],
    ],
    ['enum ok', { type: 'string', enum: ['a', 'b'] }, 'a', []],
    [
      'enum bad',
      { type: 'string', enum: ['a', 'b'] },
      'c',
      ['spec.x: Unsupported value: "c": supported values: "a", "b"'],
    ],
    [
      'enum numbers',
      { type: 'integer', enum: [1, 2] },
      3,
      ['spec.x: Unsupported value: 3: supported values: "1", "2"'],
    ],
    ['minimum ok', { type: 'integer', minimum: 1 }, 1, []],
    [
      'minimum',
      { type: 'integer', minimum: 1 },
      0,
      ['spec.x: Invalid value: 0: spec.x in body should be greater than or equal to 1'],
    ],
    [
      'exclusive minimum',
      { type: 'integer', minimum: 1, exclusiveMinimum: true },
      1,
      ['spec.x: Invalid value: 1: spec.x in body should be greater than 1'],
    ],
    [
      'maximum',
      { type: 'number', maximum: 2.5 },
      3,
      ['spec.x: Invalid value: 3: spec.x in body should be less than or equal to 2.5'],
    ],
    [
      'exclusive maximum',
      { type: 'integer', maximum: 10, exclusiveMaximum: true },
      10,
      ['spec.x: Invalid value: 10: spec.x in body should be less than 10'],
    ],
    ['multipleOf ok', { type: 'number', multipleOf: 0.5 }, 2.5, []],
    [
      'multipleOf',
      { type: 'integer', multipleOf: 5 },
      7,
      ['spec.x: Invalid value: 7: spec.x in body should be a multiple of 5'],
    ],
    ['maxLength ok (runes)', { type: 'string', maxLength: 2 }, 'éé', []],
    [
      'maxLength',
      { type: 'string', maxLength: 2 },
      'abc',
      ['spec.x: Too long: may not be more than 2 bytes'],
    ],
    [
      'minLength',
      { type: 'string', minLength: 3 },
      'ab',
      ['spec.x: Invalid value: "ab": spec.x in body should be at least 3 chars long'],
    ],
    ['pattern ok', { type: 'string', pattern: '^[a-z]+$' }, 'abc', []],
    [
      'pattern',
      { type: 'string', pattern: '^[a-z]+$' },
      'aBc',
      ['spec.x: Invalid value: "aBc": spec.x in body should match \'^[a-z]+$\''],
    ],
    ['pattern finds anywhere', { type: 'string', pattern: 'b' }, 'abc', []],
    [
      'only the first string check fails',
      { type: 'string', maxLength: 1, pattern: '^z$' },
      'abc',
      ['spec.x: Too long: may not be more than 1 byte'],
    ],
    [
      'minItems',
      { type: 'array', items: { type: 'string' }, minItems: 2 },
      ['a'],
      ['spec.x: Invalid value: 1: spec.x in body should have at least 2 items'],
    ],
    [
      'maxItems',
      { type: 'array', items: { type: 'string' }, maxItems: 1 },
      ['a', 'b', 'c'],
      ['spec.x: Too many: 3: must have at most 1 items'],
    ],
    [
      'uniqueItems',
      { type: 'array', items: { type: 'integer' }, uniqueItems: true },
      [1, 2, 1],
      ['spec.x: Invalid value: "": spec.x in body shouldn\'t contain duplicates'],
    ],
    [
      'items',
      { type: 'array', items: { type: 'integer' } },
      [1, 'two'],
      ['spec.x[1]: Invalid value: "string": spec.x[1] in body must be of type integer: "string"'],
    ],
    [
      'minProperties',
      { type: 'object', additionalProperties: { type: 'string' }, minProperties: 2 },
      { a: 'x' },
      ['spec.x: Invalid value: 1: spec.x in body should have at least 2 properties'],
    ],
    [
      'maxProperties',
      { type: 'object', additionalProperties: { type: 'string' }, maxProperties: 1 },
      { a: 'x', b: 'y' },
      ['spec.x: Too many: 2: must have at most 1 items'],
    ],
    [
      'additionalProperties schema',
      { type: 'object', additionalProperties: { type: 'integer' } },
      { a: 1, b: 'x' },
      ['spec.x.b: Invalid value: "string": spec.x.b in body must be of type integer: "string"'],
    ],
    [
      'required',
      { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['a', 'b'] },
      { a: 'x' },
      ['spec.x.b: Required value'],
    ],
    ['format ok', { type: 'string', format: 'date-time' }, '2024-01-02T03:04:05Z', []],
    [
      'format',
      { type: 'string', format: 'date-time' },
      'yesterday',
      ['spec.x: Invalid value: "yesterday": spec.x in body must be of type date-time: "yesterday"'],
    ],
    ['unsupported format is ignored', { type: 'string', format: 'int-or-float' }, 'anything', []],
    ['int32 format is stripped', { type: 'integer', format: 'int32' }, 2 ** 40, []],
    [
      'anyOf',
      { type: 'integer', anyOf: [{ minimum: 10 }, { maximum: 1 }] },
      5,
      [
        ': Invalid value: "": "spec.x" must validate at least one schema (anyOf)',
        'spec.x: Invalid value: 5: spec.x in body should be greater than or equal to 10',
      ],
    ],
    ['anyOf ok', { type: 'integer', anyOf: [{ minimum: 10 }, { maximum: 1 }] }, 0, []],
    [
      'oneOf matching twice',
      { type: 'integer', oneOf: [{ minimum: 1 }, { maximum: 10 }] },
      5,
      [
        ': Invalid value: "": "spec.x" must validate one and only one schema (oneOf). Found 2 valid alternatives',
      ],
    ],
    [
      'allOf',
      { type: 'integer', allOf: [{ minimum: 1 }, { maximum: 3 }] },
      5,
      [
        'spec.x: Invalid value: 5: spec.x in body should be less than or equal to 3',
        ': Invalid value: "": "spec.x" must validate all the schemas (allOf)',
      ],
    ],
    [
      'not',
      { type: 'string', not: { enum: ['forbidden'] } },
      'forbidden',
      [': Invalid value: "": "spec.x" must not validate the schema (not)'],
    ],
  ])('%s', (_name, schema, value, want) => {
    expect(check(schema, value)).toEqual(want);
  });

  it('reports required fields at the root without the leading dot', () => {
    const s = newStructural({ type: 'object', properties: { spec: { type: 'object' } }, required: ['spec'] });
    expect(validateCustomResource(null, {}, s).map((e) => e.error())).toEqual(['spec: Required value']);
  });

  it('prefixes the given path and keeps the cause type', () => {
    const s = newStructural({ type: 'integer', maximum: 3 });
    const errs = validateCustomResource(newPath('spec', 'template').child('default'), 5, s);
    expect(errs.map((e) => [e.type, e.error()])).toEqual([
      [
        'FieldValueInvalid',
        'spec.template.default: Invalid value: 5:  in body should be less than or equal to 3',
      ],
    ]);
    const t = validateCustomResource(
      null,
      { spec: { x: 'a' } },
      newStructural({
        type: 'object',
        properties: { spec: { type: 'object', properties: { x: { type: 'integer' } } } },
      }),
    );
    expect(t[0]!.type).toBe('FieldValueTypeInvalid');
  });

  it('validates an int-or-string anyOf pattern', () => {
    const x: JSONSchemaProps = {
      'x-kubernetes-int-or-string': true,
      anyOf: [{ type: 'integer' }, { type: 'string' }],
    };
    expect(check(x, 3)).toEqual([]);
    expect(check(x, 'x')).toEqual([]);
  });

  it('accepts a valid object and changes nothing', () => {
    const obj = { spec: { x: 'a' } };
    const before = JSON.stringify(obj);
    const s = newStructural({
      type: 'object',
      properties: { spec: { type: 'object', properties: { x: { type: 'string' } } } },
    });
    expect(validateCustomResource(null, obj, s)).toEqual([]);
    expect(JSON.stringify(obj)).toBe(before);
  });
});

describe('validateCustomResource on hostile input', () => {
  it('matches a catastrophic pattern in linear time', { timeout: 5000 }, () => {
    const x: JSONSchemaProps = { type: 'string', pattern: '^(a+)+$' };
    const start = Date.now();
    expect(check(x, 'a'.repeat(20_000) + '!')).toEqual([
      expect.stringContaining("in body should match '^(a+)+$'") as unknown as string,
    ]);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('checks a huge enum quickly', { timeout: 5000 }, () => {
    const values = Array.from({ length: 100_000 }, (_, i) => `v${i}`);
    expect(check({ type: 'string', enum: values }, 'v99999')).toEqual([]);
    expect(check({ type: 'string', enum: values }, 'nope')[0]).toMatch(
      /^spec\.x: Unsupported value: "nope": supported values: "v0", "v1"/,
    );
  });
});
