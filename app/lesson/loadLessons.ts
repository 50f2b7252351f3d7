// Loads the lesson catalogue (lessons/index.ts) on demand, so the first screen does not carry lesson content.
// lessons/ imports the engine for types only, so the index page still does not load the engine.
import type { StepContent } from '../../lessons/types';
import type { Lesson } from '../../lessons/types';
import type { ExcerptBag } from './excerpts';

export interface LessonCatalogue {
  lessons: Lesson[];
  /** every excerpt a step may name (shared and per lesson) */
  excerpts: ExcerptBag;
  /** the default note and excerpt of a step (used where no lesson applies: the playground) */
  defaultStepContent: (stepId: string, method?: string) => StepContent | undefined;
}

let cached: Promise<LessonCatalogue> | undefined;

export function loadLessons(): Promise<LessonCatalogue> {
  cached ??= import('../../lessons').then((m) => ({
    lessons: m.lessons,
    excerpts: m.excerpts,
    defaultStepContent: m.defaultStepContent,
  }));
  cached.catch(() => {
    cached = undefined; // let a retry load again
  });
  return cached;
}
