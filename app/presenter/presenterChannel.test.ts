import { describe, expect, it } from 'vitest';
import {
  answerHello,
  followStep,
  helloMessage,
  parsePresenterMessage,
  stepMessage,
  type PresenterMessage,
} from './presenterChannel';

describe('the presenter channel protocol', () => {
  it.each<[string, unknown, PresenterMessage | null]>([
    ['a step', { type: 'presenter.step', lessonId: 'l', index: 4 }, stepMessage('l', 4)],
    ['step 0', { type: 'presenter.step', lessonId: 'l', index: 0 }, stepMessage('l', 0)],
    ['a hello', { type: 'presenter.hello', lessonId: 'l' }, helloMessage('l')],
    ['extra fields are dropped', { type: 'presenter.hello', lessonId: 'l', x: 1 }, helloMessage('l')],
    ['a negative index', { type: 'presenter.step', lessonId: 'l', index: -1 }, null],
    ['a fractional index', { type: 'presenter.step', lessonId: 'l', index: 1.5 }, null],
    ['an index as text', { type: 'presenter.step', lessonId: 'l', index: '3' }, null],
    ['no lesson', { type: 'presenter.step', index: 3 }, null],
    ['an empty lesson', { type: 'presenter.hello', lessonId: '' }, null],
    ['an unknown type', { type: 'presenter.blank', lessonId: 'l' }, null],
    ['a string', 'presenter.step', null],
    ['null', null, null],
  ])('parses %s', (_name, data, want) => {
    expect(parsePresenterMessage(data)).toEqual(want);
  });

  it.each<[string, number | null, unknown, number | null]>([
    ['moves with its lesson', 2, stepMessage('l', 7), 7],
    ['starts following from nothing', null, stepMessage('l', 0), 0],
    ['ignores another lesson', 2, stepMessage('other', 7), 2],
    ['ignores a hello', 2, helloMessage('l'), 2],
    ['ignores garbage', 2, { type: 'presenter.step', lessonId: 'l', index: 'x' }, 2],
  ])('the notes window %s', (_name, current, data, want) => {
    expect(followStep(current, data, 'l')).toBe(want);
  });

  it.each<[string, unknown, number | null, PresenterMessage | null]>([
    ['answers its lesson', helloMessage('l'), 5, stepMessage('l', 5)],
    ['ignores another lesson', helloMessage('other'), 5, null],
    ['has nothing to say before a step is shown', helloMessage('l'), null, null],
    ['does not answer a step', stepMessage('l', 1), 5, null],
  ])('the main window %s', (_name, data, index, want) => {
    expect(answerHello(data, 'l', index)).toEqual(want);
  });

  it('round-trips through structured clone as BroadcastChannel does', () => {
    const m = stepMessage('01-create-a-pod', 12);
    expect(followStep(null, structuredClone(m), '01-create-a-pod')).toBe(12);
  });
});
