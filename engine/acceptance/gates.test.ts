// The gates end to end through the server chain: who may do what, and the concurrency limit that stands in
// for API Priority and Fairness at a teaching scale.
import { describe, expect, it } from 'vitest';
import { createServerChain, type HTTPRequest, type ServerConfig } from '../index';

const tokens = [
  { token: 'admin', name: 'kubernetes-admin', groups: ['system:masters'] },
  { token: 'jane', name: 'jane', uid: '1001', groups: ['developers'] },
];
const as = (token: string, method: string, path: string, body?: object): HTTPRequest => ({
  method,
  path,
  headers: {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
    ...(body ? { 'Content-Type': 'application/json' } : {}),
  },
  ...(body ? { body: JSON.stringify(body) } : {}),
});
const configMap = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });
const cms = '/api/v1/namespaces/default/configmaps';

describe('authentication', () => {
  const config: ServerConfig = { authentication: { tokens, anonymous: true }, authorizationModes: ['RBAC'] };

  it('anonymous requests are system:anonymous: allowed to read /version, forbidden elsewhere', async () => {
    const s = createServerChain(config);
    expect((await s.handle({ method: 'GET', path: '/version' })).status).toBe(200);
    const r = await s.handle({ method: 'GET', path: cms });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).message).toBe(
      'configmaps is forbidden: User "system:anonymous" cannot list resource "configmaps" in API group "" in the namespace "default"',
    );
  });

  it('a token nobody issued is 401 even with anonymous access on, and changes nothing', async () => {
    const s = createServerChain(config);
    await s.ready;
    const before = s.etcdDump();
    const r = await s.handle(as('forged', 'POST', cms, configMap('x')));
    expect(r.status).toBe(401);
    expect(s.etcdDump()).toEqual(before);
  });

  it('kubectl auth whoami: the SelfSubjectReview names the token user and its groups', async () => {
    const s = createServerChain(config);
    const r = await s.handle(
      as('jane', 'POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'SelfSubjectReview',
      }),
    );
    expect(r.status).toBe(201);
    expect(JSON.parse(r.body).status.userInfo).toEqual({
      username: 'jane',
      uid: '1001',
      groups: ['developers', 'system:authenticated'],
    });
  });
});

describe('impersonation', () => {
  it('needs the impersonate verb: jane may not, the admin may, and then acts as jane', async () => {
    const s = createServerChain({ authentication: { tokens }, authorizationModes: ['RBAC'] });
    const req = (token: string) => ({
      ...as(token, 'GET', cms),
      headers: { ...as(token, 'GET', cms).headers, 'Impersonate-User': 'jane' },
    });
    const denied = await s.handle(req('jane'));
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.body).message).toBe(
      'users "jane" is forbidden: User "jane" cannot impersonate resource "users" in API group "" at the cluster scope',
    );
    const asJane = await s.handle(req('admin'));
    expect(asJane.status).toBe(403);
    expect(JSON.parse(asJane.body).message).toContain('User "jane" cannot list resource "configmaps"');
  });
});

describe('max in flight (API priority and fairness at a teaching scale)', () => {
  it('a second mutating request while one is held gets the plain-text 429; system:masters are exempt', async () => {
    const s = createServerChain({
      authentication: { tokens },
      authorizationModes: ['AlwaysAllow'],
      maxMutatingRequestsInFlight: 1,
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atAdmission = new Promise<void>((r) => (reached = r));
    const first = s.record(as('jane', 'POST', cms, configMap('first')), {
      gate: async (step) => {
        if (step.id === 'admission.mutating') {
          reached();
          await held;
        }
      },
    });
    await atAdmission;
    const second = await s.handle(as('jane', 'POST', cms, configMap('second')));
    expect(second.status).toBe(429);
    expect(second.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(second.headers['Retry-After']).toBe('1');
    expect(second.body).toBe('Too many requests, please try again later.\n');
    expect((await s.handle(as('admin', 'POST', cms, configMap('admin')))).status).toBe(201);
    release();
    expect((await first).response.status).toBe(201);
    expect((await s.handle(as('jane', 'POST', cms, configMap('third')))).status).toBe(201);
  });
});

describe('admission', () => {
  it("AlwaysDeny refuses every write, the server's own start-up writes included", async () => {
    const s = createServerChain({ admissionPlugins: ['AlwaysDeny'] });
    await expect(s.ready).rejects.toThrow(
      'namespaces "kube-system" is forbidden: admission control is denying all modifications',
    );
    expect(s.etcdDump()).toEqual([]);
  });

  it('an unknown plugin name stops the server from starting', () => {
    expect(() => createServerChain({ admissionPlugins: ['NoSuchPlugin'] })).toThrow(
      'enable-admission-plugins plugin "NoSuchPlugin" is unknown',
    );
  });

  it('NamespaceLifecycle: no creates in a namespace that does not exist', async () => {
    const s = createServerChain({ admissionPlugins: ['NamespaceLifecycle'] });
    const r = await s.handle(as('x', 'POST', '/api/v1/namespaces/nowhere/configmaps', configMap('c')));
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body).message).toBe('namespaces "nowhere" not found');
  });

  it('ServiceAccount without the controller: the default account is missing, so Pods are refused', async () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] },
    };
    const bare = createServerChain({ admissionPlugins: ['ServiceAccount'] });
    const r = await bare.handle(as('x', 'POST', '/api/v1/namespaces/default/pods', pod));
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).message).toBe(
      'pods "p" is forbidden: error looking up service account default/default: serviceaccount "default" not found',
    );
    const withController = createServerChain({
      admissionPlugins: ['ServiceAccount'],
      controllers: ['serviceaccount'],
    });
    const ok = await withController.handle(as('x', 'POST', '/api/v1/namespaces/default/pods', pod));
    expect(ok.status).toBe(201);
    expect(JSON.parse(ok.body).spec.serviceAccountName).toBe('default');
  });
});

describe('LimitRanger and ResourceQuota through the chain', () => {
  const pod = (name: string) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
  });
  const pods = '/api/v1/namespaces/default/pods';

  it('a LimitRange fills in defaults; a quota refuses the pod over its count, and a delete gives it back', async () => {
    const s = createServerChain({
      admissionPlugins: ['LimitRanger', 'ResourceQuota'],
      controllers: ['resourcequota'],
    });
    const post = (path: string, body: object) => s.handle(as('x', 'POST', path, body));
    expect(
      (
        await post('/api/v1/namespaces/default/limitranges', {
          apiVersion: 'v1',
          kind: 'LimitRange',
          metadata: { name: 'defaults' },
          spec: {
            limits: [{ type: 'Container', default: { cpu: '500m' }, defaultRequest: { cpu: '250m' } }],
          },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await post('/api/v1/namespaces/default/resourcequotas', {
          apiVersion: 'v1',
          kind: 'ResourceQuota',
          metadata: { name: 'one-pod' },
          spec: { hard: { pods: '1' } },
        })
      ).status,
    ).toBe(201);

    const first = await post(pods, pod('a'));
    expect(first.status).toBe(201);
    const created = JSON.parse(first.body);
    expect(created.spec.containers[0].resources).toEqual({
      limits: { cpu: '500m' },
      requests: { cpu: '250m' },
    });
    expect(created.metadata.annotations['kubernetes.io/limit-ranger']).toBe(
      'LimitRanger plugin set: cpu request for container nginx; cpu limit for container nginx',
    );

    const second = await post(pods, pod('b'));
    expect(second.status).toBe(403);
    expect(JSON.parse(second.body).message).toBe(
      'pods "b" is forbidden: exceeded quota: one-pod, requested: pods=1, used: pods=1, limited: pods=1',
    );

    expect((await s.handle(as('x', 'DELETE', `${pods}/a`))).status).toBe(200);
    expect((await post(pods, pod('b'))).status).toBe(201);
  });
});

describe('namespaces', () => {
  it('have no deletecollection: DELETE on the collection is 405, and every namespace stays', async () => {
    const s = createServerChain();
    await s.ready;
    const before = s.etcdDump();
    const r = await s.handle({
      method: 'DELETE',
      path: '/api/v1/namespaces',
      headers: { Accept: 'application/json' },
    });
    expect(r.status).toBe(405);
    expect(JSON.parse(r.body).message).toBe(
      'the server does not allow this method on the requested resource',
    );
    expect(s.etcdDump()).toEqual(before);
    const discovery = JSON.parse((await s.handle({ method: 'GET', path: '/api/v1' })).body) as {
      resources: { name: string; verbs: string[] }[];
    };
    expect(discovery.resources.find((x) => x.name === 'namespaces')!.verbs).not.toContain('deletecollection');
  });
});
