// Opens a lesson: loads the catalogue and the engine (dynamic imports, so the index page stays light), runs
// the scenario and builds the timeline. Cached per lesson id: going back and forth does not re-record.
import type { Lesson } from '../../lessons/types';
import { recordScenario, type SetupProblem } from '../timeline/recordScenario';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import type { ExcerptBag } from './excerpts';
import { loadLessons } from './loadLessons';

export interface RecordedLesson {
  lesson: Lesson;
  timeline: Timeline;
  setupProblems: SetupProblem[];
  sharedExcerpts: ExcerptBag;
}

const cache = new Map<string, Promise<RecordedLesson | null>>();

export function recordLesson(id: string): Promise<RecordedLesson | null> {
  let p = cache.get(id);
  if (!p) {
    p = (async () => {
      const [catalogue, engine] = await Promise.all([loadLessons(), import('../../engine')]);
      const lesson = catalogue.lessons.find((l) => l.id === id);
      if (!lesson) return null;
      const { runs, setupProblems } = await recordScenario(
        engine.createServerChain,
        lesson.scenario,
        engine.recordStartup,
      );
      return {
        lesson,
        timeline: buildTimeline(runs),
        setupProblems,
        sharedExcerpts: catalogue.excerpts,
      };
    })();
    cache.set(id, p);
    p.catch(() => cache.delete(id));
  }
  return p;
}

/** Forget a failed or stale recording so the next open runs the scenario again. */
export function forgetLesson(id: string): void {
  cache.delete(id);
}
