import { describe, expect, it } from 'vitest';
import {
  andSelectors,
  escapeValue,
  everything,
  FieldSelectorError,
  nothing,
  oneTermEqualSelector,
  oneTermNotEqualSelector,
  parseSelector,
  selectorFromSet,
  unescapeValue,
} from './selector';

function parseError(s: string): string {
  try {
    parseSelector(s);
  } catch (e) {
    expect(e).toBeInstanceOf(FieldSelectorError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${s}`);
}

describe('parseSelector: string form', () => {
  it.each([
    { name: 'empty', in: '', want: '' },
    { name: 'equals', in: 'metadata.name=x', want: 'metadata.name=x' },
    { name: 'double equals becomes =', in: 'a==b', want: 'a=b' },
    { name: 'not equals', in: 'a!=b', want: 'a!=b' },
    {
      name: 'terms sorted',
      in: 'status.phase=Running,metadata.name=x',
      want: 'metadata.name=x,status.phase=Running',
    },
    { name: 'empty terms skipped', in: ',a=b,,', want: 'a=b' },
    { name: 'escaped comma', in: 'a=b\\,c', want: 'a=b\\,c' },
    { name: 'first operator wins', in: 'a!b=c', want: 'a!b=c' },
    { name: 'empty value', in: 'a=', want: 'a=' },
    { name: 'spaces are data', in: 'a = b', want: 'a = b' },
  ])('$name', (c) => expect(parseSelector(c.in).string()).toBe(c.want));
});

describe('parseSelector: errors', () => {
  it.each([
    { name: 'no operator', in: 'abc', want: "invalid selector: 'abc'; can't understand 'abc'" },
    { name: 'second term bad', in: 'a=b,c', want: "invalid selector: 'a=b,c'; can't understand 'c'" },
    { name: 'bad escape', in: 'a=b\\c', want: 'invalid field selector: invalid escape sequence: \\c' },
    { name: 'trailing backslash', in: 'a=b\\', want: 'invalid field selector: invalid escape sequence: \\' },
    {
      name: 'unescaped equals (rune number)',
      in: 'a==b=c',
      want: 'invalid field selector: unescaped character in value: 61',
    },
    {
      name: 'value with a second operator',
      in: 'a=b!=c',
      want: 'invalid field selector: unescaped character in value: 61',
    },
    {
      name: 'in syntax is not supported',
      in: 'a in (b)',
      want: "invalid selector: 'a in (b)'; can't understand 'a in (b)'",
    },
  ])('$name', (c) => expect(parseError(c.in)).toBe(c.want));
});

describe('matches and requiresExactMatch', () => {
  it.each([
    { name: 'equal', sel: 'a=b', fields: { a: 'b' }, want: true },
    { name: 'missing field is empty', sel: 'a=', fields: {}, want: true },
    { name: 'not equal missing', sel: 'a!=b', fields: {}, want: true },
    { name: 'escaped value', sel: 'a=x\\,y', fields: { a: 'x,y' }, want: true },
    { name: 'and', sel: 'a=b,c!=d', fields: { a: 'b', c: 'd' }, want: false },
    { name: 'prototype names are data', sel: 'constructor=', fields: {}, want: true },
  ])('$name', (c) => expect(parseSelector(c.sel).matches(c.fields as Record<string, string>)).toBe(c.want));

  it.each([
    { name: 'single term', sel: 'metadata.name=x', want: 'x' },
    { name: 'in an and', sel: 'a=b,metadata.name=y', want: 'y' },
    { name: 'not equal', sel: 'metadata.name!=x', want: undefined },
    { name: 'absent', sel: 'a=b', want: undefined },
  ])('exact: $name', (c) => expect(parseSelector(c.sel).requiresExactMatch('metadata.name')).toBe(c.want));
});

describe('constructors, escaping and transform', () => {
  it('escape/unescape round trip', () => {
    expect(escapeValue('a\\b,c=d')).toBe('a\\\\b\\,c\\=d');
    expect(unescapeValue(escapeValue('a\\b,c=d'))).toBe('a\\b,c=d');
  });
  it('oneTerm selectors print escaped', () => {
    expect(oneTermEqualSelector('metadata.name', 'a,b').string()).toBe('metadata.name=a\\,b');
    expect(oneTermNotEqualSelector('spec.nodeName', '').string()).toBe('spec.nodeName!=');
  });
  it('everything / nothing / andSelectors / selectorFromSet', () => {
    expect(everything().empty()).toBe(true);
    expect(nothing().matches({})).toBe(false);
    expect(andSelectors(oneTermEqualSelector('a', 'b'), everything()).string()).toBe('a=b,');
    expect(selectorFromSet({ a: 'b' }).string()).toBe('a=b');
    expect(selectorFromSet(null).empty()).toBe(true);
  });
  it('transform maps labels and drops emptied terms', () => {
    const s = parseSelector('name=x,spec.host=h').transform((f, v) =>
      f === 'name' ? ['metadata.name', v] : ['', ''],
    );
    expect(s.string()).toBe('metadata.name=x');
    expect(s.requirements()).toEqual([{ field: 'metadata.name', operator: '=', value: 'x' }]);
  });
  it('transform errors propagate', () => {
    expect(() =>
      parseSelector('foo=x').transform(() => {
        throw new Error('field label not supported: foo');
      }),
    ).toThrow('field label not supported: foo');
  });
});
