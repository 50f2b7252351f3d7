import { describe, expect, it } from 'vitest';
import {
  errFormatWrongMessage,
  errNumericMessage,
  errSuffixMessage,
  mustParse,
  newMilliQuantity,
  newQuantity,
  parseQuantity,
} from './quantity';

describe('parseQuantity canonical form', () => {
  it.each([
    ['0', '0'],
    ['0.5', '500m'],
    ['0.1', '100m'],
    ['1.5', '1500m'],
    ['1000m', '1'],
    ['100m', '100m'],
    ['1', '1'],
    ['1.0', '1'],
    ['1.000', '1'],
    ['-1', '-1'],
    ['-0.5', '-500m'],
    ['0.0001', '100u'],
    ['1n', '1n'],
    ['0.1n', '1n'],
    ['100M', '100M'],
    ['1000k', '1M'],
    ['128974848', '128974848'],
    ['129e6', '129e6'],
    ['2e3', '2e3'],
    ['2000e0', '2e3'],
    ['1.5e3', '1500'],
    ['1e-3', '1e-3'],
    ['1E', '1E'],
    ['1Ki', '1Ki'],
    ['1024', '1024'],
    ['1024Ki', '1Mi'],
    ['1024Mi', '1Gi'],
    ['512Mi', '512Mi'],
    ['2048Mi', '2Gi'],
    ['1.5Gi', '1536Mi'],
    ['0.5Gi', '512Mi'],
    ['0.5Ki', '512'],
    ['1.5Ki', '1536'],
    ['-1Ki', '-1Ki'],
    ['1Ei', '1Ei'],
    ['8Ei', '9223372036854775807'],
    // Go keeps these inputs verbatim because its fast path finds them canonical
    ['+1', '+1'],
    ['01', '01'],
    ['1ki', '1ki'],
    ['1e', '1e'],
    // the scanner's other corners
    ['m', '0'],
    ['Ki', '0'],
    ['-', '0'],
  ])('%s → %s', (input, want) => {
    expect(parseQuantity(input).toString()).toBe(want);
  });

  it('numbers round-trip through their canonical form', () => {
    for (const s of ['500m', '1536Mi', '2e3', '1Gi', '100u', '1500']) {
      expect(parseQuantity(parseQuantity(s).toString()).toString()).toBe(s);
    }
  });
});

describe('parseQuantity errors', () => {
  it.each([
    ['', errFormatWrongMessage],
    ['abc', errFormatWrongMessage],
    ['1KiB', errFormatWrongMessage],
    ['1x', errFormatWrongMessage],
    ['1.2.3', errFormatWrongMessage],
    ['1 ', errFormatWrongMessage],
    ['1i', errSuffixMessage],
    ['1u3', errSuffixMessage],
    ['1KI', errFormatWrongMessage],
    ['1mm', errSuffixMessage],
    ['Ei', errNumericMessage],
  ])('%j: %s', (input, message) => {
    expect(() => parseQuantity(input)).toThrow(message);
  });

  it('quotes the regular expression exactly as Go does', () => {
    expect(errFormatWrongMessage).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    expect(() => mustParse('x')).toThrow(`cannot parse 'x': ${errFormatWrongMessage}`);
  });
});

describe('Quantity arithmetic', () => {
  it.each([
    ['1', '1000m', 0],
    ['500m', '1', -1],
    ['1Gi', '1G', 1],
    ['2', '1999m', 1],
    ['-1', '0', -1],
    ['128Mi', '134217728', 0],
  ])('cmp(%s, %s) = %d', (a, b, want) => {
    expect(parseQuantity(a).cmp(parseQuantity(b))).toBe(want);
  });

  it.each([
    ['0.5', 500, 1],
    ['1', 1000, 1],
    ['100m', 100, 1],
    ['1.5', 1500, 2],
    ['1Ki', 1024000, 1024],
    ['1.5Gi', 1610612736000, 1610612736],
    ['1n', 1, 1],
  ])('%s: milliValue %d, value %d', (s, milli, value) => {
    const q = parseQuantity(s);
    expect(q.milliValue()).toBe(milli);
    expect(q.value()).toBe(value);
  });

  it('adds, keeping the first non-zero format', () => {
    expect(parseQuantity('100m').add(parseQuantity('1')).toString()).toBe('1100m');
    expect(parseQuantity('0').add(parseQuantity('1Gi')).toString()).toBe('1Gi');
    expect(parseQuantity('1Gi').sub(parseQuantity('512Mi')).toString()).toBe('512Mi');
  });

  it('rounds up to milli scale like SetDefaults_ResourceList', () => {
    expect(parseQuantity('5n').roundUp(-3).quantity.toString()).toBe('1m');
    expect(parseQuantity('1.5').roundUp(-3).quantity.toString()).toBe('1500m');
    expect(parseQuantity('+1').roundUp(-3).quantity.toString()).toBe('+1');
    expect(parseQuantity('1001u').roundUp(-3)).toMatchObject({ exact: false });
  });

  it('builds quantities from numbers', () => {
    expect(newQuantity(2048, 'BinarySI').toString()).toBe('2Ki');
    expect(newMilliQuantity(1500, 'DecimalSI').toString()).toBe('1500m');
    expect(JSON.stringify({ q: parseQuantity('0.5') })).toBe('{"q":"500m"}');
  });
});
