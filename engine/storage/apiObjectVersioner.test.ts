// Go twin: k8s.io/apiserver/pkg/storage/api_object_versioner_test.go @ v1.34.0
import { describe, expect, it } from 'vitest';
import { APIObjectVersioner } from './apiObjectVersioner';
import { InvalidError } from './errors';

const v = new APIObjectVersioner();

describe('APIObjectVersioner', () => {
  it('writes the revision as a decimal string; 0 clears it', () => {
    const obj: Record<string, unknown> = {};
    v.updateObject(obj, 42);
    expect(obj).toEqual({ metadata: { resourceVersion: '42' } });
    v.updateObject(obj, 0);
    expect(obj).toEqual({ metadata: {} });
  });

  it('clears resourceVersion and selfLink before storage', () => {
    const obj = { metadata: { name: 'a', resourceVersion: '5', selfLink: '/x' } };
    v.prepareObjectForStorage(obj);
    expect(obj).toEqual({ metadata: { name: 'a' } });
  });

  it('keeps a non-enumerable type tag on the object it updates', () => {
    const tag = Symbol('gvk');
    const obj: Record<string | symbol, unknown> = { metadata: {} };
    Object.defineProperty(obj, tag, { value: 'v1/Pod', enumerable: false });
    v.updateObject(obj, 3);
    expect(obj[tag]).toBe('v1/Pod');
  });

  it('sets list metadata and refuses revision 0', () => {
    const list: Record<string, unknown> = { items: [] };
    v.updateList(list, 9, 'tok', 3);
    expect(list.metadata).toEqual({ resourceVersion: '9', continue: 'tok', remainingItemCount: 3 });
    expect(() => v.updateList(list, 0, '', undefined)).toThrow('illegal resource version from storage: 0');
  });

  it.each([
    ['', 0],
    ['0', 0],
    ['7', 7],
    ['007', 7],
  ])('parseResourceVersion(%j) = %d', (s, want) => {
    expect(v.parseResourceVersion(s)).toBe(want);
  });

  it.each([
    ['abc', 'resourceVersion: Invalid value: "abc": strconv.ParseUint: parsing "abc": invalid syntax'],
    ['-1', 'resourceVersion: Invalid value: "-1": strconv.ParseUint: parsing "-1": invalid syntax'],
    ['+1', 'resourceVersion: Invalid value: "+1": strconv.ParseUint: parsing "+1": invalid syntax'],
    [
      '18446744073709551616',
      'resourceVersion: Invalid value: "18446744073709551616": strconv.ParseUint: parsing "18446744073709551616": value out of range',
    ],
  ])('parseResourceVersion(%j) is an InvalidError', (s, message) => {
    let err: unknown;
    try {
      v.parseResourceVersion(s);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidError);
    expect((err as Error).message).toBe(message);
    expect((err as InvalidError).errs[0]).toMatchObject({
      type: 'FieldValueInvalid',
      field: 'resourceVersion',
    });
  });

  it('objectResourceVersion reads metadata.resourceVersion, 0 when unset', () => {
    expect(v.objectResourceVersion({})).toBe(0);
    expect(v.objectResourceVersion({ metadata: { resourceVersion: '12' } })).toBe(12);
    expect(() => v.objectResourceVersion({ metadata: { resourceVersion: 'x' } })).toThrow(
      'strconv.ParseUint: parsing "x": invalid syntax',
    );
  });
});
