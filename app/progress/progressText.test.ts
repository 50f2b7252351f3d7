import { describe, expect, it } from 'vitest';
import { progressText } from './ProgressPanel';
import { emptyProgress, withAnswer, withStep } from './progressStore';

describe('the lesson index progress line', () => {
  const l = '01-create-a-pod';
  it.each([
    ['a lesson not started', emptyProgress(), 'not started'],
    ['one right answer', withAnswer(emptyProgress(), l, 'q1', true), '1/4 questions, 1 right · 0 steps seen'],
    [
      'a finished lesson',
      withStep(withStep(withAnswer(emptyProgress(), l, 'q1', false), l, 0, 3), l, 2, 3),
      '1/4 questions, 0 right · 2 steps seen · finished',
    ],
  ])('%s', (_name, file, text) => {
    expect(progressText(file, l, 4)).toBe(text);
  });
});
