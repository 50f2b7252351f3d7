import { describe, expect, it } from 'vitest';
import { formatLabelSelector, labelSelectorAsMap, labelSelectorAsSelector } from './labelselector';
import type { LabelSelector } from './labelselector';

const err = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('labelSelectorAsSelector', () => {
  it.each([
    { name: 'match labels', ls: { matchLabels: { b: '1', a: '2' } }, want: 'a=2,b=1' },
    {
      name: 'expressions',
      ls: {
        matchLabels: { z: '1' },
        matchExpressions: [
          { key: 'x', operator: 'In', values: ['b', 'a'] },
          { key: 'y', operator: 'DoesNotExist' },
          { key: 'w', operator: 'Exists' },
          { key: 'v', operator: 'NotIn', values: ['q'] },
        ],
      },
      want: 'v notin (q),w,x in (a,b),!y,z=1',
    },
  ])('$name', (c) => expect(labelSelectorAsSelector(c.ls as unknown as LabelSelector).string()).toBe(c.want));

  it('nil selects nothing, empty selects everything', () => {
    expect(labelSelectorAsSelector(null).matches({})).toBe(false);
    expect(labelSelectorAsSelector({}).empty()).toBe(true);
    expect(labelSelectorAsSelector({ matchLabels: {}, matchExpressions: [] }).matches({ a: 'b' })).toBe(true);
  });

  it.each([
    {
      name: 'bad operator',
      ls: { matchExpressions: [{ key: 'x', operator: 'Gt', values: ['1'] }] },
      want: '"Gt" is not a valid pod selector operator',
    },
    {
      name: 'in without values',
      ls: { matchExpressions: [{ key: 'x', operator: 'In', values: [] }] },
      want: "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    },
    {
      name: 'exists with values',
      ls: { matchExpressions: [{ key: 'x', operator: 'Exists', values: ['a'] }] },
      want: 'values: Invalid value: []string{"a"}: values set must be empty for exists and does not exist',
    },
    {
      name: 'bad label value',
      ls: { matchLabels: { a: 'b c' } },
      want: "values[0][a]: Invalid value: \"b c\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    },
  ])('$name error', (c) => expect(err(() => labelSelectorAsSelector(c.ls))).toBe(c.want));
});

describe('labelSelectorAsMap and formatLabelSelector', () => {
  it.each([
    {
      name: 'map',
      got: () =>
        labelSelectorAsMap({
          matchLabels: { a: 'b' },
          matchExpressions: [{ key: 'c', operator: 'In', values: ['d'] }],
        }),
      want: { a: 'b', c: 'd' },
    },
    { name: 'format none', got: () => formatLabelSelector({}), want: '<none>' },
    {
      name: 'format error',
      got: () => formatLabelSelector({ matchExpressions: [{ key: 'x', operator: 'Bad' }] }),
      want: '<error>',
    },
  ])('$name', (c) => expect(c.got()).toEqual(c.want));

  it.each([
    {
      name: 'in with two values',
      f: () => labelSelectorAsMap({ matchExpressions: [{ key: 'c', operator: 'In', values: ['d', 'e'] }] }),
      want: 'operator "In" without a single value cannot be converted into the old label selector format',
    },
    {
      name: 'exists',
      f: () => labelSelectorAsMap({ matchExpressions: [{ key: 'c', operator: 'Exists' }] }),
      want: 'operator "Exists" cannot be converted into the old label selector format',
    },
  ])('$name error', (c) => expect(err(c.f)).toBe(c.want));
});
