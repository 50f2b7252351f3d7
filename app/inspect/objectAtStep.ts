// The object a request carries at a step. Steps that do not touch the object (filters, the chain) carry the
// last one forward; a step that produced an object is compared with the one before it.
import type { RecordedRun } from '../../engine';

export interface ObjectAt {
  object: unknown;
  objectType: string | null;
  /** local index of the step that produced it */
  from: number;
}

export interface ObjectView {
  current: ObjectAt;
  /** true when the step itself produced the object (else it is carried from an earlier step) */
  atThisStep: boolean;
  /** the object before this step produced one, when there was any */
  previous: ObjectAt | null;
}

function lastObject(run: RecordedRun, upTo: number): ObjectAt | null {
  for (let i = Math.min(upTo, run.steps.length - 1); i >= 0; i--) {
    const s = run.steps[i]!;
    if (s.object !== null && s.object !== undefined)
      return { object: s.object, objectType: s.objectType, from: i };
  }
  return null;
}

export function objectAtStep(run: RecordedRun, local: number): ObjectView | null {
  const current = lastObject(run, local);
  if (!current) return null;
  const atThisStep = current.from === local;
  return { current, atThisStep, previous: atThisStep ? lastObject(run, local - 1) : null };
}
