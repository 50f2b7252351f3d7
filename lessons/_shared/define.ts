// Turns a lesson's parts (markdown, scenario, quiz, its own excerpts and excerpt overrides) into a `Lesson`:
// stepContent picks, for a step of a request, the most specific note and excerpt there is — the lesson's for
// this request, the lesson's for every request, then the default.
import type { Excerpt, Lang, Lesson, Localized, Question, Scenario, StepContent } from '../types';
import { defaultEntry, defaultNote, sharedExcerptById } from './defaults';
import { resolveAnchor, type Anchor } from './lines';
import { noteKey, parseLessonMarkdown, type ParsedLessonMarkdown } from './markdown';

/** Excerpt overrides keyed like notes: `<stepId>` or `<stepId> @<request index>`. */
export type StepOverrides = Record<string, Anchor>;

export interface LessonParts {
  /** lesson.<lang>.md, raw: English always, a translation beside it (the i18n test wants every language) */
  markdown: Localized;
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
  /** the parsed lesson.<lang>.md of every language the lesson has */
  markdown: Partial<Record<Lang, ParsedLessonMarkdown>> & { en: ParsedLessonMarkdown };
  steps: StepOverrides;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** One text per language the lesson has, picked from each language's parsed markdown. */
function perLang(
  markdown: DefinedLesson['markdown'],
  pick: (md: ParsedLessonMarkdown, lang: Lang) => string | undefined,
): Localized | undefined {
  const en = pick(markdown.en, 'en');
  if (en === undefined) return undefined;
  const out: Localized = { en };
  for (const [lang, md] of Object.entries(markdown) as [Lang, ParsedLessonMarkdown][]) {
    if (lang === 'en') continue;
    const text = pick(md, lang);
    if (text) out[lang] = text;
  }
  return out;
}

export function defineLesson(parts: LessonParts): DefinedLesson {
  const markdown: DefinedLesson['markdown'] = { en: parseLessonMarkdown(parts.markdown.en) };
  for (const [lang, text] of Object.entries(parts.markdown) as [Lang, string][])
    if (lang !== 'en') markdown[lang] = parseLessonMarkdown(text);
  const fm = markdown.en.frontmatter;
  const front = (key: string): Localized =>
    perLang(markdown, (md) => str(md.frontmatter[key]) || undefined) ?? { en: '' };
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
    // each language resolves the same way: this request's note, the lesson's note, the default note
    const note = perLang(
      markdown,
      (md, lang) =>
        md.notes[noteKey(stepId, requestIndex)] ??
        md.notes[noteKey(stepId)] ??
        (base ? defaultNote(stepId, method, lang) : undefined),
    );
    const anchor = steps[noteKey(stepId, requestIndex)] ?? steps[noteKey(stepId)] ?? base?.at;
    return {
      note: note ?? { en: `No note for step \`${stepId}\` yet.` },
      // an empty excerpt id marks missing content: the schema rejects it, the player shows no source
      excerpt: anchor?.excerpt ?? '',
      lines: anchor ? linesOf(anchor) : [1, 1],
    };
  };

  return {
    id: str(fm['id']),
    title: front('title'),
    summary: front('summary'),
    intro: perLang(markdown, (md) => md.intro || undefined) ?? { en: '' },
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
