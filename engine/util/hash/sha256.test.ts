import { describe, expect, it } from 'vitest';
import { sha256, toHex } from './sha256';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['a'.repeat(1000), '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3'],
  ])('hashes %j like crypto/sha256', (input, want) => {
    expect(toHex(sha256(new TextEncoder().encode(input)))).toBe(want);
  });
});
