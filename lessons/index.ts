// The lessons, in order, and the excerpts they name. The player imports this module only.
import { createAPod } from './01-create-a-pod';
import { serverChain } from './02-server-chain';
import { versionsAndConversion } from './03-versions-and-conversion';
import { updatesConflictsWatch } from './04-updates-conflicts-watch';
import { installingTheAPI } from './05-installing-the-api';
import { theScheme } from './06-the-scheme';
import { threeGates } from './07-three-gates';
import { servingACustomResource } from './08-serving-a-custom-resource';
import type { DefinedLesson } from './_shared/define';
import { sharedExcerpts } from './_shared/excerpts';
import type { Excerpt, Lesson } from './types';

/** Every lesson with the parts behind it (its own excerpts, parsed markdown, excerpt overrides). */
export const definedLessons: readonly DefinedLesson[] = [
  createAPod,
  serverChain,
  versionsAndConversion,
  updatesConflictsWatch,
  installingTheAPI,
  theScheme,
  threeGates,
  servingACustomResource,
];

export const lessons: Lesson[] = [...definedLessons];

export const lessonById = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);

/** Every excerpt a lesson's `StepContent.excerpt` may name: the shared ones and each lesson's own. */
export const excerpts: ReadonlyMap<string, Excerpt> = new Map(
  [...sharedExcerpts, ...definedLessons.flatMap((l) => l.excerpts)].map((e) => [e.id, e]),
);

export const excerptById = (id: string): Excerpt | undefined => excerpts.get(id);

export { parseLessonMarkdown, noteKey, type ParsedLessonMarkdown } from './_shared/markdown';
export { defaultStepContent } from './_shared/defaults';
export type { DefinedLesson } from './_shared/define';
