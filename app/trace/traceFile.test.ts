import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun } from '../../engine';
import { fixtureLesson } from '../testing/fixtureLesson';
import { recordScenario } from '../timeline/recordScenario';
import { buildTimeline } from '../timeline/timeline';
import { parseTrace, serializeTrace, toTraceFile, traceFileName, TraceFileError } from './traceFile';

let runs: RecordedRun[];
beforeAll(async () => {
  runs = (await recordScenario(createServerChain, fixtureLesson.scenario)).runs.map((r) => r.run);
});

describe('trace files', () => {
  it('round-trips a recorded timeline: same runs, same steps, same timeline length', () => {
    const text = serializeTrace(toTraceFile(runs, fixtureLesson.id));
    const back = parseTrace(text);
    expect(back.kind).toBe('KubewalkTrace');
    expect(back.version).toBe(1);
    expect(back.lesson).toBe(fixtureLesson.id);
    expect(back.runs).toEqual(JSON.parse(JSON.stringify(runs)));
    const before = buildTimeline(runs.map((run) => ({ title: { en: '' }, run })));
    const after = buildTimeline(back.runs.map((run) => ({ title: { en: '' }, run })));
    expect(after.entries.map((e) => e.step.id)).toEqual(before.entries.map((e) => e.step.id));
    expect(after.kinds).toEqual(before.kinds);
  });

  it('leaves the lesson out when there is none', () => {
    const back = parseTrace(serializeTrace(toTraceFile(runs.slice(0, 1))));
    expect(back).not.toHaveProperty('lesson');
    expect(back.runs).toHaveLength(1);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases break the file's shape on purpose
  type Loose = any;
  const mutate = (f: (d: Loose) => void) => () => {
    const d = JSON.parse(serializeTrace(toTraceFile(runs))) as Loose;
    f(d);
    return JSON.stringify(d);
  };

  it.each<[string, () => string, string]>([
    ['not JSON', () => '{"kind": "KubewalkTrace", ', 'not JSON'],
    ['truncated to nothing', () => '', 'not JSON'],
    ['an array', () => '[]', 'the file: expected an object'],
    ['null', () => 'null', 'the file: expected an object'],
    ['another kind', mutate((d) => (d.kind = 'Pod')), 'kind: expected "KubewalkTrace"'],
    ['a future version', mutate((d) => (d.version = 2)), 'version: expected 1, got 2'],
    ['no runs', mutate((d) => (d.runs = [])), 'runs: the file holds no runs'],
    ['runs not an array', mutate((d) => (d.runs = {})), 'runs: expected an array'],
    ['a lesson that is not a string', mutate((d) => (d.lesson = 7)), 'lesson: expected a string'],
    ['a request without a path', mutate((d) => delete d.runs[0].request.path), 'runs[0].request.path'],
    ['a status that is text', mutate((d) => (d.runs[0].response.status = '201')), 'runs[0].response.status'],
    ['a header that is a number', mutate((d) => (d.runs[0].response.headers.x = 1)), 'response.headers.x'],
    ['a run without steps', mutate((d) => (d.runs[0].steps = [])), 'runs[0].steps: a run has at least one'],
    ['an unknown step group', mutate((d) => (d.runs[0].steps[2].group = 'magic')), 'runs[0].steps[2].group'],
    ['a step without a Go twin', mutate((d) => delete d.runs[1].steps[0].go), 'runs[1].steps[0].go'],
    ['a step without an object', mutate((d) => delete d.runs[0].steps[0].object), 'steps[0].object'],
    ['a fractional revision', mutate((d) => (d.runs[0].steps[0].revision = 1.5)), 'steps[0].revision'],
    ['a bad etcd entry', mutate((d) => (d.runs[0].etcdAfter = [{ key: 1 }])), 'runs[0].etcdAfter[0].key'],
    ['violations not strings', mutate((d) => (d.runs[0].violations = [3])), 'runs[0].violations[0]'],
  ])('refuses %s with a message naming the problem', (_name, text, message) => {
    let err: unknown;
    try {
      parseTrace(text());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TraceFileError);
    expect((err as Error).message).toContain(message);
  });

  it('names files after the lesson, safely', () => {
    expect(traceFileName('01-create-a-pod')).toBe('kubewalk-01-create-a-pod.trace.json');
    expect(traceFileName()).toBe('kubewalk-run.trace.json');
    expect(traceFileName('../a b/c')).toBe('kubewalk-..-a-b-c.trace.json');
  });
});
