// A trace file: the recorded runs of one timeline in a versioned envelope, so a run can be saved, shared and
// played again later. Files come from anywhere, so reading one checks every field the player relies on and
// names the first one that is wrong; nothing is played from a file that fails.
import type { RecordedRun } from '../../engine';
import { allGroups } from '../timeline/timeline';

export const traceKind = 'KubewalkTrace';
export const traceVersion = 1;

export interface TraceFile {
  kind: typeof traceKind;
  version: typeof traceVersion;
  /** the lesson the runs were recorded for, if any */
  lesson?: string;
  runs: RecordedRun[];
}

/** Larger files are refused before parsing: a lesson's whole timeline is a few megabytes at most. */
export const maxTraceBytes = 50 * 1024 * 1024;

export class TraceFileError extends Error {
  override name = 'TraceFileError';
}

export function toTraceFile(runs: readonly RecordedRun[], lesson?: string): TraceFile {
  const file: TraceFile = { kind: traceKind, version: traceVersion, runs: [...runs] };
  if (lesson !== undefined) file.lesson = lesson;
  return file;
}

export function serializeTrace(file: TraceFile): string {
  return JSON.stringify(file, null, 2);
}

/** A file name for a download, e.g. `kubewalk-01-create-a-pod.trace.json`. */
export function traceFileName(lesson?: string): string {
  const safe = (lesson ?? 'run').replace(/[^A-Za-z0-9._-]+/g, '-');
  return `kubewalk-${safe}.trace.json`;
}

/** The trace in a file's text; throws TraceFileError naming the first problem. */
export function parseTrace(text: string): TraceFile {
  if (text.length > maxTraceBytes) throw new TraceFileError(`the file is larger than ${maxTraceBytes} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new TraceFileError(`not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const file = obj(data, '');
  if (file.kind !== traceKind) throw new TraceFileError(`kind: expected "${traceKind}"`);
  if (file.version !== traceVersion)
    throw new TraceFileError(`version: expected ${traceVersion}, got ${JSON.stringify(file.version)}`);
  if (file.lesson !== undefined) str(file.lesson, 'lesson');
  const runs = arr(file.runs, 'runs');
  if (runs.length === 0) throw new TraceFileError('runs: the file holds no runs');
  runs.forEach((r, i) => checkRun(r, `runs[${i}]`));
  const out: TraceFile = { kind: traceKind, version: traceVersion, runs: runs as RecordedRun[] };
  if (typeof file.lesson === 'string') out.lesson = file.lesson;
  return out;
}

function checkRun(value: unknown, at: string): void {
  const run = obj(value, at);
  const req = obj(run.request, `${at}.request`);
  str(req.method, `${at}.request.method`);
  str(req.path, `${at}.request.path`);
  if (req.headers !== undefined) strings(req.headers, `${at}.request.headers`);
  if (req.body !== undefined) str(req.body, `${at}.request.body`);
  const res = obj(run.response, `${at}.response`);
  int(res.status, `${at}.response.status`);
  strings(res.headers, `${at}.response.headers`);
  str(res.body, `${at}.response.body`);
  const steps = arr(run.steps, `${at}.steps`);
  if (steps.length === 0) throw new TraceFileError(`${at}.steps: a run has at least one step`);
  steps.forEach((s, i) => checkStep(s, `${at}.steps[${i}]`));
  for (const side of ['etcdBefore', 'etcdAfter'] as const) {
    arr(run[side], `${at}.${side}`).forEach((e, i) => {
      const entry = obj(e, `${at}.${side}[${i}]`);
      str(entry.key, `${at}.${side}[${i}].key`);
      str(entry.value, `${at}.${side}[${i}].value`);
      for (const n of ['createRevision', 'modRevision', 'version'] as const)
        int(entry[n], `${at}.${side}[${i}].${n}`);
    });
  }
  arr(run.violations, `${at}.violations`).forEach((v, i) => str(v, `${at}.violations[${i}]`));
}

function checkStep(value: unknown, at: string): void {
  const step = obj(value, at);
  int(step.index, `${at}.index`);
  for (const f of ['id', 'label', 'state', 'server'] as const) str(step[f], `${at}.${f}`);
  if (!(allGroups as readonly unknown[]).includes(step.group))
    throw new TraceFileError(`${at}.group: expected one of ${allGroups.join(', ')}`);
  const go = obj(step.go, `${at}.go`);
  for (const f of ['pkg', 'file', 'func'] as const) str(go[f], `${at}.go.${f}`);
  if (step.objectType !== null) str(step.objectType, `${at}.objectType`);
  if (!('object' in step)) throw new TraceFileError(`${at}.object: missing (null when there is none)`);
  int(step.revision, `${at}.revision`);
  obj(step.details, `${at}.details`);
}

function obj(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new TraceFileError(`${at || 'the file'}: expected an object`);
  return v as Record<string, unknown>;
}

function arr(v: unknown, at: string): unknown[] {
  if (!Array.isArray(v)) throw new TraceFileError(`${at}: expected an array`);
  return v;
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new TraceFileError(`${at}: expected a string`);
  return v;
}

function int(v: unknown, at: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v))
    throw new TraceFileError(`${at}: expected an integer`);
  return v;
}

function strings(v: unknown, at: string): void {
  for (const [k, s] of Object.entries(obj(v, at))) str(s, `${at}.${k}`);
}
