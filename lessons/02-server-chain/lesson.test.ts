// What lesson 2 tells the learner is what the engine does.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun } from '../../engine';
import { applySetupStep } from '../_shared/scenario';
import { serverChain as lesson } from './index';

describe('lesson 02-server-chain', () => {
  const runs: RecordedRun[] = [];
  beforeAll(async () => {
    const server = createServerChain(lesson.scenario.config);
    for (const step of lesson.scenario.setup) await applySetupStep(server, step);
    for (const { request } of lesson.scenario.requests) runs.push(await server.record(request));
  });
  const chain = (i: number) => runs[i]!.steps.filter((s) => s.group === 'chain').map((s) => s.id);

  it('runs the filters once, all in the aggregator', () => {
    for (const run of runs) {
      const filters = run.steps.filter((s) => s.group === 'filter');
      expect(filters.filter((s) => s.id === 'filter.authentication')).toHaveLength(1);
      expect(new Set(filters.map((s) => s.server))).toEqual(new Set(['kube-aggregator']));
    }
  });

  it('serves the Pod from kube-apiserver: 200', () => {
    expect(runs[0]!.response.status).toBe(200);
    expect(chain(0)).toEqual(['chain.aggregator', 'chain.kubeAPIServer']);
    expect(JSON.parse(runs[0]!.response.body)).toMatchObject({ kind: 'Pod', metadata: { name: 'nginx' } });
  });

  it('falls through every server to a plain-text 404', () => {
    expect(runs[1]!.response.status).toBe(404);
    expect(chain(1)).toEqual([
      'chain.aggregator',
      'chain.kubeAPIServer',
      'chain.apiextensions',
      'chain.notFound',
    ]);
    expect(runs[1]!.response.headers['Content-Type']).toMatch(/^text\/plain/);
    expect(runs[1]!.response.body.trim()).toBe('404 page not found');
  });

  it('answers GET /apis in the aggregator itself: 200, apiregistration.k8s.io first', () => {
    expect(runs[2]!.response.status).toBe(200);
    expect(chain(2)).toEqual(['chain.aggregator']);
    const list = JSON.parse(runs[2]!.response.body) as { kind: string; groups: { name: string }[] };
    expect(list.kind).toBe('APIGroupList');
    expect(list.groups[0]!.name).toBe('apiregistration.k8s.io');
    expect(list.groups.map((g) => g.name)).toEqual([
      'apiregistration.k8s.io',
      'apps',
      'authentication.k8s.io',
      'authorization.k8s.io',
      'rbac.authorization.k8s.io',
      'admissionregistration.k8s.io',
      'apiextensions.k8s.io',
    ]);
  });
});
