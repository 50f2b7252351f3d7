// Two runs of the same request side by side: the original and a fork with an edited body or server config.
// They part where the step sequence first differs; before that, the same step may already carry a different
// object (a missing image is visible from decode on, but the path only parts at validation).
import type { RecordedRun, TraceStep } from '../../engine';

export interface ComparedRow {
  index: number;
  original?: TraceStep;
  fork?: TraceStep;
  /** the two runs took different steps here (or one had ended) */
  stepDiffers: boolean;
  /** the same step, but the object being processed differs */
  objectDiffers: boolean;
}

export interface Comparison {
  rows: ComparedRow[];
  /** the first row whose step differs, or -1 when both runs take the same steps */
  firstDifferentStep: number;
  /** the first row where the object differs (same step or not), or -1 */
  firstDifferentObject: number;
  statuses: [number, number];
}

const sameJSON = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function compareRuns(original: RecordedRun, fork: RecordedRun): Comparison {
  const n = Math.max(original.steps.length, fork.steps.length);
  const rows: ComparedRow[] = [];
  let firstDifferentStep = -1;
  let firstDifferentObject = -1;
  for (let i = 0; i < n; i++) {
    const a = original.steps[i];
    const b = fork.steps[i];
    // once the paths have parted, later rows are not compared step by step
    const stepDiffers = firstDifferentStep >= 0 || a?.id !== b?.id;
    const objectDiffers = !stepDiffers && !sameJSON(a?.object, b?.object);
    if (stepDiffers && firstDifferentStep < 0) firstDifferentStep = i;
    if ((stepDiffers || objectDiffers) && firstDifferentObject < 0) firstDifferentObject = i;
    rows.push({
      index: i,
      ...(a ? { original: a } : {}),
      ...(b ? { fork: b } : {}),
      stepDiffers,
      objectDiffers,
    });
  }
  return {
    rows,
    firstDifferentStep,
    firstDifferentObject,
    statuses: [original.response.status, fork.response.status],
  };
}
