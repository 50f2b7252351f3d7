import { describe, expect, it } from 'vitest';
import { everything, LabelSelectorError, newRequirement, nothing, parse, selectorFromSet } from './selector';

const qnameName =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const labelValue =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function parseError(s: string): string {
  try {
    parse(s);
  } catch (e) {
    expect(e).toBeInstanceOf(LabelSelectorError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${s}`);
}

describe('parse: string form', () => {
  it.each([
    { name: 'empty', in: '', want: '' },
    { name: 'equals', in: 'a=b', want: 'a=b' },
    { name: 'double equals', in: 'a==b', want: 'a==b' },
    { name: 'not equals', in: 'a!=b', want: 'a!=b' },
    { name: 'whitespace', in: ' a = b , c ', want: 'a=b,c' },
    { name: 'sorted by key', in: 'b=1,a=2', want: 'a=2,b=1' },
    { name: 'set syntax', in: 'x in (foo,,baz),y,z notin ()', want: 'x in (,baz,foo),y,z notin ()' },
    { name: 'does not exist', in: '!a', want: '!a' },
    { name: 'gt lt', in: 'a>1,b<2', want: 'a>1,b<2' },
    { name: 'in as a value', in: 'a in (in,notin)', want: 'a in (in,notin)' },
    { name: 'empty exact value', in: 'a=', want: 'a=' },
    { name: 'prefixed key', in: 'example.com/app=web', want: 'example.com/app=web' },
  ])('$name', (c) => expect(parse(c.in).string()).toBe(c.want));
});

describe('parse: errors (Go messages)', () => {
  it.each([
    {
      name: 'missing operator',
      in: 'a b',
      want: "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt",
    },
    { name: 'trailing garbage', in: 'a=b c', want: "found 'c', expected: ',' or 'end of string'" },
    { name: 'trailing comma', in: 'a,', want: "found '', expected: identifier after ','" },
    { name: 'leading comma', in: ',a', want: "found ',', expected: !, identifier, or 'end of string'" },
    { name: 'value then operator', in: 'a=b=c', want: "found '=', expected: ',' or 'end of string'" },
    {
      name: 'bang then nothing',
      in: '!',
      want: "unable to parse requirement: found '', expected: identifier",
    },
    {
      name: 'bang as operator',
      in: 'a!b',
      want: "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt",
    },
    { name: 'in without paren', in: 'a in b', want: "unable to parse requirement: found 'b' expected: '('" },
    {
      name: 'unclosed set',
      in: 'a in (b',
      want: "unable to parse requirement: found '', expected: ',' or ')'",
    },
    {
      name: 'operator in set',
      in: 'a in (=)',
      want: "unable to parse requirement: found '=', expected: ',', ')' or identifier",
    },
    {
      name: 'operator after comma',
      in: 'a in (b,=)',
      want: "unable to parse requirement: found '=', expected: ',', or identifier",
    },
    {
      name: 'paren as value',
      in: 'a=(b)',
      want: "unable to parse requirement: found '(', expected: identifier",
    },
    {
      name: 'bad key',
      in: 'a_=b',
      want: `unable to parse requirement: <nil>: Invalid value: "a_": ${qnameName}`,
    },
    {
      name: 'bad value',
      in: 'a=b_',
      want: `unable to parse requirement: values[0][a]: Invalid value: "b_": ${labelValue}`,
    },
    {
      name: 'long value',
      in: 'a=' + 'v'.repeat(64),
      want: `unable to parse requirement: values[0][a]: Invalid value: "${'v'.repeat(64)}": must be no more than 63 characters`,
    },
    {
      name: 'gt not integer',
      in: 'a>b',
      want: `unable to parse requirement: values[0]: Invalid value: "b": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
  ])('$name', (c) => expect(parseError(c.in)).toBe(c.want));
});

describe('matches', () => {
  it.each([
    { name: 'equals hit', sel: 'a=b', labels: { a: 'b' }, want: true },
    { name: 'equals miss', sel: 'a=b', labels: { a: 'c' }, want: false },
    { name: 'equals absent', sel: 'a=b', labels: {}, want: false },
    { name: 'not equals absent', sel: 'a!=b', labels: {}, want: true },
    { name: 'not equals same', sel: 'a!=b', labels: { a: 'b' }, want: false },
    { name: 'in', sel: 'a in (x,y)', labels: { a: 'y' }, want: true },
    { name: 'notin absent', sel: 'a notin (x)', labels: {}, want: true },
    { name: 'exists', sel: 'a', labels: { a: '' }, want: true },
    { name: 'does not exist', sel: '!a', labels: { a: '' }, want: false },
    { name: 'gt', sel: 'a>10', labels: { a: '11' }, want: true },
    { name: 'gt equal', sel: 'a>10', labels: { a: '10' }, want: false },
    { name: 'lt non-integer label', sel: 'a<10', labels: { a: 'x' }, want: false },
    { name: 'lt int64', sel: 'a<9223372036854775807', labels: { a: '9223372036854775806' }, want: true },
    { name: 'all must match', sel: 'a=b,c', labels: { a: 'b' }, want: false },
    { name: 'empty matches all', sel: '', labels: { a: 'b' }, want: true },
    { name: 'prototype names are data', sel: 'constructor', labels: {}, want: false },
  ])('$name', (c) => expect(parse(c.sel).matches(c.labels as Record<string, string>)).toBe(c.want));
});

describe('requiresExactMatch', () => {
  it.each([
    { name: 'equals', sel: 'a=b', want: 'b' },
    { name: 'in one', sel: 'a in (b)', want: 'b' },
    { name: 'in two', sel: 'a in (b,c)', want: undefined },
    { name: 'not equals', sel: 'a!=b', want: undefined },
    { name: 'other label', sel: 'x=b', want: undefined },
  ])('$name', (c) => expect(parse(c.sel).requiresExactMatch('a')).toBe(c.want));
});

describe('newRequirement errors', () => {
  const err = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as Error).message;
    }
    return '';
  };
  it.each([
    {
      name: 'in without values',
      f: () => newRequirement('a', 'in', []),
      want: "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty",
    },
    {
      name: 'in with nil values',
      f: () => newRequirement('a', 'notin', null),
      want: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    },
    {
      name: 'equals with two values',
      f: () => newRequirement('a', '=', ['x', 'y']),
      want: 'values: Invalid value: []string{"x", "y"}: exact-match compatibility requires one single value',
    },
    {
      name: 'exists with a value',
      f: () => newRequirement('a', 'exists', ['x']),
      want: 'values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist',
    },
    {
      name: 'unknown operator',
      f: () => newRequirement('a', 'foo', []),
      want: 'operator: Unsupported value: "foo": supported values: "in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"',
    },
    {
      name: 'aggregate of two',
      f: () => newRequirement('a_', '=', ['b_']),
      want: `[key: Invalid value: "a_": ${qnameName}, values[0][a_]: Invalid value: "b_": ${labelValue}]`,
    },
    {
      name: 'with a path',
      f: () => newRequirement('a', 'gt', ['x'], 'spec.selector.matchExpressions[0]'),
      want: `spec.selector.matchExpressions[0].values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
  ])('$name', (c) => expect(err(c.f)).toBe(c.want));
});

describe('everything / nothing / selectorFromSet', () => {
  it('everything is empty and matches', () => {
    expect(everything().empty()).toBe(true);
    expect(everything().matches({ a: 'b' })).toBe(true);
  });
  it('nothing matches nothing and is not selectable', () => {
    expect(nothing().matches({})).toBe(false);
    expect(nothing().empty()).toBe(false);
    expect(nothing().requirements().selectable).toBe(false);
  });
  it('selectorFromSet sorts and matches exactly', () => {
    const s = selectorFromSet({ b: '1', a: '2' });
    expect(s.string()).toBe('a=2,b=1');
    expect(s.matches({ a: '2', b: '1', c: '3' })).toBe(true);
    expect(s.matches({ a: '2' })).toBe(false);
  });
  it('add keeps the input selector unchanged', () => {
    const s = parse('b=1');
    const t = s.add(newRequirement('a', '=', ['x']));
    expect(s.string()).toBe('b=1');
    expect(t.string()).toBe('a=x,b=1');
  });
});
