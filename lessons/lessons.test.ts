// Every lesson is checked against the schema and against the real engine: each scenario request is recorded,
// and every step it takes must have a note and an excerpt; quiz questions, notes and overrides must point at
// steps that actually happen; every excerpt names a real upstream file at the tag.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allSteps,
  createServerChain,
  recordStartup,
  stepById,
  type RecordedRun,
  type ServerChain,
} from '../engine';
import { allDefaultEntries, defaultStepContent, sharedExcerptById } from './_shared/defaults';
import type { DefinedLesson } from './_shared/define';
import { sharedExcerpts } from './_shared/excerpts';
import { resolveAnchor } from './_shared/lines';
import { applySetupStep, beforeRequest } from './_shared/scenario';
import { definedLessons, excerpts, lessons } from './index';
import { excerptSchema, lessonSchema, questionSchema, stepContentSchema, TAG } from './schema';

const listName = 'upstream-go-files-v1.34.0.txt';

/**
 * Every Go file of the staging repositories at the tag. A copy is kept in docs/reference so the test does not
 * depend on what sits beside the checkout; the shared reference folder is the fallback.
 */
function upstreamFiles(): Set<string> {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const candidates = [
    resolve(repoRoot, 'docs/reference', listName),
    resolve(repoRoot, '../shared/reference', listName),
    resolve(process.cwd(), '../shared/reference', listName),
  ];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `the list of upstream Go files is missing: looked for ${candidates.join(' and ')}. It is kept at docs/reference/${listName}.`,
    );
  }
  return new Set(
    readFileSync(found, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/**
 * Records a lesson's scenario as the player does (app/timeline/recordScenario.ts): the traced start-up first when
 * the scenario asks for it (run 0, its server serving the rest), then setup (requests and hooks), then each
 * request after its hook.
 */
async function recordScenario(lesson: DefinedLesson): Promise<RecordedRun[]> {
  const runs: RecordedRun[] = [];
  let server: ServerChain;
  if (lesson.scenario.traceStartup) {
    const started = await recordStartup(lesson.scenario.config);
    server = started.server;
    runs.push(started.run);
  } else {
    server = createServerChain(lesson.scenario.config);
  }
  for (const step of lesson.scenario.setup) {
    const res = await applySetupStep(server, step);
    if (res && res.status >= 300 && 'method' in step)
      throw new Error(`setup ${step.method} ${step.path} of ${lesson.id}: ${res.status} ${res.body}`);
  }
  for (const req of lesson.scenario.requests) {
    await beforeRequest(server, req);
    runs.push(await server.record(req.request));
  }
  return runs;
}

/** How many runs the player steps through: the traced start-up (when asked for) and every request. */
const runCount = (lesson: DefinedLesson): number =>
  lesson.scenario.requests.length + (lesson.scenario.traceStartup ? 1 : 0);

/** `step @i` → [step, i]; `step` → [step, undefined]. */
const splitKey = (key: string): [string, number | undefined] => {
  const m = /^(\S+)(?: @(\d+))?$/.exec(key)!;
  return [m[1]!, m[2] === undefined ? undefined : Number(m[2])];
};

describe('excerpts', () => {
  const files = upstreamFiles();
  const all = [...sharedExcerpts, ...definedLessons.flatMap((l) => l.excerpts)];

  it.each(all.map((e) => [e.id, e] as const))(
    '%s names a real upstream file at the tag, with a link to it',
    (_, e) => {
      const r = excerptSchema(files).safeParse(e);
      expect(
        r.success,
        r.success
          ? ''
          : `${e.id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      ).toBe(true);
    },
  );

  it('have unique ids', () => {
    const ids = all.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(excerpts.size).toBe(all.length);
  });

  it('are each used by a default or a lesson', () => {
    const used = new Set([
      ...allDefaultEntries().map(([, e]) => e.at.excerpt),
      ...definedLessons.flatMap((l) => Object.values(l.steps).map((a) => a.excerpt)),
    ]);
    expect(all.map((e) => e.id).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('default step content', () => {
  it('covers every step of the catalog, with a note and lines inside its excerpt', () => {
    const schema = stepContentSchema(sharedExcerptById);
    for (const s of allSteps) {
      const c = defaultStepContent(s.id);
      expect(c, s.id).toBeDefined();
      const r = schema.safeParse(c);
      expect(r.success, `${s.id}: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
    }
  });

  it('anchors resolve (method variants included)', () => {
    for (const [key, entry] of allDefaultEntries())
      expect(() => resolveAnchor(entry.at, sharedExcerptById), key).not.toThrow();
  });

  it('shows, outside the exits, the file the catalog names as the Go twin', () => {
    for (const s of allSteps.filter((s) => s.group !== 'exit')) {
      const c = defaultStepContent(s.id)!;
      expect(sharedExcerptById.get(c.excerpt)!.path, s.id).toBe(`${s.go.pkg}/${s.go.file}`);
    }
  });

  it('picks the Store method by HTTP verb for registry.storage', () => {
    expect(defaultStepContent('registry.storage', 'POST')!.excerpt).toBe('store-create');
    expect(defaultStepContent('registry.storage', 'GET')!.excerpt).toBe('store-get');
    expect(defaultStepContent('registry.storage', 'PATCH')!.excerpt).toBe('store-update');
    expect(defaultStepContent('registry.storage', 'DELETE')!.excerpt).toBe('store-delete');
  });
});

describe('lessons', () => {
  it('are listed in order, with unique ids matching their folders', () => {
    const ids = lessons.map((l) => l.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const root = dirname(fileURLToPath(import.meta.url));
    for (const id of ids) expect(existsSync(resolve(root, id, 'lesson.en.md')), id).toBe(true);
  });
});

describe.each(definedLessons.map((l) => [l.id, l] as const))('lesson %s', (_, lesson) => {
  let runs: RecordedRun[] = [];
  beforeAll(async () => {
    runs = await recordScenario(lesson);
  });
  const trace = (i: number) => runs[i]!.steps.map((s) => s.id);

  it('matches the lesson schema', () => {
    const r = lessonSchema.safeParse(lesson);
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues, null, 2)).toBe(true);
    for (const q of lesson.quiz)
      expect(questionSchema(runCount(lesson)).safeParse(q).success, q.id).toBe(true);
  });

  it('parses its markdown without problems', () => {
    expect(lesson.markdown.en.problems).toEqual([]);
    expect(lesson.markdown.en.frontmatter['id']).toBe(lesson.id);
    expect(lesson.intro.en.length).toBeGreaterThan(100);
  });

  it('records every request without statechart violations', () => {
    expect(runs).toHaveLength(runCount(lesson));
    if (lesson.scenario.traceStartup) expect(runs[0]!.request.method).toBe('START');
    runs.forEach((run, i) => expect(run.violations, `request ${i}`).toEqual([]));
  });

  it('has a note and an excerpt, with lines inside it, for every recorded step', () => {
    const schema = stepContentSchema(excerpts);
    runs.forEach((run, i) => {
      for (const step of run.steps) {
        const r = schema.safeParse(lesson.stepContent(step.id, i));
        expect(
          r.success,
          `request ${i}, ${step.id}: ${r.success ? '' : JSON.stringify(r.error.issues)}`,
        ).toBe(true);
      }
    });
  });

  it('resolves every excerpt override', () => {
    for (const [key, anchor] of Object.entries(lesson.steps))
      expect(() => resolveAnchor(anchor, lesson.excerptMap), key).not.toThrow();
  });

  it('writes notes and overrides only for steps the scenario takes', () => {
    const keys = [...Object.keys(lesson.markdown.en.notes), ...Object.keys(lesson.steps)];
    for (const key of keys) {
      const [step, i] = splitKey(key);
      expect(stepById.has(step), `${key}: unknown step`).toBe(true);
      if (i === undefined)
        expect(
          runs.some((_, j) => trace(j).includes(step)),
          `${key}: no request takes it`,
        ).toBe(true);
      else
        expect(i < runs.length && trace(i).includes(step), `${key}: request ${i} does not take it`).toBe(
          true,
        );
    }
  });

  it('asks each question before a step its request takes', () => {
    for (const q of lesson.quiz) expect(trace(q.request), q.id).toContain(q.step);
  });

  it('records the same trace on every run (fixed clock and seed)', async () => {
    const again = await recordScenario(lesson);
    expect(JSON.stringify(again.map((r) => [r.response, r.steps]))).toBe(
      JSON.stringify(runs.map((r) => [r.response, r.steps])),
    );
  });

  it('links its sources at the tag', () => {
    for (const s of lesson.sources)
      if (s.includes('github.com/kubernetes/kubernetes/')) expect(s).toContain(`/blob/${TAG}/`);
  });
});
