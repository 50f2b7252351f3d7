// Which predict-then-reveal questions belong to a step: those tied to its request and step id, asked at the
// first time the request reaches that step (a retried step does not ask again).
import type { Question } from '../../lessons/types';
import type { Timeline, TimelineEntry } from '../timeline/timeline';

export function questionsAt(quiz: readonly Question[], timeline: Timeline, entry: TimelineEntry): Question[] {
  const asked = quiz.filter((q) => q.request === entry.request && q.step === entry.step.id);
  if (asked.length === 0) return [];
  const steps = timeline.runs[entry.request]!.run.steps;
  const first = steps.findIndex((s) => s.id === entry.step.id);
  return first === entry.local ? asked : [];
}

/** Global indices of the steps that ask a question (for markers on the scrubber). */
export function questionSteps(quiz: readonly Question[], timeline: Timeline): number[] {
  return timeline.entries.filter((e) => questionsAt(quiz, timeline, e).length > 0).map((e) => e.global);
}
