import { describe, expect, it } from 'vitest';
import { formatFloatG, goTypeName, sprintS, sprintV } from './value';

describe('Go formatting of JSON values', () => {
  it.each([
    { name: '%v map sorted', got: sprintV({ b: 1, a: 'x' }), want: 'map[a:x b:1]' },
    { name: '%v nested', got: sprintV([{ a: [1, 'y'] }, null, true]), want: '[map[a:[1 y]] <nil> true]' },
    { name: '%v float', got: sprintV(1.5), want: '1.5' },
    { name: '%v big float uses exponent', got: formatFloatG(1234567.5), want: '1.2345675e+06' },
    { name: '%v small float uses exponent', got: formatFloatG(0.00001), want: '1e-05' },
    { name: '%v mid float', got: formatFloatG(123456.5), want: '123456.5' },
    { name: '%s string', got: sprintS('delete'), want: 'delete' },
    { name: '%s int', got: sprintS(5), want: '%!s(int64=5)' },
    { name: '%s nil', got: sprintS(null), want: '%!s(<nil>)' },
    { name: 'type map', got: goTypeName({}), want: 'map[string]interface {}' },
    { name: 'type slice', got: goTypeName([]), want: '[]interface {}' },
    { name: 'type float', got: goTypeName(0.5), want: 'float64' },
  ])('$name', (c) => expect(c.got).toBe(c.want));
});
