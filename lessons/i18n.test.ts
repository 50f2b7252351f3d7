// Every lesson exists in English and in Simplified Chinese, whole: the title, summary, intro, every step note
// (the lesson's and the defaults), every quiz question and every scenario request title. A translation keeps
// each `identifier` and each code block exactly as the English has it (identifiers stay as in the Go source),
// and is written in Chinese wherever the English has words.
import { describe, expect, it } from 'vitest';
import { allDefaultEntries } from './_shared/defaults';
import { defaultNotesZh } from './_shared/defaults.zh';
import { definedLessons } from './index';
import type { Localized } from './types';

const fence = /^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm;
const codeSpan = /`([^`\n]+)`/g;

/** The code blocks and inline code spans of a text, sorted: a translation must keep them all, unchanged. */
function codeOf(text: string): string[] {
  const blocks = [...text.matchAll(fence)].map((m) => m[0].trim());
  const spans = [...text.replace(fence, '').matchAll(codeSpan)].map((m) => m[1]!);
  return [...blocks, ...spans].sort();
}

/** Whether a text has words outside its code (then its translation must have Chinese in it). */
const hasWords = (text: string): boolean =>
  /[A-Za-z]{2,}/.test(text.replace(fence, '').replace(codeSpan, ''));
const han = /\p{Script=Han}/u;

/** Problems with one translated text; `where` names it in the failure. */
function checkPair(where: string, en: string, zh: string | undefined): string[] {
  if (!zh?.trim()) return [`${where}: no Chinese`];
  const problems: string[] = [];
  if (hasWords(en) && !han.test(zh)) problems.push(`${where}: the Chinese has no Chinese characters`);
  const enCode = codeOf(en);
  const zhCode = codeOf(zh);
  const missing = enCode.filter((c) => !zhCode.includes(c));
  const extra = zhCode.filter((c) => !enCode.includes(c));
  if (missing.length)
    problems.push(`${where}: the Chinese lost ${missing.map((c) => `\`${c}\``).join(', ')}`);
  if (extra.length) problems.push(`${where}: the Chinese adds ${extra.map((c) => `\`${c}\``).join(', ')}`);
  return problems;
}

const checkLocalized = (where: string, text: Localized) => checkPair(where, text.en, text.zh);

describe('every lesson in both languages', () => {
  for (const lesson of definedLessons) {
    describe(lesson.id, () => {
      it('has a lesson.zh.md with the same id and the same step notes as lesson.en.md', () => {
        const zh = lesson.markdown.zh;
        expect(zh, 'lesson.zh.md').toBeDefined();
        expect(zh!.problems).toEqual([]);
        expect(zh!.frontmatter['id']).toBe(lesson.id);
        expect(Object.keys(zh!.notes).sort()).toEqual(Object.keys(lesson.markdown.en.notes).sort());
      });

      it('translates the title, summary, intro and every note, keeping the code', () => {
        const zh = lesson.markdown.zh;
        const en = lesson.markdown.en;
        const problems = [
          ...checkLocalized('title', lesson.title),
          ...checkLocalized('summary', lesson.summary),
          ...checkLocalized('intro', lesson.intro),
          ...Object.entries(en.notes).flatMap(([key, text]) => checkPair(`## ${key}`, text, zh?.notes[key])),
        ];
        expect(problems).toEqual([]);
      });

      it('translates every quiz question and every request title', () => {
        const problems = [
          ...lesson.quiz.flatMap((q) => [
            ...checkLocalized(`${q.id} prompt`, q.prompt),
            ...q.choices.flatMap((c, i) => checkLocalized(`${q.id} choice ${i}`, c)),
            ...checkLocalized(`${q.id} explanation`, q.explanation),
          ]),
          ...lesson.scenario.requests.flatMap((r, i) => checkLocalized(`request ${i} title`, r.title)),
        ];
        expect(problems).toEqual([]);
      });
    });
  }
});

describe('the default step notes in both languages', () => {
  it('has a Chinese note for every default note, and none for a step that does not exist', () => {
    const keys = allDefaultEntries().map(([key]) => key);
    expect(Object.keys(defaultNotesZh).sort()).toEqual([...new Set(keys)].sort());
  });

  it('keeps the code of every default note', () => {
    const problems = allDefaultEntries().flatMap(([key, entry]) =>
      checkPair(key, entry.note, defaultNotesZh[key]),
    );
    expect(problems).toEqual([]);
  });
});

describe('codeOf', () => {
  it('finds code spans and fenced blocks, but not spans inside blocks', () => {
    expect(codeOf('a `x` b\n```yaml\nk: `v`\n```\n`y`')).toEqual(['```yaml\nk: `v`\n```', 'x', 'y']);
  });
});
