// Adapts a lesson to what the player shows for a step: the note, the Go excerpt with its lines, and the
// questions. A lesson that fails for a step (throws, names a missing excerpt) degrades to a visible message.
import type { Excerpt, Lesson, Question, StepContent } from '../../lessons/types';
import { localized, t } from '../i18n';
import type { Timeline, TimelineEntry } from '../timeline/timeline';
import { findExcerpt, type ExcerptBag } from './excerpts';
import { questionsAt } from './questions';

export interface StepSource {
  excerpt: Excerpt;
  /** 1-based inclusive, clamped to the excerpt */
  lines: [number, number];
}

export interface StepShow {
  note: string | null;
  source: StepSource | null;
  /** why there is no source when the lesson meant to give one */
  problem: string | null;
  questions: Question[];
}

export type ContentFor = (entry: TimelineEntry) => StepShow;

export const noContent: ContentFor = () => ({ note: null, source: null, problem: null, questions: [] });

export function clampLines(lines: readonly [number, number], source: string): [number, number] {
  const count = source.split('\n').length;
  const from = Math.max(1, Math.min(Math.trunc(lines[0]) || 1, count));
  const to = Math.max(from, Math.min(Math.trunc(lines[1]) || from, count));
  return [from, to];
}

/** What a step shows for a StepContent; an empty excerpt id means the step has no excerpt. */
export function showContent(
  content: StepContent | undefined,
  find: (id: string) => Excerpt | undefined,
  questions: Question[] = [],
): StepShow {
  if (!content) return { note: null, source: null, problem: null, questions };
  const note = content.note ? localized(content.note) : null;
  if (!content.excerpt) return { note, source: null, problem: null, questions };
  const excerpt = find(content.excerpt);
  if (!excerpt)
    return { note, source: null, problem: t('source.missing', { id: content.excerpt }), questions };
  return {
    note,
    source: { excerpt, lines: clampLines(content.lines, excerpt.source) },
    problem: null,
    questions,
  };
}

export function lessonContent(lesson: Lesson, timeline: Timeline, shared?: ExcerptBag): ContentFor {
  return (entry) => {
    const questions = questionsAt(lesson.quiz, timeline, entry);
    let content: StepContent;
    try {
      content = lesson.stepContent(entry.step.id, entry.request);
    } catch (e) {
      return { note: null, source: null, problem: e instanceof Error ? e.message : String(e), questions };
    }
    return showContent(content, (id) => findExcerpt(lesson, id, shared), questions);
  };
}

/** Content for a trace outside any lesson (the playground): the default note and excerpt of each step. */
export function defaultContent(
  stepContent: (stepId: string, method?: string) => StepContent | undefined,
  excerpts: ExcerptBag,
  timeline: Timeline,
): ContentFor {
  const noLesson = { quiz: [] } as unknown as Lesson;
  return (entry) => {
    const method = timeline.runs[entry.request]?.run.request.method;
    let content: StepContent | undefined;
    try {
      content = stepContent(entry.step.id, method);
    } catch {
      content = undefined;
    }
    return showContent(content, (id) => findExcerpt(noLesson, id, excerpts));
  };
}
