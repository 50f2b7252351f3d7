import { describe, expect, it } from 'vitest';
import { compileGoRegexp } from './regexp';

describe('compileGoRegexp', () => {
  it.each<[string, string]>([
    ['[', 'error parsing regexp: missing closing ]: `[`'],
    ['[a-z', 'error parsing regexp: missing closing ]: `[a-z`'],
    ['(a', 'error parsing regexp: missing closing ): `(a`'],
    ['a)', 'error parsing regexp: unexpected ): `a)`'],
    ['*a', 'error parsing regexp: missing argument to repetition operator: `*`'],
    ['a**', 'error parsing regexp: invalid nested repetition operator: `**`'],
    ['a{2}{3}', 'error parsing regexp: invalid nested repetition operator: `{2}{3}`'],
    ['a{1001}', 'error parsing regexp: invalid repeat count: `{1001}`'],
    ['a{3,2}', 'error parsing regexp: invalid repeat count: `{3,2}`'],
    ['(?=a)', 'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'],
    ['(?<!a)b', 'error parsing regexp: invalid named capture: `(?<!a)b`'],
    ['(a)\\1', 'error parsing regexp: invalid escape sequence: `\\1`'],
    ['\\q', 'error parsing regexp: invalid escape sequence: `\\q`'],
    ['[z-a]', 'error parsing regexp: invalid character class range: `z-a`'],
    ['[[:word2:]]', 'error parsing regexp: invalid character class range: `[:word2:]`'],
    ['a\\', 'error parsing regexp: trailing backslash at end of expression: ``'],
  ])('refuses %s as Go does', (pattern, message) => {
    expect(() => compileGoRegexp(pattern)).toThrow(message);
  });

  it.each<[string, string, boolean]>([
    ['^[a-z]+$', 'abc', true],
    ['^[a-z]+$', 'abC', false],
    ['b', 'abc', true],
    ['^a{2,4}$', 'a', false],
    ['^a{2,4}$', 'aaa', true],
    ['^a{2,4}$', 'aaaaa', false],
    ['^a{2,}$', 'aaaaaaa', true],
    ['(?i)^abc$', 'AbC', true],
    ['^(?i:a)b$', 'Ab', true],
    ['^(?i:a)b$', 'AB', false],
    ['^\\d{3}-\\w+$', '123-x_y', true],
    ['foo|bar', 'xxbarxx', true],
    ['^$', '', true],
    ['^a.c$', 'a\nc', false],
    ['(?s)^a.c$', 'a\nc', true],
    ['(?m)^b$', 'a\nb', true],
    ['^b$', 'a\nb', false],
    ['\\bfoo\\b', 'a foo b', true],
    ['\\bfoo\\b', 'afoob', false],
    ['^([a-z0-9]([-a-z0-9]*[a-z0-9])?)$', 'my-name', true],
    ['^([a-z0-9]([-a-z0-9]*[a-z0-9])?)$', '-bad', false],
    ['^\\p{L}+$', 'héllo', true],
    ['^\\PL+$', '123', true],
    ['^[[:alpha:]]+$', 'abc', true],
    ['^[\\x00-\\x1f]$', '\t', true],
    ['^\\Qa.b\\E$', 'a.b', true],
    ['^\\Qa.b\\E$', 'axb', false],
    ['^(?P<year>\\d{4})$', '2024', true],
    ['a\\z', 'ba', true],
    ['^[^a]$', '\n', true],
  ])('%s on %j gives %s', (pattern, s, want) => {
    expect(compileGoRegexp(pattern).test(s)).toBe(want);
  });

  it('never backtracks: a catastrophic pattern ends quickly', { timeout: 5000 }, () => {
    const re = compileGoRegexp('^(a|aa)+(b+)*c$');
    const start = Date.now();
    expect(re.test('a'.repeat(50_000) + 'd')).toBe(false);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('refuses a program too large to build', { timeout: 5000 }, () => {
    expect(() => compileGoRegexp('((a{1000}){1000}){1000}')).toThrow(
      'error parsing regexp: expression too large: `((a{1000}){1000}){1000}`',
    );
  });
});
