// The aggregator end to end, through createServerChain().handle(): its own apiregistration.k8s.io/v1 group,
// the APIServices autoregistered at start-up, discovery computed from them, and the proxy paths they own.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type ServerChain } from '../index';
import type { HTTPResponse } from '../controlplane/request';

const apiservices = '/apis/apiregistration.k8s.io/v1/apiservices';
const json = <T = unknown>(r: HTTPResponse) => JSON.parse(r.body) as T;

interface Condition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}
interface APIServiceDoc {
  metadata: {
    name: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    managedFields?: unknown[];
  };
  spec: { service?: unknown; versionPriority?: number; [field: string]: unknown };
  status: { conditions?: Condition[] };
}
interface ListDoc {
  kind: string;
  apiVersion: string;
  items: APIServiceDoc[];
}
interface TableDoc {
  columnDefinitions: { name: string; description: string }[];
  rows: { cells: unknown[] }[];
}
interface GroupListDoc {
  groups: { name: string }[];
}
interface GroupDoc {
  versions: unknown[];
  preferredVersion: unknown;
}
interface StatusDoc {
  message: string;
}
interface ServiceDoc {
  spec: { ports: { port: number }[] };
}
const groupNames = (r: HTTPResponse) => json<GroupListDoc>(r).groups.map((g) => g.name);
const itemNames = (r: HTTPResponse) => json<ListDoc>(r).items.map((i) => i.metadata.name);

function client(s: ServerChain) {
  const req = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    s.handle({
      method,
      path,
      headers: { ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  return {
    get: (path: string, headers?: Record<string, string>) => req('GET', path, undefined, headers),
    post: (path: string, body: unknown) => req('POST', path, body),
    put: (path: string, body: unknown) => req('PUT', path, body),
    delete: (path: string) => req('DELETE', path),
  };
}

/** Lets the informer and the controllers catch up with a write (they react asynchronously, as in Go). */
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await probe();
  for (let i = 0; i < 50 && !ok(v); i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    v = await probe();
  }
  return v;
}

const apiService = (name: string, spec: Record<string, unknown>) => ({
  apiVersion: 'apiregistration.k8s.io/v1',
  kind: 'APIService',
  metadata: { name },
  spec,
});

const gv = (group: string, version: string) => ({ groupVersion: `${group}/${version}`, version });
const group = (name: string) => ({ name, versions: [gv(name, 'v1')], preferredVersion: gv(name, 'v1') });
/** the local APIServices start-up registers, in name order (as a list returns them: sorted by etcd key) */
const startupAPIServices = [
  'v1.',
  'v1.admissionregistration.k8s.io',
  'v1.apiextensions.k8s.io',
  'v1.apps',
  'v1.authentication.k8s.io',
  'v1.authorization.k8s.io',
  'v1.rbac.authorization.k8s.io',
];
/** /apis after apiregistration.k8s.io, by groupPriorityMinimum descending, ties by APIService name */
const servedGroups = [
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'rbac.authorization.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
];
const localAvailable = {
  type: 'Available',
  status: 'True',
  lastTransitionTime: '2025-08-27T10:00:00Z',
  reason: 'Local',
  message: 'Local APIServices are always available',
};

describe('start-up', () => {
  let s: ServerChain;
  beforeAll(async () => {
    s = createServerChain();
    await s.ready;
  });

  it('runs the post-start hooks in the order a real /readyz lists them', () => {
    expect(s.postStartHooks.map((h) => h.name)).toEqual([
      'start-system-namespaces-controller',
      'bootstrap-controller',
      'start-kube-aggregator-informers',
      'apiservice-status-local-available-controller',
      'apiservice-status-remote-available-controller',
      'apiservice-registration-controller',
      'kube-apiserver-autoregistration',
      'autoregister-completion',
    ]);
  });

  it('GET /apis lists apiregistration.k8s.io first, then the APIService groups, never the core group', async () => {
    const r = await client(s).get('/apis');
    expect(r.status).toBe(200);
    expect(json(r)).toEqual({
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [
        {
          name: 'apiregistration.k8s.io',
          versions: [gv('apiregistration.k8s.io', 'v1')],
          preferredVersion: gv('apiregistration.k8s.io', 'v1'),
        },
        // then by groupPriorityMinimum: apps 17800, authentication 17700, authorization 17600, rbac 17000,
        // admissionregistration 16700 and apiextensions 16700 (DefaultGenericAPIServicePriorities); the tie
        // goes by APIService name, v1.admissionregistration.k8s.io < v1.apiextensions.k8s.io
        group('apps'),
        group('authentication.k8s.io'),
        group('authorization.k8s.io'),
        group('rbac.authorization.k8s.io'),
        group('admissionregistration.k8s.io'),
        group('apiextensions.k8s.io'),
      ],
    });
  });

  it('autoregisters a local APIService per delegate group-version, labelled onstart and Available', async () => {
    const r = await client(s).get(apiservices);
    expect(r.status).toBe(200);
    const list = json<ListDoc>(r);
    expect(list.kind).toBe('APIServiceList');
    expect(list.apiVersion).toBe('apiregistration.k8s.io/v1');
    // no v1.apiregistration.k8s.io: the aggregator serves that group itself ("we'll never have a registered
    // APIService for it")
    expect(itemNames(r)).toEqual(startupAPIServices);
    const core = list.items.find((i) => i.metadata.name === 'v1.')!;
    const apps = list.items.find((i) => i.metadata.name === 'v1.apps')!;
    expect(core.metadata.labels).toEqual({ 'kube-aggregator.kubernetes.io/automanaged': 'onstart' });
    expect(core.spec).toEqual({
      service: null,
      version: 'v1',
      groupPriorityMinimum: 18000,
      versionPriority: 1,
    });
    expect(core.status).toEqual({ conditions: [localAvailable] });
    expect(apps.spec).toEqual({
      service: null,
      group: 'apps',
      version: 'v1',
      groupPriorityMinimum: 17800,
      versionPriority: 15,
    });
    expect(apps.status).toEqual({ conditions: [localAvailable] });
    // written through the loopback client: the manager is the kube-apiserver user agent's first word
    expect(apps.metadata.managedFields).toEqual([
      {
        manager: 'kube-apiserver',
        operation: 'Update',
        apiVersion: 'apiregistration.k8s.io/v1',
        time: '2025-08-27T10:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: {
          'f:metadata': { 'f:labels': { '.': {}, 'f:kube-aggregator.kubernetes.io/automanaged': {} } },
          'f:spec': { 'f:group': {}, 'f:groupPriorityMinimum': {}, 'f:version': {}, 'f:versionPriority': {} },
        },
      },
    ]);
    // encoded Go's way: `service` has no omitempty
    expect(r.body).toContain(
      '"spec":{"service":null,"group":"apps","version":"v1","groupPriorityMinimum":17800,"versionPriority":15}',
    );
  });

  it('gets the legacy APIService by its name, `v1.`', async () => {
    const r = await client(s).get(`${apiservices}/v1.`);
    expect(r.status).toBe(200);
    expect(json<APIServiceDoc>(r).metadata.name).toBe('v1.');
  });

  it('stores APIServices under /registry/apiregistration.k8s.io/apiservices as apiregistration.k8s.io/v1', () => {
    const kv = s.etcdDump().find((e) => e.key === '/registry/apiregistration.k8s.io/apiservices/v1.apps');
    expect(kv).toBeDefined();
    expect(JSON.parse(kv!.value)).toMatchObject({
      kind: 'APIService',
      apiVersion: 'apiregistration.k8s.io/v1',
    });
  });

  it('GET /apis/apps and /apis/apiregistration.k8s.io return the APIGroups', async () => {
    expect(json(await client(s).get('/apis/apps'))).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'apps',
      versions: [gv('apps', 'v1')],
      preferredVersion: gv('apps', 'v1'),
    });
    expect(json(await client(s).get('/apis/apiregistration.k8s.io'))).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'apiregistration.k8s.io',
      versions: [gv('apiregistration.k8s.io', 'v1')],
      preferredVersion: gv('apiregistration.k8s.io', 'v1'),
    });
  });

  it('serves apiservices and apiservices/status, cluster-scoped, in category api-extensions', async () => {
    const r = json<{ resources: unknown[] }>(await client(s).get('/apis/apiregistration.k8s.io/v1'));
    expect(r.resources).toEqual([
      {
        name: 'apiservices',
        singularName: 'apiservice',
        namespaced: false,
        kind: 'APIService',
        verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
        categories: ['api-extensions'],
        storageVersionHash: expect.any(String),
      },
      {
        name: 'apiservices/status',
        singularName: '',
        namespaced: false,
        kind: 'APIService',
        verbs: ['get', 'patch', 'update'],
      },
    ]);
  });

  it('prints the Name, Service, Available and Age columns', async () => {
    const r = await client(s).get(apiservices, { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' });
    const table = json<TableDoc>(r);
    expect(table.columnDefinitions.map((c) => c.name)).toEqual(['Name', 'Service', 'Available', 'Age']);
    expect(table.columnDefinitions[1]!.description).toBe(
      'The reference to the service that hosts this API endpoint.',
    );
    expect(table.columnDefinitions[2]!.description).toBe('Whether this service is available.');
    expect(table.rows.map((row) => row.cells)).toEqual(
      startupAPIServices.map((name) => [name, 'Local', 'True', '0s']),
    );
  });

  it('watches APIServices like any other resource', async () => {
    const frames = [];
    for await (const frame of s.watch({ method: 'GET', path: `${apiservices}?watch=true` })) {
      frames.push(frame);
      if (frames.length === startupAPIServices.length) break;
    }
    expect(frames.map((f) => [f.type, (f.object.metadata as { name: string }).name])).toEqual(
      startupAPIServices.map((name) => ['ADDED', name]),
    );
  });

  it('keeps the delegates reachable behind the local APIServices', async () => {
    expect((await client(s).get('/api/v1/namespaces/default/configmaps')).status).toBe(200);
    expect((await client(s).get('/apis/apps/v1/namespaces/default/deployments')).status).toBe(200);
  });
});

it('lists apps/v1beta1 after apps/v1 when it is served (versionPriority 15 > 1)', async () => {
  const s = createServerChain({ serveAppsV1beta1: true });
  const apps = json<GroupDoc>(await client(s).get('/apis/apps'));
  expect(apps.versions).toEqual([gv('apps', 'v1'), gv('apps', 'v1beta1')]);
  expect(apps.preferredVersion).toEqual(gv('apps', 'v1'));
  const names = itemNames(await client(s).get(apiservices));
  expect(names).toEqual([...startupAPIServices, 'v1beta1.apps']);
});

describe('APIServices created through the API', () => {
  it("refuses a name other than <version>.<group> with Go's 422", async () => {
    const s = createServerChain();
    const r = await client(s).post(
      apiservices,
      apiService('foo', {
        group: 'example.com',
        version: 'v1',
        groupPriorityMinimum: 100,
        versionPriority: 10,
      }),
    );
    expect(r.status).toBe(422);
    expect(json(r)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'APIService.apiregistration.k8s.io "foo" is invalid: metadata.name: Invalid value: "foo": must be `spec.version+"."+spec.group`: "v1.example.com"',
      reason: 'Invalid',
      details: {
        name: 'foo',
        group: 'apiregistration.k8s.io',
        kind: 'APIService',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message: 'Invalid value: "foo": must be `spec.version+"."+spec.group`: "v1.example.com"',
            field: 'metadata.name',
          },
        ],
      },
      code: 422,
    });
  });

  it('refuses a v1beta1 body at the v1 endpoint: the scheme knows the version, the endpoint does not take it', async () => {
    const s = createServerChain();
    const body = {
      ...apiService('v1.example.com', {
        group: 'example.com',
        version: 'v1',
        groupPriorityMinimum: 100,
        versionPriority: 10,
      }),
      apiVersion: 'apiregistration.k8s.io/v1beta1',
    };
    const r = await client(s).post(apiservices, body);
    expect(r.status).toBe(400);
    expect(json<StatusDoc>(r).message).toBe(
      'the API version in the data (apiregistration.k8s.io/v1beta1) does not match the expected API version (apiregistration.k8s.io/v1)',
    );
  });

  it('a remote APIService: port defaulted, ServiceNotFound, 503 `service unavailable`, listed in /apis by priority', async () => {
    const s = createServerChain();
    const c = client(s);
    expect((await c.get('/apis/metrics.k8s.io/v1beta1')).body).toBe('404 page not found\n');
    const created = await c.post(
      apiservices,
      apiService('v1beta1.metrics.k8s.io', {
        service: { namespace: 'kube-system', name: 'metrics-server' },
        group: 'metrics.k8s.io',
        version: 'v1beta1',
        insecureSkipTLSVerify: true,
        groupPriorityMinimum: 100,
        versionPriority: 100,
        status: { conditions: [{ type: 'Available', status: 'True' }] },
      }),
    );
    expect(created.status).toBe(201);
    // the port defaults to 443; a create never keeps a client's status, and a remote one gets no condition
    expect(json<APIServiceDoc>(created).spec.service).toEqual({
      namespace: 'kube-system',
      name: 'metrics-server',
      port: 443,
    });
    expect(json<APIServiceDoc>(created).status).toEqual({});

    const r = await eventually(
      () => c.get('/apis/metrics.k8s.io/v1beta1'),
      (x) => x.status === 503,
    );
    expect(r.status).toBe(503);
    expect(r.headers['Content-Type']).toBe('text/plain; charset=utf-8');
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(r.body).toBe('service unavailable\n');
    expect((await c.get('/apis/metrics.k8s.io/v1beta1/nodes')).body).toBe('service unavailable\n');

    const got = await eventually(
      () => c.get(`${apiservices}/v1beta1.metrics.k8s.io`),
      (x) => json<APIServiceDoc>(x).status.conditions !== undefined,
    );
    expect(json<APIServiceDoc>(got).status.conditions).toEqual([
      {
        type: 'Available',
        status: 'False',
        lastTransitionTime: '2025-08-27T10:00:00Z',
        reason: 'ServiceNotFound',
        message: 'service/metrics-server in "kube-system" is not present',
      },
    ]);
    const table = json<TableDoc>(
      await c.get(apiservices, { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' }),
    );
    expect(table.rows.map((row) => row.cells)).toContainEqual([
      'v1beta1.metrics.k8s.io',
      'kube-system/metrics-server',
      'False (ServiceNotFound)',
      '0s',
    ]);

    // an unavailable APIService still appears in discovery (that is why kubectl warns about metrics.k8s.io)
    const groups = groupNames(await c.get('/apis'));
    expect(groups).toEqual(['apiregistration.k8s.io', ...servedGroups, 'metrics.k8s.io']);
    expect(json(await c.get('/apis/metrics.k8s.io'))).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'metrics.k8s.io',
      versions: [gv('metrics.k8s.io', 'v1beta1')],
      preferredVersion: gv('metrics.k8s.io', 'v1beta1'),
    });

    // deleting it removes its proxy paths and its group
    expect((await c.delete(`${apiservices}/v1beta1.metrics.k8s.io`)).status).toBe(200);
    const gone = await eventually(
      () => c.get('/apis/metrics.k8s.io/v1beta1'),
      (x) => x.status === 404,
    );
    expect(gone.body).toBe('404 page not found\n');
    expect((await c.get('/apis/metrics.k8s.io')).body).toBe('404 page not found\n');
    expect(groupNames(await c.get('/apis'))).toEqual(['apiregistration.k8s.io', ...servedGroups]);
  });

  it('follows the backing Service: ServicePortError, then EndpointsNotFound once the port matches', async () => {
    const s = createServerChain();
    const c = client(s);
    const svc = (port: number) => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'custom-api' },
      spec: { ports: [{ port }] },
    });
    expect((await c.post('/api/v1/namespaces/default/services', svc(8443))).status).toBe(201);
    await c.post(
      apiservices,
      apiService('v1alpha1.custom.example.com', {
        service: { namespace: 'default', name: 'custom-api' },
        group: 'custom.example.com',
        version: 'v1alpha1',
        groupPriorityMinimum: 1000,
        versionPriority: 15,
      }),
    );
    const condition = async () =>
      json<APIServiceDoc>(await c.get(`${apiservices}/v1alpha1.custom.example.com`)).status.conditions?.[0];
    expect(await eventually(condition, (x) => x !== undefined)).toMatchObject({
      status: 'False',
      reason: 'ServicePortError',
      message: 'service/custom-api in "default" is not listening on port 443',
    });
    const current = json<ServiceDoc>(await c.get('/api/v1/namespaces/default/services/custom-api'));
    current.spec.ports = [{ port: 443 }];
    expect((await c.put('/api/v1/namespaces/default/services/custom-api', current)).status).toBe(200);
    expect(await eventually(condition, (x) => x?.reason === 'EndpointsNotFound')).toMatchObject({
      status: 'False',
      reason: 'EndpointsNotFound',
      message: 'cannot find endpointslices for service/custom-api in "default"',
    });
  });

  it('a local APIService for a group nobody serves is listed, and its paths fall through to the 404', async () => {
    const s = createServerChain();
    const c = client(s);
    const r = await c.post(
      apiservices,
      apiService('v1.example.com', {
        group: 'example.com',
        version: 'v1',
        groupPriorityMinimum: 20000,
        versionPriority: 1,
      }),
    );
    expect(json<APIServiceDoc>(r).status).toEqual({ conditions: [localAvailable] });
    const groups = await eventually(
      async () => groupNames(await c.get('/apis')),
      (x) => x.includes('example.com'),
    );
    // 20000 outranks every built-in group, but apiregistration.k8s.io still comes first
    expect(groups).toEqual(['apiregistration.k8s.io', 'example.com', ...servedGroups]);
    expect((await c.get('/apis/example.com/v1/widgets')).body).toBe('404 page not found\n');
  });

  it('the status subresource keeps the spec and validates condition statuses', async () => {
    const s = createServerChain();
    const c = client(s);
    const current = json<APIServiceDoc>(await c.get(`${apiservices}/v1.apps`));
    current.spec.versionPriority = 999;
    current.status.conditions![0]!.status = 'Maybe';
    const r = await c.put(`${apiservices}/v1.apps/status`, current);
    expect(r.status).toBe(422);
    expect(json<StatusDoc>(r).message).toBe(
      'APIService.apiregistration.k8s.io "v1.apps" is invalid: status.conditions[0].status: Unsupported value: "Maybe": supported values: "True", "False", "Unknown"',
    );
    current.status.conditions![0]!.status = 'False';
    const ok = await c.put(`${apiservices}/v1.apps/status`, current);
    expect(ok.status).toBe(200);
    expect(json<APIServiceDoc>(ok).spec.versionPriority).toBe(15);
    // the local availability controller puts it back
    const back = await eventually(
      async () => json<APIServiceDoc>(await c.get(`${apiservices}/v1.apps`)).status.conditions?.[0]?.status,
      (x) => x === 'True',
    );
    expect(back).toBe('True');
  });

  it('an update needs a resourceVersion (AllowUnconditionalUpdate is false)', async () => {
    const s = createServerChain();
    const c = client(s);
    const current = json<APIServiceDoc>(await c.get(`${apiservices}/v1.apps`));
    delete current.metadata.resourceVersion;
    const r = await c.put(`${apiservices}/v1.apps`, current);
    expect(r.status).toBe(422);
    expect(json<StatusDoc>(r).message).toBe(
      'APIService.apiregistration.k8s.io "v1.apps" is invalid: metadata.resourceVersion: Invalid value: 0: must be specified for an update',
    );
  });
});
