// The ETag is Go's: upper-case hex SHA-512 of json.Marshal of the list before TypeMeta is set (HTML-escaped).
import { describe, expect, it } from 'vitest';
import { calculateETag, goJSONMarshal } from './etag';
import { sha512 } from './sha512';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sha512', () => {
  it.each([
    [
      '',
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    ],
    [
      'abc',
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
    ],
  ])('FIPS 180-2 vector %#', (input, want) => {
    expect(hex(sha512(utf8(input)))).toBe(want);
  });

  it('a million "a" (many blocks, carries in the 64-bit additions)', () => {
    expect(hex(sha512(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b',
    );
  });
});

describe('calculateETag', () => {
  it('hashes {"metadata":{},"items":[…]} as Go marshals it', () => {
    const items = [
      {
        metadata: { name: 'a.io', creationTimestamp: null },
        versions: [{ version: 'v1', freshness: 'Current' as const }],
      },
    ];
    const json =
      '{"metadata":{},"items":[{"metadata":{"name":"a.io","creationTimestamp":null},"versions":[{"version":"v1","freshness":"Current"}]}]}';
    expect(goJSONMarshal(items)).toBe(json);
    expect(calculateETag(items)).toBe(hex(sha512(utf8(json))).toUpperCase());
    expect(calculateETag([])).toBe(hex(sha512(utf8('{"metadata":{},"items":[]}'))).toUpperCase());
  });

  it('escapes <, > and & as encoding/json does', () => {
    expect(goJSONMarshal([{ metadata: { name: '<a&b>', creationTimestamp: null } }])).toBe(
      '{"metadata":{},"items":[{"metadata":{"name":"\\u003ca\\u0026b\\u003e","creationTimestamp":null}}]}',
    );
  });
});
