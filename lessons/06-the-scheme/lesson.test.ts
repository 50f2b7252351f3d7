// What lesson 6 tells the learner is what the engine does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, describeScheme, type RecordedRun, type TraceStep } from '../../engine';
import { applySetupStep, beforeRequest } from '../_shared/scenario';
import { theScheme as lesson } from './index';

describe('lesson 06-the-scheme', () => {
  const runs: RecordedRun[] = [];
  let server: ReturnType<typeof createServerChain>;
  beforeAll(async () => {
    server = createServerChain(lesson.scenario.config);
    for (const step of lesson.scenario.setup)
      expect((await applySetupStep(server, step))?.status).toBeLessThan(300);
    for (const req of lesson.scenario.requests) {
      await beforeRequest(server, req);
      runs.push(await server.record(req.request));
    }
  });
  const step = (i: number, id: string): TraceStep => {
    const s = runs[i]!.steps.find((x) => x.id === id);
    if (!s) throw new Error(`request ${i} has no step ${id}`);
    return s;
  };
  const ids = (i: number) => runs[i]!.steps.map((s) => s.id);
  const status = (i: number) => JSON.parse(runs[i]!.response.body) as Record<string, unknown>;

  it('decodes the ConfigMap into v1.ConfigMap, converts it to core.ConfigMap, answers 201 as v1', () => {
    expect(step(0, 'scheme.decode').objectType).toBe('v1.ConfigMap');
    expect(step(0, 'scheme.decode').details['gvk']).toEqual({ group: '', version: 'v1', kind: 'ConfigMap' });
    const internal = step(0, 'scheme.convertToInternal');
    expect(internal.objectType).toBe('core.ConfigMap');
    expect((internal.object as Record<string, unknown>)['apiVersion']).toBeUndefined();
    expect((internal.object as Record<string, unknown>)['kind']).toBeUndefined();
    expect(step(0, 'scheme.convertToExternal').objectType).toBe('v1.ConfigMap');
    expect(runs[0]!.response.status).toBe(201);
    expect(JSON.parse(runs[0]!.response.body)).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      data: { theme: 'dark' },
    });
  });

  it('answers kind Foo with 400: not registered in the legacy scheme, with no decode step', () => {
    expect(runs[1]!.response.status).toBe(400);
    expect(status(1)).toMatchObject({ reason: 'BadRequest', code: 400 });
    const message = status(1)['message'] as string;
    expect(message).toContain(
      'no kind "Foo" is registered for version "v1" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
    expect(message.startsWith('Foo in version "v1" cannot be handled as a ConfigMap: ')).toBe(true);
    expect(ids(1)).toContain('handler.readBody');
    expect(ids(1)).not.toContain('scheme.decode');
    expect(ids(1).at(-1)).toBe('exit.400');
    expect(runs[1]!.etcdAfter).toEqual(runs[1]!.etcdBefore);
  });

  it('answers apps/v1beta1 with 404 although the scheme registers it', () => {
    expect(runs[2]!.response.status).toBe(404);
    expect(status(2)).toMatchObject({
      reason: 'NotFound',
      message: 'the server could not find the requested resource',
    });
    expect(ids(2)).not.toContain('handler.readBody');
    expect(ids(2).at(-1)).toBe('exit.404');
    const apps = describeScheme(server.scheme).groups.find((g) => g.group === 'apps')!;
    const v1beta1 = apps.versions.find((v) => v.version === 'v1beta1')!;
    expect(v1beta1.kinds.map((k) => k.kind)).toContain('Deployment');
    expect(describeScheme(server.scheme).schemeName).toBe('pkg/api/legacyscheme/scheme.go:30');
  });

  it('serves apps/v1 only', async () => {
    const res = await server.handle({
      method: 'GET',
      path: '/apis/apps',
      headers: { Accept: 'application/json' },
    });
    const group = JSON.parse(res.body) as { versions: { version: string }[] };
    expect(group.versions.map((v) => v.version)).toEqual(['v1']);
  });
});
