import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  emptyProgress,
  lessonProgress,
  parseProgress,
  ProgressFileError,
  progressStorageKey,
  type ProgressStorage,
} from './progressStore';

function memoryStorage(initial?: string): ProgressStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(progressStorageKey, initial);
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('the progress store', () => {
  it('records answers, steps and finishing, and reads them back after a reload', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    let changes = 0;
    store.subscribe(() => changes++);
    store.answer('01-create-a-pod', 'q1', true);
    store.answer('01-create-a-pod', 'q2', false);
    store.see('01-create-a-pod', 3, 10);
    store.see('01-create-a-pod', 0, 10);
    expect(lessonProgress(store.get(), '01-create-a-pod')).toEqual({
      answered: ['q1', 'q2'],
      correct: ['q1'],
      seen: [0, 3],
      finished: false,
    });
    store.see('01-create-a-pod', 9, 10);
    expect(changes).toBe(5);

    const reloaded = createProgressStore(storage);
    expect(lessonProgress(reloaded.get(), '01-create-a-pod')).toEqual({
      answered: ['q1', 'q2'],
      correct: ['q1'],
      seen: [0, 3, 9],
      finished: true,
    });
  });

  it('counts only the first answer to a question and ignores repeats of a seen step', () => {
    const store = createProgressStore(memoryStorage());
    store.answer('l', 'q1', false);
    const before = store.get();
    store.answer('l', 'q1', true);
    store.see('l', 2, 5);
    const afterStep = store.get();
    store.see('l', 2, 5);
    expect(store.get()).toBe(afterStep);
    expect(lessonProgress(before, 'l').correct).toEqual([]);
    expect(lessonProgress(store.get(), 'l')).toMatchObject({ answered: ['q1'], correct: [] });
  });

  it.each([
    ['not JSON', '{"kind":'],
    ['another kind', '{"kind":"Other","version":1,"lessons":{}}'],
    ['a wrong shape', '{"kind":"KubewalkProgress","version":1,"lessons":{"a":{"answered":5}}}'],
    ['a number', '42'],
  ])('starts fresh, without throwing, from a corrupted stored value (%s)', (_name, stored) => {
    const storage = memoryStorage(stored);
    const store = createProgressStore(storage);
    expect(store.get()).toEqual(emptyProgress());
    store.answer('l', 'q', true);
    expect(parseProgress(storage.data.get(progressStorageKey)!).lessons.l!.answered).toEqual(['q']);
  });

  it('keeps working in memory when storage throws', () => {
    const broken: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = createProgressStore(broken);
    store.answer('l', 'q', true);
    expect(lessonProgress(store.get(), 'l').answered).toEqual(['q']);
    store.reset();
    expect(store.get()).toEqual(emptyProgress());
  });

  it('exports a file that imports to the same record, and reset forgets everything', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.answer('02-server-chain', 'chain-order', true);
    store.see('02-server-chain', 4, 5);
    const exported = JSON.stringify(store.get());

    store.reset();
    expect(store.get()).toEqual(emptyProgress());
    expect(createProgressStore(storage).get()).toEqual(emptyProgress());

    store.replace(parseProgress(exported));
    expect(createProgressStore(storage).get()).toEqual(JSON.parse(exported));
    expect(lessonProgress(store.get(), '02-server-chain').finished).toBe(true);
  });

  const file = (lessons: unknown) => JSON.stringify({ kind: 'KubewalkProgress', version: 1, lessons });
  const good = { answered: ['q'], correct: ['q'], seen: [0], finished: false };

  it.each<[string, string, string]>([
    ['not JSON', 'nope', 'not JSON'],
    ['a trace file', '{"kind":"KubewalkTrace","version":1,"runs":[]}', 'kind: expected "KubewalkProgress"'],
    [
      'a future version',
      '{"kind":"KubewalkProgress","version":9,"lessons":{}}',
      'version: expected 1, got 9',
    ],
    ['lessons as a list', file([]), 'lessons: expected an object'],
    [
      'a prototype-polluting key',
      '{"kind":"KubewalkProgress","version":1,"lessons":{"__proto__":{}}}',
      '"__proto__"',
    ],
    ['answered not ids', file({ a: { ...good, answered: [1] } }), 'lessons.a.answered'],
    ['correct but not answered', file({ a: { ...good, correct: ['r'] } }), 'lessons.a.correct'],
    ['negative step', file({ a: { ...good, seen: [-1] } }), 'lessons.a.seen'],
    ['finished as text', file({ a: { ...good, finished: 'yes' } }), 'lessons.a.finished'],
  ])('refuses an import with %s and keeps the current record', (_name, text, message) => {
    const store = createProgressStore(memoryStorage());
    store.answer('l', 'q', true);
    const before = store.get();
    expect(() => store.replace(parseProgress(text))).toThrow(ProgressFileError);
    expect(() => parseProgress(text)).toThrow(message);
    expect(store.get()).toBe(before);
    expect(Object.getPrototypeOf(before.lessons)).toBe(Object.prototype);
  });
});
