// The lesson's global timeline: the steps of every recorded request, one after the other. A global index
// (the one in permalinks) maps to a request and a step inside that request's run.
import type { RecordedRun, StepGroup, TraceStep } from '../../engine';
import type { Localized } from '../../lessons/types';

export interface TitledRun {
  title: Localized;
  run: RecordedRun;
}

export interface TimelineRun extends TitledRun {
  /** global index of the run's first step */
  start: number;
}

export interface TimelineEntry {
  /** index across the whole lesson, from 0 */
  global: number;
  /** index into the scenario's requests */
  request: number;
  /** index inside the request's run */
  local: number;
  step: TraceStep;
}

export interface Timeline {
  runs: TimelineRun[];
  entries: TimelineEntry[];
  /** the group of every entry, for the player machine (breakpoints, jumps) */
  kinds: StepGroup[];
}

export function buildTimeline(runs: readonly TitledRun[]): Timeline {
  const out: TimelineRun[] = [];
  const entries: TimelineEntry[] = [];
  runs.forEach((r, request) => {
    out.push({ ...r, start: entries.length });
    r.run.steps.forEach((step, local) => entries.push({ global: entries.length, request, local, step }));
  });
  return { runs: out, entries, kinds: entries.map((e) => e.step.group) };
}

/** The entry at a global index, or undefined past either end. */
export function entryAt(timeline: Timeline, global: number): TimelineEntry | undefined {
  return timeline.entries[global];
}

/** Step ids the request has been through up to and including the entry (for the flowchart's `visited`). */
export function visitedIds(timeline: Timeline, entry: TimelineEntry): string[] {
  const steps = timeline.runs[entry.request]!.run.steps;
  return steps.slice(0, entry.local + 1).map((s) => s.id);
}

/** The groups present in a timeline, in the catalog's order. */
export const allGroups: readonly StepGroup[] = [
  'startup',
  'filter',
  'chain',
  'handler',
  'scheme',
  'admission',
  'registry',
  'storage',
  'etcd',
  'response',
  'exit',
];
