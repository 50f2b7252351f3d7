import { describe, expect, it } from 'vitest';
import { memoryInitialization, type ObjectsByResource } from '../../../../admission/testing/listers';
import { newAttributes } from '../../../../admission/testing/attributes';
import type { AdmissionClient } from '../../../../admission/initializer';
import type { Attributes } from '../../../../admission/interfaces';
import type { ResourceQuota, ResourceQuotaSpec } from '../../../../apis/core/resourcequota_types';
import type { PodObject } from '../../../../apis/core/pod_types';
import type { StatusError } from '../../../../api/errors/errors';
import { newConflict } from '../../../../api/errors/errors';
import { newResourceQuota, PluginName } from './admission';

const quota = (name: string, spec: ResourceQuotaSpec, status?: ResourceQuota['status']): ResourceQuota => ({
  metadata: { name, namespace: 'default', resourceVersion: '7' },
  spec,
  status: status ?? { hard: spec.hard, used: {} },
});

const pod = (
  name: string,
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> },
): PodObject => ({
  metadata: { name, namespace: 'default' },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ...(resources ? { resources } : {}) }] },
});

const configMapAttrs = (name: string) =>
  newAttributes({
    name,
    kind: { group: '', version: 'v1', kind: 'ConfigMap' },
    resource: { group: '', version: 'v1', resource: 'configmaps' },
    object: { metadata: { name, namespace: 'default' }, data: {} },
  });

interface Put {
  path: string;
  body: ResourceQuota;
}

function setup(objects: ObjectsByResource, fail?: () => Error | null) {
  const puts: Put[] = [];
  const client: AdmissionClient = {
    do<T>(method: string, path: string, body?: object): Promise<T> {
      expect(method).toBe('PUT');
      const err = fail?.();
      if (err) return Promise.reject(err);
      puts.push({ path, body: body as ResourceQuota });
      return Promise.resolve(body as T);
    },
  };
  const plugin = newResourceQuota(memoryInitialization(objects, { client }));
  return { plugin, puts };
}

async function refusal(p: Promise<void> | void): Promise<StatusError> {
  try {
    await p;
  } catch (e) {
    return e as StatusError;
  }
  throw new Error('expected a refusal');
}

describe('ResourceQuota admission', () => {
  it('is named ResourceQuota, validates only, and handles creates', () => {
    const { plugin } = setup({});
    expect(plugin.name).toBe(PluginName);
    expect(plugin.admit).toBeUndefined();
    expect(['CREATE', 'UPDATE', 'DELETE'].map((op) => plugin.handles(op as never))).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('allows a pod within quota and charges it to status.used with a PUT to the status subresource', async () => {
    const { plugin, puts } = setup({
      resourcequotas: [
        quota(
          'compute',
          { hard: { pods: '2', 'requests.cpu': '1' } },
          { hard: { pods: '2', 'requests.cpu': '1' }, used: { pods: '1', 'requests.cpu': '250m' } },
        ),
      ],
    });
    await plugin.validate!(newAttributes({ name: 'web', object: pod('web', { requests: { cpu: '500m' } }) }));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.path).toBe('/api/v1/namespaces/default/resourcequotas/compute/status');
    expect(puts[0]!.body).toMatchObject({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute', resourceVersion: '7' },
      status: { hard: { pods: '2', 'requests.cpu': '1' }, used: { pods: '2', 'requests.cpu': '750m' } },
    });
  });

  it.each<[string, Record<string, string>, Record<string, string>, PodObject, string]>([
    [
      'the pod count',
      { pods: '2' },
      { pods: '2' },
      pod('web'),
      'pods "web" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2',
    ],
    [
      'cpu and memory requests together',
      { 'requests.cpu': '1', 'requests.memory': '1Gi', pods: '10' },
      { 'requests.cpu': '800m', 'requests.memory': '768Mi', pods: '3' },
      pod('web', { requests: { cpu: '500m', memory: '512Mi' } }),
      'pods "web" is forbidden: exceeded quota: compute, requested: requests.cpu=500m,requests.memory=512Mi, used: requests.cpu=800m,requests.memory=768Mi, limited: requests.cpu=1,requests.memory=1Gi',
    ],
  ])('refuses a pod over %s with Go’s message and writes nothing', async (_name, hard, used, p, want) => {
    const { plugin, puts } = setup({ resourcequotas: [quota('compute', { hard }, { hard, used })] });
    const err = await refusal(plugin.validate!(newAttributes({ name: 'web', object: p })));
    expect(err.status.code).toBe(403);
    expect(err.message).toBe(want);
    expect(puts).toEqual([]);
  });

  it('refuses a pod whose containers do not state what a cpu/memory quota limits', async () => {
    const hard = { 'limits.cpu': '2', 'limits.memory': '2Gi', 'requests.cpu': '1' };
    const { plugin } = setup({
      resourcequotas: [
        quota(
          'compute',
          { hard },
          { hard, used: { 'limits.cpu': '0', 'limits.memory': '0', 'requests.cpu': '0' } },
        ),
      ],
    });
    const p = pod('web', { requests: { cpu: '100m' } });
    p.spec!.initContainers = [
      { name: 'init', image: 'busybox', resources: { limits: { cpu: '100m' }, requests: { cpu: '100m' } } },
    ];
    const err = await refusal(plugin.validate!(newAttributes({ name: 'web', object: p })));
    expect(err.message).toBe(
      'pods "web" is forbidden: failed quota: compute: must specify limits.cpu for: nginx; limits.memory for: init,nginx',
    );
  });

  it('refuses when a quota has no usage yet for what it limits', async () => {
    const { plugin } = setup({
      resourcequotas: [quota('compute', { hard: { pods: '2' } }, { hard: { pods: '2' } })],
    });
    const err = await refusal(plugin.validate!(newAttributes({ name: 'web', object: pod('web') })));
    expect(err.message).toBe('pods "web" is forbidden: status unknown for quota: compute, resources: pods');
  });

  it('counts configmaps by count/configmaps and the legacy name', async () => {
    const hard = { configmaps: '1', 'count/configmaps': '5' };
    const { plugin } = setup({
      resourcequotas: [
        quota('objects', { hard }, { hard, used: { configmaps: '1', 'count/configmaps': '1' } }),
      ],
    });
    const err = await refusal(plugin.validate!(configMapAttrs('cfg')));
    expect(err.message).toBe(
      'configmaps "cfg" is forbidden: exceeded quota: objects, requested: configmaps=1, used: configmaps=1, limited: configmaps=1',
    );
  });

  it('counts services and their load balancers', async () => {
    const hard = { services: '5', 'services.loadbalancers': '0' };
    const { plugin } = setup({
      resourcequotas: [
        quota('svc', { hard }, { hard, used: { services: '0', 'services.loadbalancers': '0' } }),
      ],
    });
    const attrs = newAttributes({
      name: 'lb',
      kind: { group: '', version: 'v1', kind: 'Service' },
      resource: { group: '', version: 'v1', resource: 'services' },
      object: {
        metadata: { name: 'lb', namespace: 'default' },
        spec: { type: 'LoadBalancer', ports: [{ port: 80 }] },
      },
    });
    const err = await refusal(plugin.validate!(attrs));
    expect(err.message).toBe(
      'services "lb" is forbidden: exceeded quota: svc, requested: services.loadbalancers=1, used: services.loadbalancers=0, limited: services.loadbalancers=0',
    );
  });

  it('does not write usage for a dry run', async () => {
    const { plugin, puts } = setup({
      resourcequotas: [
        quota('compute', { hard: { pods: '2' } }, { hard: { pods: '2' }, used: { pods: '0' } }),
      ],
    });
    await plugin.validate!(newAttributes({ name: 'web', object: pod('web'), dryRun: true }));
    expect(puts).toEqual([]);
  });

  it('skips quotas whose scopes do not match: a BestEffort quota ignores a pod with requests', async () => {
    const { plugin, puts } = setup({
      resourcequotas: [
        quota(
          'besteffort',
          { hard: { pods: '0' }, scopes: ['BestEffort'] },
          { hard: { pods: '0' }, used: { pods: '0' } },
        ),
      ],
    });
    await plugin.validate!(newAttributes({ name: 'web', object: pod('web', { requests: { cpu: '100m' } }) }));
    expect(puts).toEqual([]);
    const err = await refusal(plugin.validate!(newAttributes({ name: 'web', object: pod('web') })));
    expect(err.message).toBe(
      'pods "web" is forbidden: exceeded quota: besteffort, requested: pods=1, used: pods=0, limited: pods=0',
    );
  });

  it('stands in for the quota controller: a quota never synced gets status.hard and usage counted from storage', async () => {
    const existing = [pod('a', { requests: { cpu: '250m' } }), pod('b', { requests: { cpu: '250m' } })];
    existing.push({ ...pod('done'), status: { phase: 'Succeeded' } });
    const { plugin, puts } = setup({
      pods: existing,
      resourcequotas: [
        {
          metadata: { name: 'compute', namespace: 'default', resourceVersion: '3' },
          spec: { hard: { pods: '4', 'requests.cpu': '1' } },
          status: {},
        },
      ],
    });
    await plugin.validate!(newAttributes({ name: 'c', object: pod('c', { requests: { cpu: '100m' } }) }));
    expect(puts.map((p) => p.body.status)).toEqual([
      { hard: { pods: '4', 'requests.cpu': '1' }, used: { pods: '3', 'requests.cpu': '600m' } },
    ]);
    const err = await refusal(
      plugin.validate!(newAttributes({ name: 'd', object: pod('d', { requests: { cpu: '600m' } }) })),
    );
    expect(err.message).toBe(
      'pods "d" is forbidden: exceeded quota: compute, requested: requests.cpu=600m, used: requests.cpu=500m, limited: requests.cpu=1',
    );
  });

  it('retries a conflicting status update, then gives up with the conflict', async () => {
    let calls = 0;
    const conflict = () => {
      calls++;
      return newConflict(
        { group: '', resource: 'resourcequotas' },
        'compute',
        new Error('the object has been modified'),
      );
    };
    const { plugin } = setup(
      {
        resourcequotas: [
          quota('compute', { hard: { pods: '2' } }, { hard: { pods: '2' }, used: { pods: '0' } }),
        ],
      },
      conflict,
    );
    const err = await refusal(plugin.validate!(newAttributes({ name: 'web', object: pod('web') })));
    expect(err.status.code).toBe(409);
    expect(calls).toBe(3);
  });

  it('ignores namespaces without quotas, cluster-scoped objects and events', async () => {
    const { plugin, puts } = setup({
      resourcequotas: [
        quota('compute', { hard: { pods: '0' } }, { hard: { pods: '0' }, used: { pods: '0' } }),
      ],
    });
    const cases: Partial<Attributes>[] = [
      { namespace: 'other' },
      { namespace: '', resource: { group: '', version: 'v1', resource: 'namespaces' } },
      { resource: { group: '', version: 'v1', resource: 'events' } },
      { subresource: 'status' },
    ];
    for (const c of cases) await plugin.validate!(newAttributes({ name: 'web', object: pod('web'), ...c }));
    expect(puts).toEqual([]);
  });
});
