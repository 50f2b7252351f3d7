import { describe, expect, it } from 'vitest';
import { frozenJSON } from '../testing/freeze';
import { applyJSPatch, maxJSONPatchOperations, PatchHandlerError } from './handler';
import type { FieldValidation, JSPatchType } from './handler';

const jsonPatch: JSPatchType = 'application/json-patch+json';
const mergePatch: JSPatchType = 'application/merge-patch+json';
const doc = () => frozenJSON('{"metadata":{"name":"x","labels":{"a":"1"}}}');

function failure(type: JSPatchType, patch: unknown, v: FieldValidation = 'Warn'): [number, string] {
  try {
    applyJSPatch(type, doc(), patch, v);
  } catch (e) {
    expect(e).toBeInstanceOf(PatchHandlerError);
    return [(e as PatchHandlerError).code, (e as Error).message];
  }
  throw new Error('no error');
}

describe('applyJSPatch failures', () => {
  it.each([
    {
      name: 'json patch object body (Warn)',
      type: jsonPatch,
      patch: {},
      v: 'Warn' as const,
      want: [
        400,
        'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp',
      ],
    },
    {
      name: 'json patch object body (Ignore)',
      type: jsonPatch,
      patch: {},
      v: 'Ignore' as const,
      want: [400, 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'],
    },
    {
      name: 'json patch bad element (Strict)',
      type: jsonPatch,
      patch: [1],
      v: 'Strict' as const,
      want: [
        400,
        'error decoding patch: json: cannot unmarshal number into Go value of type handlers.jsonPatchOp',
      ],
    },
    {
      name: 'json patch numeric op (Warn)',
      type: jsonPatch,
      patch: [{ op: 1 }],
      v: 'Warn' as const,
      want: [
        400,
        'error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string',
      ],
    },
    {
      name: 'json patch numeric op (Ignore)',
      type: jsonPatch,
      patch: [{ op: 1 }],
      v: 'Ignore' as const,
      want: [422, 'Unexpected kind: unknown'],
    },
    {
      name: 'json patch apply failure',
      type: jsonPatch,
      patch: [{ op: 'remove', path: '/spec' }],
      v: 'Warn' as const,
      want: [422, "error in remove for path: '/spec': Unable to remove nonexistent key: spec: missing value"],
    },
    {
      name: 'merge patch array (Warn)',
      type: mergePatch,
      patch: [1],
      v: 'Warn' as const,
      want: [
        400,
        'error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}',
      ],
    },
    {
      name: 'merge patch null',
      type: mergePatch,
      patch: null,
      v: 'Warn' as const,
      want: [400, 'Invalid JSON Patch'],
    },
    {
      name: 'merge patch scalar (Ignore)',
      type: mergePatch,
      patch: 5,
      v: 'Ignore' as const,
      want: [400, 'Invalid JSON Patch'],
    },
  ])('$name', (c) => expect(failure(c.type, c.patch, c.v)).toEqual(c.want));

  it('too many operations is a 413', () => {
    const ops = Array.from({ length: maxJSONPatchOperations + 1 }, () => ({
      op: 'test',
      path: '/metadata/name',
      value: 'x',
    }));
    expect(failure(jsonPatch, ops)).toEqual([
      413,
      'The allowed maximum operations in a JSON patch is 10000, got 10001',
    ]);
  });
});

describe('applyJSPatch results', () => {
  it('json patch with an unknown field reports a strict error', () => {
    const out = applyJSPatch(
      jsonPatch,
      doc(),
      frozenJSON('[{"op":"add","path":"/metadata/labels/b","value":"2","valu":1}]'),
    );
    expect(out.patched).toEqual({ metadata: { name: 'x', labels: { a: '1', b: '2' } } });
    expect(out.strictErrors).toEqual(['json patch unknown field "[0].valu"']);
  });
  it('merge patch', () => {
    const out = applyJSPatch(mergePatch, doc(), frozenJSON('{"metadata":{"labels":{"a":null,"c":"3"}}}'));
    expect(out).toEqual({ patched: { metadata: { name: 'x', labels: { c: '3' } } }, strictErrors: [] });
  });
  it('merge patch array under Ignore replaces the document', () => {
    expect(applyJSPatch(mergePatch, doc(), [1, null], 'Ignore').patched).toEqual([1, null]);
  });
});
