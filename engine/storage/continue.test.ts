// Go twin: k8s.io/apiserver/pkg/storage/continue_test.go @ v1.34.0
import { describe, expect, it } from 'vitest';
import {
  base64RawURLDecode,
  base64RawURLEncode,
  decodeContinue,
  encodeContinue,
  errInvalidStartRV,
  pathClean,
} from './continue';

describe('continue tokens', () => {
  it('encodes as Go does: base64url without padding over {"v","rv","start"}', () => {
    const token = encodeContinue('/registry/pods/ns/b\x00', '/registry/pods/', 12);
    expect(new TextDecoder().decode(base64RawURLDecode(token))).toBe(
      '{"v":"meta.k8s.io/v1","rv":12,"start":"ns/b\\u0000"}',
    );
    expect(token).toBe('eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTIsInN0YXJ0IjoibnMvYlx1MDAwMCJ9');
  });

  it('escapes <, > and & like encoding/json', () => {
    const token = encodeContinue('/p/a<b>&c', '/p/', 1);
    expect(new TextDecoder().decode(base64RawURLDecode(token))).toContain(
      '"start":"a\\u003cb\\u003e\\u0026c"',
    );
  });

  it('round-trips and puts the prefix back', () => {
    const token = encodeContinue('/registry/pods/ns/b\x00', '/registry/pods/', -1);
    expect(decodeContinue(token, '/registry/pods/')).toEqual({ fromKey: '/registry/pods/ns/b\x00', rv: -1 });
  });

  it('refuses a key outside the prefix', () => {
    expect(() => encodeContinue('/other/x', '/registry/pods/', 1)).toThrow(
      'unable to encode next field: the key and key prefix do not match /registry/pods/ /other/x',
    );
  });

  it('keeps Go sentinel errors identifiable', () => {
    const token = base64RawURLEncode(new TextEncoder().encode('{"v":"meta.k8s.io/v1","rv":0,"start":"a"}'));
    expect(() => decodeContinue(token, '/p/')).toThrow(errInvalidStartRV);
  });

  it.each([
    ['{', 'continue key is not valid: unexpected end of JSON input'],
    [
      '{"rv":5.0}',
      'continue key is not valid: json: cannot unmarshal number 5.0 into Go struct field continueToken.rv of type int64',
    ],
    [
      '{"v":1}',
      'continue key is not valid: json: cannot unmarshal number into Go struct field continueToken.v of type string',
    ],
    ['x', "continue key is not valid: invalid character 'x' looking for beginning of value"],
    ['', 'continue key is not valid: unexpected end of JSON input'],
    [
      '[1]',
      'continue key is not valid: json: cannot unmarshal array into Go value of type storage.continueToken',
    ],
    ['{"V":"meta.k8s.io/v1","RV":3,"Start":"a"}', ''],
  ])('decodes JSON %j like encoding/json', (json, message) => {
    const token = base64RawURLEncode(new TextEncoder().encode(json));
    if (message === '') expect(decodeContinue(token, '/p/')).toEqual({ fromKey: '/p/a', rv: 3 });
    else expect(() => decodeContinue(token, '/p/')).toThrow(message);
  });

  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['\xfb\xff', '-_8'],
  ])('base64url %j', (raw, enc) => {
    const bytes = Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));
    expect(base64RawURLEncode(bytes)).toBe(enc);
    expect(base64RawURLDecode(enc)).toEqual(bytes);
  });

  it.each([
    ['Zm9v=', 'illegal base64 data at input byte 4'],
    ['Z', 'illegal base64 data at input byte 0'],
    ['Zm+v', 'illegal base64 data at input byte 2'],
  ])('rejects base64 %j', (s, message) => {
    expect(() => base64RawURLDecode(s)).toThrow(message);
  });

  it.each([
    ['/a/b', '/a/b'],
    ['/a/../b', '/b'],
    ['/../a', '/a'],
    ['/a//b/./c/', '/a/b/c'],
    ['a/../../b', '../b'],
    ['', '.'],
  ])('path.Clean(%j) = %j', (p, want) => {
    expect(pathClean(p)).toBe(want);
  });
});
