import { describe, expect, it } from 'vitest';
import { createServerChain } from '../../engine';
import { fixtureLesson } from '../testing/fixtureLesson';
import { recordScenario } from './recordScenario';
import { buildTimeline, entryAt, visitedIds } from './timeline';

describe('recording a lesson and its timeline', () => {
  it('runs the setup, records each request in order and concatenates their steps', async () => {
    const { runs, setupProblems } = await recordScenario(createServerChain, fixtureLesson.scenario);
    expect(setupProblems).toEqual([]);
    expect(runs.map((r) => r.run.response.status)).toEqual([201, 200, 200]);
    for (const r of runs) expect(r.run.violations).toEqual([]);

    const tl = buildTimeline(runs);
    const lengths = runs.map((r) => r.run.steps.length);
    expect(tl.entries).toHaveLength(lengths[0]! + lengths[1]! + lengths[2]!);
    expect(tl.runs.map((r) => r.start)).toEqual([0, lengths[0], lengths[0]! + lengths[1]!]);
    expect(tl.kinds).toEqual(tl.entries.map((e) => e.step.group));

    const second = entryAt(tl, lengths[0]!)!;
    expect(second).toMatchObject({ request: 1, local: 0 });
    expect(second.step.id).toBe('filter.auditInit');
    const last = entryAt(tl, tl.entries.length - 1)!;
    expect(last).toMatchObject({ request: 2, local: lengths[2]! - 1 });
    expect(last.step.id).toBe('exit.200');
    expect(entryAt(tl, tl.entries.length)).toBeUndefined();
    expect(visitedIds(tl, second)).toEqual(['filter.auditInit']);
  });

  it('records the same trace twice (deterministic scenario)', async () => {
    const a = await recordScenario(createServerChain, fixtureLesson.scenario);
    const b = await recordScenario(createServerChain, fixtureLesson.scenario);
    expect(JSON.stringify(a.runs)).toBe(JSON.stringify(b.runs));
  });

  it('reports a setup request the server refused', async () => {
    const scenario = {
      ...fixtureLesson.scenario,
      setup: [...fixtureLesson.scenario.setup, ...fixtureLesson.scenario.setup],
    };
    const { setupProblems } = await recordScenario(createServerChain, scenario);
    expect(setupProblems).toEqual([
      expect.objectContaining({ n: 2, status: 409, message: 'namespaces "demo" already exists' }),
    ]);
  });
});
