import { describe, expect, it } from 'vitest';
import { parseRoute } from '../routing/route';
import { embedCode, embedURL, rangeFromStepNumbers, type StepRange } from './embedCode';

describe('the embed snippet', () => {
  it.each<[string, StepRange, string]>([
    ['the whole lesson has no range', { from: 0, to: 39 }, 'https://x.test/kw/#/embed/01-create-a-pod'],
    ['a middle range', { from: 3, to: 9 }, 'https://x.test/kw/#/embed/01-create-a-pod?from=3&to=9'],
    ['from the start', { from: 0, to: 9 }, 'https://x.test/kw/#/embed/01-create-a-pod?to=9'],
    ['to the end', { from: 5, to: 39 }, 'https://x.test/kw/#/embed/01-create-a-pod?from=5'],
  ])('%s', (_name, range, want) => {
    const url = embedURL('https://x.test/kw/#/lesson/01-create-a-pod/step/4', '01-create-a-pod', range, 40);
    expect(url).toBe(want);
    const route = parseRoute(url.slice(url.indexOf('#')));
    expect(route).toMatchObject({ name: 'embed', id: '01-create-a-pod' });
  });

  it('escapes the title and the address inside the attributes', () => {
    expect(embedCode('https://x.test/?a=1&b=2#/embed/x', 'Pods "and" <b>')).toBe(
      '<iframe src="https://x.test/?a=1&amp;b=2#/embed/x" title="Pods &quot;and&quot; &lt;b&gt;" ' +
        'width="100%" height="720" style="border:0" loading="lazy"></iframe>',
    );
  });

  it.each<[string, string, StepRange | null]>([
    ['1', '40', { from: 0, to: 39 }],
    ['4', '10', { from: 3, to: 9 }],
    ['7', '7', { from: 6, to: 6 }],
    ['10', '4', null],
    ['0', '4', null],
    ['1', '41', null],
    ['', '4', null],
    ['2.5', '4', null],
    ['-1', '4', null],
  ])('reads step numbers %s..%s', (from, to, want) => {
    expect(rangeFromStepNumbers(from, to, 40)).toEqual(want);
  });
});
