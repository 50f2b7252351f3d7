// What lesson 7 tells the learner is what the engine does: who each request is, what RBAC decided and why, what
// each admission plugin changed, and who refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun, type TraceStep } from '../../engine';
import { applySetupStep } from '../_shared/scenario';
import { scenario } from './scenario';

interface PluginReport {
  plugin: string;
  patch?: { op: string; path: string; value?: unknown }[];
  error?: string;
  notes?: Record<string, unknown>[];
}

describe('lesson 07-three-gates', () => {
  const runs: RecordedRun[] = [];
  beforeAll(async () => {
    const server = createServerChain(scenario.config);
    for (const s of scenario.setup) {
      const r = await applySetupStep(server, s);
      if (r && r.status >= 300) throw new Error(`setup failed: ${r.status} ${r.body}`);
    }
    for (const { request } of scenario.requests) runs.push(await server.record(request));
  });
  const json = (i: number) => JSON.parse(runs[i]!.response.body) as Record<string, unknown>;
  const step = (i: number, id: string): TraceStep => {
    const s = runs[i]!.steps.find((x) => x.id === id);
    if (!s) throw new Error(`run ${i} has no step ${id}: ${runs[i]!.steps.map((x) => x.id).join(' ')}`);
    return s;
  };
  const plugins = (i: number, id: string) => step(i, id).details.plugins as PluginReport[];

  it('every run follows the statechart', () => {
    for (const r of runs) expect(r.violations).toEqual([]);
  });

  it('an unknown token: 401 Unauthorized, decided by authentication, before authorization runs', () => {
    expect(runs[0]!.response.status).toBe(401);
    expect(json(0)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
    expect(step(0, 'filter.authentication').details).toMatchObject({ authenticated: false });
    expect(runs[0]!.steps.map((s) => s.id)).not.toContain('filter.authorization');
  });

  it("jane's review: allowed to ask by system:basic-user, told she may not create pods", () => {
    expect(runs[1]!.response.status).toBe(201);
    expect(step(1, 'filter.authentication').details).toMatchObject({
      user: { name: 'jane', uid: '1001', groups: ['developers', 'system:authenticated'] },
    });
    expect(step(1, 'filter.authorization').details).toMatchObject({
      decision: 'allow',
      reason:
        'RBAC: allowed by ClusterRoleBinding "system:basic-user" of ClusterRole "system:basic-user" to Group "system:authenticated"',
    });
    expect(json(1)['status']).toEqual({ allowed: false });
  });

  it("jane's create without a binding: 403 with RBAC's message, nothing written", () => {
    expect(runs[2]!.response.status).toBe(403);
    expect(json(2)).toMatchObject({
      reason: 'Forbidden',
      message:
        'pods is forbidden: User "jane" cannot create resource "pods" in API group "" in the namespace "default"',
      details: { kind: 'pods' },
      code: 403,
    });
    expect(step(2, 'filter.authorization').details).toMatchObject({ decision: 'noOpinion', reason: '' });
    expect(runs[2]!.etcdAfter).toEqual(runs[2]!.etcdBefore);
  });

  it('the admin is a system:master: allowed before RBAC is asked, with no reason', () => {
    expect(runs[3]!.response.status).toBe(201);
    expect(step(3, 'filter.authorization').details).toMatchObject({ decision: 'allow', reason: '' });
    expect(json(3)).toMatchObject({ roleRef: { kind: 'ClusterRole', name: 'edit' } });
  });

  it("jane's second create: allowed by her RoleBinding, then changed by four mutating plugins", () => {
    expect(runs[4]!.response.status).toBe(201);
    expect(step(4, 'filter.authorization').details).toMatchObject({
      decision: 'allow',
      reason: 'RBAC: allowed by RoleBinding "jane-edit/default" of ClusterRole "edit" to User "jane"',
    });
    const mutating = plugins(4, 'admission.mutating');
    expect(mutating.map((p) => p.plugin)).toEqual([
      'NamespaceLifecycle',
      'LimitRanger',
      'ServiceAccount',
      'Priority',
      'DefaultTolerationSeconds',
      'MutatingAdmissionWebhook',
    ]);
    const byName = Object.fromEntries(mutating.map((p) => [p.plugin, p]));
    expect(byName['NamespaceLifecycle']!.patch).toBeUndefined();
    expect(byName['ServiceAccount']!.patch!.map((o) => o.path)).toContain('/spec/serviceAccountName');
    expect(byName['Priority']!.patch).toContainEqual({ op: 'add', path: '/spec/priority', value: 0 });
    expect(byName['DefaultTolerationSeconds']!.patch!.map((o) => o.path)).toContain('/spec/tolerations');
    expect(byName['MutatingAdmissionWebhook']!.patch).toEqual([
      { op: 'add', path: '/metadata/labels', value: { team: 'frontend' } },
    ]);
    const call = byName['MutatingAdmissionWebhook']!.notes![0]!;
    expect(call).toMatchObject({ webhook: 'team-labeler.kubewalk.dev' });

    const pod = json(4) as {
      metadata: { labels: Record<string, string> };
      spec: {
        serviceAccountName: string;
        volumes: { name: string }[];
        priority: number;
        tolerations: unknown[];
      };
    };
    expect(pod.metadata.labels).toEqual({ team: 'frontend' });
    expect(pod.spec.serviceAccountName).toBe('default');
    expect(pod.spec.volumes[0]!.name).toMatch(/^kube-api-access-[a-z0-9]{5}$/);
    expect(pod.spec.priority).toBe(0);
    expect(pod.spec.tolerations).toHaveLength(2);
    expect(plugins(4, 'admission.validating').every((p) => !p.error)).toBe(true);
  });

  it('nginx:latest: the validating webhook refuses, after mutation, and nothing is written', () => {
    const status = json(5);
    expect(runs[5]!.response.status).toBe(403);
    // ToStatusErr keeps the webhook's own Status: its code (403 here), and no reason since it gave none
    expect(status).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'admission webhook "image-policy.kubewalk.dev" denied the request: image "nginx:latest" is not pinned to a version',
      code: 403,
    });
    const refused = plugins(5, 'admission.validating').find((p) => p.error);
    expect(refused?.plugin).toBe('ValidatingAdmissionWebhook');
    expect(runs[5]!.etcdAfter).toEqual(runs[5]!.etcdBefore);
  });
});
