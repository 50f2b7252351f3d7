// A fresh cluster: what exists before the first request, as on a real kube-apiserver.
import { describe, expect, it } from 'vitest';
import { newTestServer } from '../testing/server';

describe('a fresh server chain', () => {
  it('holds the system namespaces, default, and the kubernetes Service on 10.96.0.1', async () => {
    const t = await newTestServer();
    const namespaces = (await t.get('/api/v1/namespaces')).json.items as {
      metadata: { name: string };
      status: unknown;
    }[];
    expect(namespaces.map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
    expect(namespaces[0]!.status).toEqual({ phase: 'Active' });
    const svc = await t.get('/api/v1/namespaces/default/services/kubernetes');
    expect(svc.json.metadata).toMatchObject({ labels: { component: 'apiserver', provider: 'kubernetes' } });
    expect(svc.json.spec).toMatchObject({
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
    });
  });

  it('registers a local, available APIService per served group version', async () => {
    const t = await newTestServer();
    const list = (await t.get('/apis/apiregistration.k8s.io/v1/apiservices')).json.items as {
      metadata: { name: string };
      status: { conditions: { type: string; status: string; reason: string }[] };
    }[];
    expect(list.map((a) => a.metadata.name)).toEqual([
      'v1.',
      'v1.admissionregistration.k8s.io',
      'v1.apiextensions.k8s.io',
      'v1.apps',
      'v1.authentication.k8s.io',
      'v1.authorization.k8s.io',
      'v1.rbac.authorization.k8s.io',
    ]);
    for (const a of list)
      expect(a.status.conditions[0]).toMatchObject({ type: 'Available', status: 'True', reason: 'Local' });
    const groups = ((await t.get('/apis')).json.groups as { name: string }[]).map((g) => g.name);
    // apiregistration.k8s.io first, then by groupPriorityMinimum: 17800, 17700, 17600, 17000, 16700, 16700
    // (the tie by APIService name: v1.admissionregistration.k8s.io < v1.apiextensions.k8s.io)
    expect(groups).toEqual([
      'apiregistration.k8s.io',
      'apps',
      'authentication.k8s.io',
      'authorization.k8s.io',
      'rbac.authorization.k8s.io',
      'admissionregistration.k8s.io',
      'apiextensions.k8s.io',
    ]);
  });

  it('is deterministic: two servers with the same seed answer with the same bytes', async () => {
    const a = await newTestServer({ seed: 7 });
    const b = await newTestServer({ seed: 7 });
    const body = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'cm-' }, data: { k: 'v' } };
    const ra = await a.post('/api/v1/namespaces/default/configmaps', body);
    const rb = await b.post('/api/v1/namespaces/default/configmaps', body);
    expect(ra.body).toBe(rb.body);
    expect(ra.headers).toEqual(rb.headers);
  });
});
