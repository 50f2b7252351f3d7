// What a learner has done, per lesson, kept in the browser: the questions answered (and which were right),
// the steps seen, and whether the lesson was stepped through to its end. The record is plain JSON in
// localStorage; a value that does not read back (edited by hand, an older format) starts a fresh record
// rather than breaking the page. Files to import are checked field by field and replace nothing when bad.

export interface LessonProgress {
  /** question ids revealed, in the order answered */
  answered: string[];
  /** the answered questions whose first answer was right */
  correct: string[];
  /** global step indices seen, ascending */
  seen: number[];
  /** the lesson's last step was reached */
  finished: boolean;
}

export interface ProgressFile {
  kind: typeof progressKind;
  version: typeof progressVersion;
  lessons: Record<string, LessonProgress>;
}

export const progressKind = 'KubewalkProgress';
export const progressVersion = 1;
export const progressStorageKey = 'kubewalk.progress';

/** Lesson and question ids look like this; anything else in a file (e.g. `__proto__`) is refused. */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const maxSteps = 100_000;

export class ProgressFileError extends Error {
  override name = 'ProgressFileError';
}

export function emptyProgress(): ProgressFile {
  return { kind: progressKind, version: progressVersion, lessons: {} };
}

const emptyLesson = (): LessonProgress => ({ answered: [], correct: [], seen: [], finished: false });

/** A lesson's record, empty when the learner has not started it. */
export function lessonProgress(file: ProgressFile, lesson: string): LessonProgress {
  return Object.hasOwn(file.lessons, lesson) ? file.lessons[lesson]! : emptyLesson();
}

/** The first reveal of a question counts; later ones change nothing. */
export function withAnswer(
  file: ProgressFile,
  lesson: string,
  question: string,
  right: boolean,
): ProgressFile {
  const p = lessonProgress(file, lesson);
  if (p.answered.includes(question)) return file;
  return put(file, lesson, {
    ...p,
    answered: [...p.answered, question],
    correct: right ? [...p.correct, question] : p.correct,
  });
}

/** Marks a step seen; reaching the last of `total` steps finishes the lesson. */
export function withStep(file: ProgressFile, lesson: string, index: number, total: number): ProgressFile {
  const p = lessonProgress(file, lesson);
  const finished = p.finished || (total > 0 && index === total - 1);
  if (p.seen.includes(index) && finished === p.finished) return file;
  const seen = p.seen.includes(index) ? p.seen : [...p.seen, index].sort((a, b) => a - b);
  return put(file, lesson, { ...p, seen, finished });
}

function put(file: ProgressFile, lesson: string, p: LessonProgress): ProgressFile {
  if (!idPattern.test(lesson)) return file;
  return { ...file, lessons: { ...file.lessons, [lesson]: p } };
}

/** A progress file's text as a record; throws ProgressFileError naming the first problem. */
export function parseProgress(text: string): ProgressFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ProgressFileError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isObject(data)) throw new ProgressFileError('the file: expected an object');
  if (data.kind !== progressKind) throw new ProgressFileError(`kind: expected "${progressKind}"`);
  if (data.version !== progressVersion)
    throw new ProgressFileError(`version: expected ${progressVersion}, got ${JSON.stringify(data.version)}`);
  if (!isObject(data.lessons)) throw new ProgressFileError('lessons: expected an object');
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, value] of Object.entries(data.lessons)) {
    if (!idPattern.test(id)) throw new ProgressFileError(`lessons: ${JSON.stringify(id)} is not a lesson id`);
    lessons[id] = checkLesson(value, `lessons.${id}`);
  }
  return { kind: progressKind, version: progressVersion, lessons };
}

function checkLesson(value: unknown, at: string): LessonProgress {
  if (!isObject(value)) throw new ProgressFileError(`${at}: expected an object`);
  const ids = (field: 'answered' | 'correct'): string[] => {
    const v = value[field];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && idPattern.test(x)))
      throw new ProgressFileError(`${at}.${field}: expected a list of question ids`);
    return [...new Set(v as string[])];
  };
  const answered = ids('answered');
  const correct = ids('correct');
  if (correct.some((q) => !answered.includes(q)))
    throw new ProgressFileError(`${at}.correct: names a question that is not answered`);
  const seen = value.seen;
  if (
    !Array.isArray(seen) ||
    seen.length > maxSteps ||
    !seen.every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
  )
    throw new ProgressFileError(`${at}.seen: expected a list of step indices`);
  if (typeof value.finished !== 'boolean')
    throw new ProgressFileError(`${at}.finished: expected true or false`);
  return {
    answered,
    correct,
    seen: [...new Set(seen as number[])].sort((a, b) => a - b),
    finished: value.finished,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The subset of Storage the store needs (tests pass a Map-backed one). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ProgressStore {
  get(): ProgressFile;
  subscribe(listener: () => void): () => void;
  answer(lesson: string, question: string, right: boolean): void;
  see(lesson: string, index: number, total: number): void;
  /** replaces everything with an imported file */
  replace(file: ProgressFile): void;
  reset(): void;
}

/** A store over storage; without storage (disabled, private mode) progress lasts for the page only. */
export function createProgressStore(storage: ProgressStorage | undefined): ProgressStore {
  let current = read();
  const listeners = new Set<() => void>();

  function read(): ProgressFile {
    try {
      const text = storage?.getItem(progressStorageKey);
      return text == null ? emptyProgress() : parseProgress(text);
    } catch {
      return emptyProgress(); // corrupted or unreadable: start fresh
    }
  }
  function set(next: ProgressFile): void {
    if (next === current) return;
    current = next;
    try {
      storage?.setItem(progressStorageKey, JSON.stringify(next));
    } catch {
      // storage full or disabled: keep the record in memory
    }
    for (const l of listeners) l();
  }
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (lesson, question, right) => set(withAnswer(current, lesson, question, right)),
    see: (lesson, index, total) => set(withStep(current, lesson, index, total)),
    replace: (file) => set(file),
    reset() {
      try {
        storage?.removeItem(progressStorageKey);
      } catch {
        // nothing stored to remove
      }
      set(emptyProgress());
    },
  };
}

function browserStorage(): ProgressStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The page's progress store. */
export const progress = createProgressStore(browserStorage());
