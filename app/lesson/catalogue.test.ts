// Every lesson of the catalogue plays in the player: it records, each step has a note and an excerpt the
// player can find, questions land on steps the timeline reaches, and permalinks cover the whole timeline.
import { describe, expect, it } from 'vitest';
import { createServerChain, recordStartup } from '../../engine';
import { excerpts, lessons } from '../../lessons';
import { formatRoute, parseRoute } from '../routing/route';
import { recordScenario } from '../timeline/recordScenario';
import { buildTimeline } from '../timeline/timeline';
import { lessonContent } from './lessonContent';
import { questionsAt } from './questions';

describe.each(lessons.map((l) => [l.id, l] as const))('lesson %s in the player', (_, lesson) => {
  it('records and shows every step', async () => {
    const { runs, setupProblems } = await recordScenario(createServerChain, lesson.scenario, recordStartup);
    expect(setupProblems).toEqual([]);
    const timeline = buildTimeline(runs);
    expect(timeline.entries.length).toBeGreaterThan(0);
    const content = lessonContent(lesson, timeline, excerpts);
    for (const entry of timeline.entries) {
      const show = content(entry);
      expect.soft(show.problem, `${entry.global} ${entry.step.id}`).toBeNull();
      expect.soft(show.note, `${entry.global} ${entry.step.id}`).toBeTruthy();
      expect.soft(show.source, `${entry.global} ${entry.step.id}`).not.toBeNull();
    }
    const asked = new Set(
      timeline.entries.flatMap((e) => questionsAt(lesson.quiz, timeline, e).map((q) => q.id)),
    );
    expect([...asked].sort()).toEqual(lesson.quiz.map((q) => q.id).sort());
    const last = { name: 'lesson' as const, id: lesson.id, step: timeline.entries.length - 1 };
    expect(parseRoute(formatRoute(last))).toEqual(last);
  });
});
