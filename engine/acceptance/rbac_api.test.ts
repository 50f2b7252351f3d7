// The rbac.authorization.k8s.io/v1 API: stored Roles, ClusterRoles and their bindings, defaults, validation
// errors, roleRef immutability, Table columns, etcd keys, and the bootstrap policy.
import { beforeAll, describe, expect, it } from 'vitest';
import { LoopbackClient } from '../aggregator/client/loopback';
import { ensureRBACPolicy } from '../registry/rbac/rest/storage_rbac';
import { newTestServer, type TestServer } from '../testing/server';

const rbac = '/apis/rbac.authorization.k8s.io/v1';

const role = (
  name: string,
  rules: unknown[] = [{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }],
) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { name },
  rules,
});

const roleBinding = (name: string, roleRef: Record<string, unknown>, subjects: unknown[]) => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'RoleBinding',
  metadata: { name },
  subjects,
  roleRef,
});

/** The lead registers ensureRBACPolicy as a PostStartHook; here it runs through a loopback client itself. */
const loopback = (t: TestServer) =>
  new LoopbackClient(() => t.server.aggregator.genericAPIServer.handler.fullHandlerChain);

async function withPolicy(): Promise<TestServer> {
  const t = await newTestServer();
  await ensureRBACPolicy(loopback(t));
  return t;
}

describe('Roles and RoleBindings', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await newTestServer();
  });

  it('create a Role (201) and read it back, stored under /registry/roles/<ns>/<name>', async () => {
    const r = await t.post(`${rbac}/namespaces/default/roles`, role('pod-reader'));
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      kind: 'Role',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: 'pod-reader', namespace: 'default' },
      rules: [{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }],
    });
    const got = await t.get(`${rbac}/namespaces/default/roles/pod-reader`);
    expect(got.status).toBe(200);
    expect(got.json.rules).toEqual([{ verbs: ['get'], apiGroups: [''], resources: ['pods'] }]);
    const keys = t.server.etcdDump().map((kv) => kv.key);
    expect(keys).toContain('/registry/roles/default/pod-reader');
  });

  it('a Role without rules encodes "rules": null (the field has no omitempty)', async () => {
    const r = await t.post(`${rbac}/namespaces/default/roles`, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'empty' },
    });
    expect(r.status).toBe(201);
    expect(r.body).toContain('"rules":null');
  });

  it('a RoleBinding gets the roleRef and User/Group apiGroup defaults, and none for ServiceAccounts', async () => {
    const r = await t.post(
      `${rbac}/namespaces/default/rolebindings`,
      roleBinding('read-pods', { kind: 'Role', name: 'pod-reader' }, [
        { kind: 'User', name: 'jane' },
        { kind: 'Group', name: 'devs' },
        { kind: 'ServiceAccount', name: 'default', namespace: 'default' },
      ]),
    );
    expect(r.status).toBe(201);
    expect(r.json.roleRef).toEqual({
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: 'pod-reader',
    });
    expect(r.json.subjects).toEqual([
      { kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' },
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'devs' },
      { kind: 'ServiceAccount', name: 'default', namespace: 'default' },
    ]);
    const keys = t.server.etcdDump().map((kv) => kv.key);
    expect(keys).toContain('/registry/rolebindings/default/read-pods');
  });

  it('changing roleRef is a 422 and leaves the binding as it was', async () => {
    const got = await t.get(`${rbac}/namespaces/default/rolebindings/read-pods`);
    const changed = {
      ...got.json,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    };
    const r = await t.put(`${rbac}/namespaces/default/rolebindings/read-pods`, changed);
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'RoleBinding.rbac.authorization.k8s.io "read-pods" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef',
    );
    expect(r.json.details).toMatchObject({
      name: 'read-pods',
      group: 'rbac.authorization.k8s.io',
      kind: 'RoleBinding',
      causes: [{ reason: 'FieldValueInvalid', field: 'roleRef' }],
    });
    const after = await t.get(`${rbac}/namespaces/default/rolebindings/read-pods`);
    expect((after.json.roleRef as { name: string }).name).toBe('pod-reader');
  });

  it('updating the subjects of a binding is fine', async () => {
    const got = await t.get(`${rbac}/namespaces/default/rolebindings/read-pods`);
    const r = await t.put(`${rbac}/namespaces/default/rolebindings/read-pods`, {
      ...got.json,
      subjects: [{ kind: 'User', name: 'joe' }],
    });
    expect(r.status).toBe(200);
    expect(r.json.subjects).toEqual([{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'joe' }]);
  });

  it.each<[string, string, unknown, string]>([
    [
      'a rule without verbs',
      'roles',
      role('no-verbs', [{ apiGroups: [''], resources: ['pods'] }]),
      'Role.rbac.authorization.k8s.io "no-verbs" is invalid: rules[0].verbs: Required value: verbs must contain at least one value',
    ],
    [
      'a namespaced rule on a non-resource URL',
      'roles',
      role('urls', [{ verbs: ['get'], nonResourceURLs: ['/healthz'] }]),
      'Role.rbac.authorization.k8s.io "urls" is invalid: rules[0].nonResourceURLs: Invalid value: []string{"/healthz"}: namespaced rules cannot apply to non-resource URLs',
    ],
    [
      'a roleRef of an unknown kind',
      'rolebindings',
      roleBinding('bad-kind', { kind: 'Pod', name: 'x' }, []),
      'RoleBinding.rbac.authorization.k8s.io "bad-kind" is invalid: roleRef.kind: Unsupported value: "Pod": supported values: "Role", "ClusterRole"',
    ],
    [
      'a ServiceAccount subject with an apiGroup',
      'rolebindings',
      roleBinding('sa-group', { kind: 'Role', name: 'x' }, [
        { kind: 'ServiceAccount', apiGroup: 'rbac.authorization.k8s.io', name: 'default' },
      ]),
      'RoleBinding.rbac.authorization.k8s.io "sa-group" is invalid: subjects[0].apiGroup: Unsupported value: "rbac.authorization.k8s.io": supported values: ""',
    ],
  ])('%s is a 422 and is not stored', async (_name, resource, body, message) => {
    const r = await t.post(`${rbac}/namespaces/default/${resource}`, body);
    expect(r.status).toBe(422);
    expect(r.json.reason).toBe('Invalid');
    expect(r.json.message).toBe(message);
    const name = (body as { metadata: { name: string } }).metadata.name;
    expect((await t.get(`${rbac}/namespaces/default/${resource}/${name}`)).status).toBe(404);
  });

  it('a Role list as Table has the default columns Name and Created At', async () => {
    const r = await t.get(`${rbac}/namespaces/default/roles`, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io',
    });
    expect(r.status).toBe(200);
    const cols = (r.json.columnDefinitions as { name: string; type: string }[]).map(
      (c) => `${c.name}:${c.type}`,
    );
    expect(cols).toEqual(['Name:string', 'Created At:date']);
    const rows = r.json.rows as { cells: unknown[] }[];
    expect(rows.map((row) => row.cells[0])).toContain('pod-reader');
  });

  it('a RoleBinding as Table has Name, Role, Age and the wide subject columns', async () => {
    const r = await t.get(`${rbac}/namespaces/default/rolebindings/read-pods`, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io',
    });
    expect(r.status).toBe(200);
    const cols = (r.json.columnDefinitions as { name: string; priority: number }[]).map(
      (c) => `${c.name}${c.priority ? '*' : ''}`,
    );
    expect(cols).toEqual(['Name', 'Role', 'Age', 'Users*', 'Groups*', 'ServiceAccounts*']);
    const cells = (r.json.rows as { cells: unknown[] }[])[0]!.cells;
    expect(cells[0]).toBe('read-pods');
    expect(cells[1]).toBe('Role/pod-reader');
    expect(cells.slice(3)).toEqual(['joe', '', '']);
  });
});

describe('ClusterRoles and ClusterRoleBindings', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await withPolicy();
  });

  it('the bootstrap policy is listed, labelled and annotated, with view holding the aggregated rules', async () => {
    const r = await t.get(`${rbac}/clusterroles`);
    expect(r.status).toBe(200);
    expect(r.json.kind).toBe('ClusterRoleList');
    const items = r.json.items as {
      metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
      rules: { resources?: string[] }[];
      aggregationRule?: unknown;
    }[];
    const names = items.map((i) => i.metadata.name);
    for (const name of [
      'cluster-admin',
      'admin',
      'edit',
      'view',
      'system:discovery',
      'system:basic-user',
      'system:public-info-viewer',
    ]) {
      expect(names).toContain(name);
    }
    const view = items.find((i) => i.metadata.name === 'view')!;
    expect(view.metadata.labels).toEqual({
      'kubernetes.io/bootstrapping': 'rbac-defaults',
      'rbac.authorization.k8s.io/aggregate-to-edit': 'true',
    });
    expect(view.metadata.annotations).toEqual({ 'rbac.authorization.kubernetes.io/autoupdate': 'true' });
    expect(view.aggregationRule).toEqual({
      clusterRoleSelectors: [{ matchLabels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }],
    });
    const viewResources = view.rules.flatMap((rule) => rule.resources ?? []);
    expect(viewResources).toEqual(expect.arrayContaining(['pods', 'pods/log', 'configmaps', 'deployments']));
    expect(viewResources).not.toContain('secrets');
    expect(t.server.etcdDump().map((kv) => kv.key)).toContain('/registry/clusterroles/cluster-admin');
  });

  it('the bootstrap bindings bind the right groups', async () => {
    const r = await t.get(`${rbac}/clusterrolebindings/system:public-info-viewer`);
    expect(r.status).toBe(200);
    expect(r.json.subjects).toEqual([
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated' },
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:unauthenticated' },
    ]);
    const admin = await t.get(`${rbac}/clusterrolebindings/cluster-admin`);
    expect(admin.json.subjects).toEqual([
      { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:masters' },
    ]);
    expect(t.server.etcdDump().map((kv) => kv.key)).toContain('/registry/clusterrolebindings/cluster-admin');
  });

  it('running the hook again keeps what exists (409s are skipped)', async () => {
    const before = t.server.etcd.currentRevision();
    await ensureRBACPolicy(loopback(t));
    expect(t.server.etcd.currentRevision()).toBe(before);
  });

  it('a ClusterRoleBinding must name a ClusterRole and give ServiceAccount subjects a namespace', async () => {
    const r = await t.post(`${rbac}/clusterrolebindings`, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'bad' },
      roleRef: { kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'default' }],
    });
    expect(r.status).toBe(422);
    expect(r.json.message).toBe(
      'ClusterRoleBinding.rbac.authorization.k8s.io "bad" is invalid: [roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole", subjects[0].namespace: Required value]',
    );
  });

  it('a ClusterRoleBinding as Table shows Role as ClusterRole/<name> and the groups', async () => {
    const r = await t.get(`${rbac}/clusterrolebindings/system:discovery`, {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io',
    });
    const cells = (r.json.rows as { cells: unknown[] }[])[0]!.cells;
    expect(cells[1]).toBe('ClusterRole/system:discovery');
    expect(cells[4]).toBe('system:authenticated');
  });
});
