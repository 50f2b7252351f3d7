import { describe, expect, it } from 'vitest';
import { createServerChain, recordStartup } from '../../engine';
import { createAPod } from '../../lessons/01-create-a-pod';
import { recordScenario } from '../timeline/recordScenario';
import { compareRuns } from './compareRuns';
import { applyConfigText, editableConfigText, forkScenario } from './forkScenario';

const scenario = createAPod.scenario;
const record = async (s = scenario) => (await recordScenario(createServerChain, s, recordStartup)).runs;

describe('fork and compare', () => {
  it('marks where a Pod without an image parts from the lesson run: the object at decode, the path at the 422', async () => {
    const [original] = await record();
    const req = scenario.requests[0]!.request;
    const pod = JSON.parse(req.body!) as { spec: { containers: { image?: string }[] } };
    delete pod.spec.containers[0]!.image;
    const body = JSON.stringify(pod);
    const [fork] = await record(forkScenario(scenario, 0, { ...req, body }, scenario.config));
    const c = compareRuns(original!.run, fork!.run);
    expect(c.statuses).toEqual([201, 422]);
    expect(c.rows[c.firstDifferentObject]!.original!.id).toBe('scheme.decode');
    const part = c.rows[c.firstDifferentStep]!;
    expect(part.fork!.id).toBe('exit.422');
    expect(c.firstDifferentObject).toBeLessThan(c.firstDifferentStep);
    // before the paths part, every row is the same step
    expect(c.rows.slice(0, c.firstDifferentStep).every((r) => r.original!.id === r.fork!.id)).toBe(true);
  });

  it('finds no difference in an unchanged fork', async () => {
    const [a] = await record();
    const [b] = await record(forkScenario(scenario, 0, scenario.requests[0]!.request, scenario.config));
    expect(compareRuns(a!.run, b!.run)).toMatchObject({ firstDifferentStep: -1, firstDifferentObject: -1 });
  });

  it('changes server settings: with authentication on and RBAC, a request without a token is a 403', async () => {
    const edit = applyConfigText(
      scenario.config,
      JSON.stringify({ authentication: { tokens: [], anonymous: true }, authorizationModes: ['RBAC'] }),
    );
    expect('config' in edit).toBe(true);
    if (!('config' in edit)) return;
    expect(edit.config.clock).toBe(scenario.config.clock);
    const [a] = await record();
    const [b] = await record(forkScenario(scenario, 0, scenario.requests[0]!.request, edit.config));
    const c = compareRuns(a!.run, b!.run);
    expect(c.statuses).toEqual([201, 403]);
    expect(c.rows[c.firstDifferentStep]!.fork!.id).toBe('exit.403');
  });

  it('reports a server that cannot start with the edited settings (AlwaysDeny refuses its own namespaces)', async () => {
    const edit = applyConfigText(scenario.config, JSON.stringify({ admissionPlugins: ['AlwaysDeny'] }));
    if (!('config' in edit)) throw new Error(edit.error);
    await expect(
      record(forkScenario(scenario, 0, scenario.requests[0]!.request, edit.config)),
    ).rejects.toThrow('admission control is denying all modifications');
  });

  it('shows the editable settings with defaults and refuses bad edits without applying any', () => {
    expect(JSON.parse(editableConfigText(scenario.config))).toMatchObject({
      authorizationModes: ['AlwaysAllow'],
      admissionPlugins: [],
      seed: 134,
    });
    expect(applyConfigText(scenario.config, '{')).toMatchObject({
      error: expect.stringContaining('not valid JSON'),
    });
    expect(applyConfigText(scenario.config, '[]')).toEqual({ error: 'the settings must be a JSON object' });
    expect(applyConfigText(scenario.config, '{"clock":1}')).toEqual({ error: 'unknown settings: clock' });
    expect(applyConfigText(scenario.config, '{"admissionPlugins":"x"}')).toEqual({
      error: 'admissionPlugins must be a list of strings',
    });
    expect(applyConfigText(scenario.config, '{"seed":-1}')).toEqual({
      error: 'seed must be a whole number, 0 or more',
    });
  });
});
