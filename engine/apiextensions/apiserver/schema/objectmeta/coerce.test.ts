import { describe, expect, it } from 'vitest';
import { newPath } from '../../../../util/validation/field/path';
import { newStructural } from '../structural';
import { coerceWithOptions, getObjectMetaWithOptions } from './coerce';

const embedded = newStructural({
  type: 'object',
  properties: {
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
  },
});

describe('getObjectMetaWithOptions', () => {
  it('reports unknown fields with their paths and keeps the rest', () => {
    const r = getObjectMetaWithOptions(
      {
        metadata: {
          name: 'a',
          foo: 1,
          ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: 'u', bar: 2 }],
        },
      },
      { dropMalformedFields: false },
    );
    expect(r.unknownFieldPaths).toEqual(['metadata.foo', 'metadata.ownerReferences[0].bar']);
    expect(r.meta).toEqual({
      name: 'a',
      ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'o', uid: 'u' }],
    });
  });

  it('fails on a field of the wrong type, or drops it when asked', () => {
    const obj = { metadata: { name: 'a', labels: 'x' } };
    expect(() => getObjectMetaWithOptions(obj, { dropMalformedFields: false })).toThrow(
      /^json: cannot unmarshal string into Go struct field ObjectMeta\.labels of type/,
    );
    expect(getObjectMetaWithOptions(obj, { dropMalformedFields: true }).meta).toEqual({ name: 'a' });
  });
});

describe('coerceWithOptions', () => {
  it('checks embedded TypeMeta and ObjectMeta', () => {
    const bad = { spec: { template: { apiVersion: 1, kind: 'Pod' } } };
    const r = coerceWithOptions(null, bad, embedded, false, {
      dropInvalidFields: false,
      returnUnknownFieldPaths: true,
    });
    expect(r.error?.error()).toBe('spec.template.apiVersion: Invalid value: 1: must be a string');

    const badMeta = { spec: { template: { metadata: { labels: 'x' } } } };
    const m = coerceWithOptions(newPath('default'), badMeta, embedded, false, {
      dropInvalidFields: false,
      returnUnknownFieldPaths: false,
    });
    expect(m.error?.error()).toMatch(
      /^default\.spec\.template\.metadata: Invalid value: \{"labels":"x"\}: json: cannot unmarshal string/,
    );
  });

  it('drops invalid fields when asked', () => {
    const obj = {
      spec: { template: { apiVersion: 1, kind: 'Pod', metadata: { name: 'p', labels: 'x', extra: 1 } } },
    };
    const r = coerceWithOptions(null, obj, embedded, false, {
      dropInvalidFields: true,
      returnUnknownFieldPaths: true,
    });
    expect(r.error).toBeNull();
    expect(obj).toEqual({ spec: { template: { kind: 'Pod', metadata: { name: 'p' } } } });
  });
});
