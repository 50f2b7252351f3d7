// Go twin: encoding/json/scanner_test.go (error texts) @ go1.24
import { describe, expect, it } from 'vitest';
import { parseGoJSON } from './goJSON';

describe('parseGoJSON', () => {
  it('keeps number literals and object entries in order', () => {
    expect(parseGoJSON(' {"a": [1.50, -2e3, true, null], "a": "x\\u0041"} ')).toEqual({
      entries: [
        ['a', [{ number: '1.50' }, { number: '-2e3' }, true, null]],
        ['a', 'xA'],
      ],
    });
  });

  it.each([
    ['', 'unexpected end of JSON input'],
    ['{', 'unexpected end of JSON input'],
    ['{"a":1', 'unexpected end of JSON input'],
    ['tru', 'unexpected end of JSON input'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['{a}', "invalid character 'a' looking for beginning of object key string"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1 "b"}', `invalid character '"' after object key:value pair`],
    ['[1 2]', "invalid character '2' after array element"],
    ['{} x', "invalid character 'x' after top-level value"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.x', "invalid character 'x' after decimal point in numeric literal"],
    ['1ex', "invalid character 'x' in exponent of numeric literal"],
    ['trUe', "invalid character 'U' in literal true (expecting 'u')"],
    ['"a\\qb"', "invalid character 'q' in string escape code"],
    ['"\\u12x4"', "invalid character 'x' in \\u hexadecimal character escape"],
    ['"a\nb"', "invalid character '\\n' in string literal"],
    ["'", "invalid character '\\'' looking for beginning of value"],
  ])('%j fails with Go text', (text, message) => {
    expect(() => parseGoJSON(text)).toThrow(message);
  });
});
