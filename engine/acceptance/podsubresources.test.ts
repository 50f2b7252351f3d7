// pods/log is GET-only and pods/binding (and bindings) create-only: the installer gives each path exactly the
// verbs its storage implements.
import { describe, expect, it } from 'vitest';
import { newTestServer, pod } from '../testing/server';

const pods = '/api/v1/namespaces/default/pods';
const binding = (name: string, node: string) => ({
  apiVersion: 'v1',
  kind: 'Binding',
  metadata: { name },
  target: { apiVersion: 'v1', kind: 'Node', name: node },
});

describe('pod subresources', () => {
  it('are listed in discovery with only the verbs their storage allows', async () => {
    const t = await newTestServer();
    const resources = (await t.get('/api/v1')).json.resources as {
      name: string;
      kind: string;
      verbs: string[];
    }[];
    const find = (name: string) => resources.find((r) => r.name === name);
    expect(find('pods/log')).toMatchObject({ kind: 'Pod', verbs: ['get'] });
    expect(find('pods/binding')).toMatchObject({ kind: 'Binding', verbs: ['create'] });
    expect(find('bindings')).toMatchObject({ kind: 'Binding', verbs: ['create'] });
  });

  it('binding sets spec.nodeName and the PodScheduled condition, once', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('web'));
    const r = await t.post(`${pods}/web/binding`, binding('web', 'worker-1'));
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success' });
    const bound = (await t.get(`${pods}/web`)).json as {
      spec: { nodeName: string };
      status: { conditions: unknown[] };
    };
    expect(bound.spec.nodeName).toBe('worker-1');
    expect(bound.status.conditions).toEqual([
      {
        type: 'PodScheduled',
        status: 'True',
        lastProbeTime: null,
        lastTransitionTime: '2025-08-27T10:00:00Z',
      },
    ]);
    const again = await t.post(`${pods}/web/binding`, binding('web', 'worker-2'));
    expect(again.status).toBe(409);
    expect(again.json.message).toBe(
      'Operation cannot be fulfilled on pods/binding "web": pod web is already assigned to node "worker-1"',
    );
  });

  it('the top-level bindings resource binds the Pod its Binding names; bad bindings are 422', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('legacy'));
    expect((await t.post('/api/v1/namespaces/default/bindings', binding('legacy', 'worker-1'))).status).toBe(
      201,
    );
    const bad = await t.post('/api/v1/namespaces/default/bindings', {
      ...binding('legacy', ''),
      target: { kind: 'Pod' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.message).toBe(
      'Binding "legacy" is invalid: [target.kind: Unsupported value: "Pod": supported values: "Node", "<empty>", target.name: Required value]',
    );
    expect((await t.get('/api/v1/namespaces/default/bindings')).status).toBe(405);
  });

  it('log of an unscheduled Pod is an empty text stream; a missing container name is a 400', async () => {
    const t = await newTestServer();
    await t.post(pods, pod('logs'));
    const r = await t.get(`${pods}/logs/log`);
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe('text/plain');
    expect(r.body).toBe('');
    const bad = await t.get(`${pods}/logs/log?container=sidecar`);
    expect(bad.status).toBe(400);
    expect(bad.json.message).toBe('container sidecar is not valid for pod logs');
    expect((await t.request('POST', `${pods}/logs/log`, {})).status).toBe(405);
  });
});
