// Turns a lesson's parts (markdown, scenario, quiz, its own excerpts and excerpt overrides) into a `Lesson`:
// stepContent picks, for a step of a request, the most specific note and excerpt there is — the lesson's for
// this request, the lesson's for every request, then the default.
import type { Excerpt, Lesson, Question, Scenario, StepContent } from '../types';
import { defaultEntry, sharedExcerptById } from './defaults';
import { resolveAnchor, type Anchor } from './lines';
import { noteKey, parseLessonMarkdown, type ParsedLessonMarkdown } from './markdown';

/** Excerpt overrides keyed like notes: `<stepId>` or `<stepId> @<request index>`. */
export type StepOverrides = Record<string, Anchor>;

export interface LessonParts {
  /** lesson.en.md, raw */
  markdown: string;
  scenario: Scenario;
  quiz: Question[];
  /** the lesson's own excerpts (its go/ folder), in addition to the shared ones */
  excerpts?: Excerpt[];
  steps?: StepOverrides;
}

/** A Lesson plus what the tests and the player need to look behind it. */
export interface DefinedLesson extends Lesson {
  /** the lesson's own excerpts */
  excerpts: Excerpt[];
  /** every excerpt the lesson can name: shared and own */
  excerptMap: ReadonlyMap<string, Excerpt>;
  markdown: ParsedLessonMarkdown;
  steps: StepOverrides;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function defineLesson(parts: LessonParts): DefinedLesson {
  const markdown = parseLessonMarkdown(parts.markdown);
  const fm = markdown.frontmatter;
  const own = parts.excerpts ?? [];
  const excerpts = new Map<string, Excerpt>([
    ...sharedExcerptById,
    ...own.map((e): [string, Excerpt] => [e.id, e]),
  ]);
  const steps = parts.steps ?? {};

  // a stale anchor must not take the player down: it highlights line 1, and the lesson tests fail on it
  const linesOf = (anchor: Anchor): [number, number] => {
    try {
      return resolveAnchor(anchor, excerpts);
    } catch {
      return [1, 1];
    }
  };

  const stepContent = (stepId: string, requestIndex: number): StepContent => {
    const method = parts.scenario.requests[requestIndex]?.request.method;
    const base = defaultEntry(stepId, method);
    const note =
      markdown.notes[noteKey(stepId, requestIndex)] ?? markdown.notes[noteKey(stepId)] ?? base?.note;
    const anchor = steps[noteKey(stepId, requestIndex)] ?? steps[noteKey(stepId)] ?? base?.at;
    return {
      note: { en: note ?? `No note for step \`${stepId}\` yet.` },
      // an empty excerpt id marks missing content: the schema rejects it, the player shows no source
      excerpt: anchor?.excerpt ?? '',
      lines: anchor ? linesOf(anchor) : [1, 1],
    };
  };

  return {
    id: str(fm['id']),
    title: { en: str(fm['title']) },
    summary: { en: str(fm['summary']) },
    intro: { en: markdown.intro },
    sources: Array.isArray(fm['sources']) ? fm['sources'].map(str) : [],
    scenario: parts.scenario,
    stepContent,
    quiz: parts.quiz,
    excerpts: own,
    excerptMap: excerpts,
    markdown,
    steps,
  };
}
