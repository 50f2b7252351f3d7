import { describe, expect, it } from 'vitest';
import { isValidPathSegmentName, isValidPathSegmentPrefix, validatePathSegmentName } from './path';

describe('path segment names', () => {
  it.each([
    { name: 'plain', got: isValidPathSegmentName('nginx'), want: [] },
    { name: 'dot', got: isValidPathSegmentName('.'), want: ["may not be '.'"] },
    { name: 'dot dot', got: isValidPathSegmentName('..'), want: ["may not be '..'"] },
    { name: 'slash', got: isValidPathSegmentName('a/b'), want: ["may not contain '/'"] },
    {
      name: 'both',
      got: isValidPathSegmentName('a/%b'),
      want: ["may not contain '/'", "may not contain '%'"],
    },
    { name: 'prefix dot ok', got: isValidPathSegmentPrefix('.'), want: [] },
    { name: 'prefix percent', got: validatePathSegmentName('a%', true), want: ["may not contain '%'"] },
    { name: 'not prefix', got: validatePathSegmentName('..', false), want: ["may not be '..'"] },
  ])('$name', ({ got, want }) => expect(got).toEqual(want));
});
