// Lesson 4: Updates, conflicts and watch.
import { defineLesson } from '../_shared/define';
import { excerptsFromModules } from '../_shared/excerpts';
import markdownEn from './lesson.en.md?raw';
import markdownZh from './lesson.zh.md?raw';
import { quiz } from './quiz';
import { scenario } from './scenario';
import { steps } from './steps';

export const updatesConflictsWatch = defineLesson({
  markdown: { en: markdownEn, zh: markdownZh },
  scenario,
  quiz,
  steps,
  excerpts: excerptsFromModules(
    import.meta.glob<string>('./go/*.go', { query: '?raw', import: 'default', eager: true }),
  ),
});
