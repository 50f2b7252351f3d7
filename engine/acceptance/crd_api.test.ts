// The apiextensions.k8s.io/v1 API: creating the Student CustomResourceDefinition (defaults, etcd key), the
// naming and establishing controllers' conditions, validation errors, a name conflict in the group, Table
// output, and deletion through the cleanup finalizer.
import { beforeAll, describe, expect, it } from 'vitest';
import { LoopbackClient } from '../aggregator/client/loopback';
import { crdListerFromStore } from '../apiextensions/apiserver/crd_lister';
import { EstablishingController } from '../apiextensions/controller/establish/establishing_controller';
import { NamingConditionController } from '../apiextensions/controller/status/naming_controller';
import { studentCRD } from '../apiextensions/apis/apiextensions/testing';
import { newTestServer, type TestServer } from '../testing/server';

const crds = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
const student = `${crds}/students.duyanghao.example.com`;

/** Runs the naming then the establishing controller once (the chain also runs them after every write). */
async function syncControllers(t: TestServer): Promise<void> {
  const store = t.server.apiExtensions.crds;
  if (!store) throw new Error('the apiextensions server was built without its registry');
  const lister = crdListerFromStore(store);
  const client = new LoopbackClient(() => t.server.aggregator.genericAPIServer.handler.fullHandlerChain);
  const now = () => new Date('2025-08-27T10:00:00Z');
  await new NamingConditionController(lister, client, now).sync();
  await new EstablishingController(lister, client, now).sync();
}

interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
}
const conditions = (body: Record<string, unknown>) =>
  ((body['status'] as { conditions: Condition[] | null }).conditions ?? []).map(
    ({ type, status, reason, message }) => ({ type, status, reason, message }),
  );

describe('CustomResourceDefinitions', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await newTestServer();
  });

  it('discovery lists apiextensions.k8s.io/v1 with customresourcedefinitions (short names crd, crds)', async () => {
    const r = await t.get('/apis/apiextensions.k8s.io/v1');
    expect(r.status).toBe(200);
    const resources = r.json['resources'] as { name: string; shortNames?: string[]; categories?: string[] }[];
    expect(resources.map((x) => x.name)).toEqual([
      'customresourcedefinitions',
      'customresourcedefinitions/status',
    ]);
    expect(resources[0]).toMatchObject({ shortNames: ['crd', 'crds'], categories: ['api-extensions'] });
  });

  it('create the Student CRD: 201 with defaults, an empty status, stored under its name', async () => {
    const r = await t.post(crds, studentCRD());
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({
      kind: 'CustomResourceDefinition',
      apiVersion: 'apiextensions.k8s.io/v1',
      metadata: { name: 'students.duyanghao.example.com', generation: 1 },
      spec: {
        group: 'duyanghao.example.com',
        names: {
          plural: 'students',
          singular: 'student',
          shortNames: ['stu'],
          kind: 'Student',
          listKind: 'StudentList',
        },
        scope: 'Namespaced',
        conversion: { strategy: 'None' },
      },
    });
    expect(r.json['status']).toEqual({
      conditions: null,
      acceptedNames: { plural: '', kind: '' },
      storedVersions: ['v1'],
    });
    const keys = t.server.etcdDump().map((kv) => kv.key);
    expect(keys).toContain(
      '/registry/apiextensions.k8s.io/customresourcedefinitions/students.duyanghao.example.com',
    );
  });

  it('after the controllers: NamesAccepted and Established are True, with the accepted names', async () => {
    await syncControllers(t);
    const r = await t.get(student);
    expect(conditions(r.json)).toEqual([
      { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found' },
      {
        type: 'Established',
        status: 'True',
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
    ]);
    expect((r.json['status'] as Record<string, unknown>)['acceptedNames']).toEqual({
      plural: 'students',
      singular: 'student',
      shortNames: ['stu'],
      kind: 'Student',
      listKind: 'StudentList',
    });
  });

  it.each([
    [
      'a name that is not plural.group',
      { ...studentCRD(), metadata: { name: 'pupils.duyanghao.example.com' } },
      'CustomResourceDefinition.apiextensions.k8s.io "pupils.duyanghao.example.com" is invalid: metadata.name: Invalid value: "pupils.duyanghao.example.com": must be spec.names.plural+"."+spec.group',
    ],
    [
      'a group without a dot',
      studentCRD({ group: 'example' }, 'students.example'),
      'CustomResourceDefinition.apiextensions.k8s.io "students.example" is invalid: spec.group: Invalid value: "example": should be a domain with at least one dot',
    ],
    [
      'no schema',
      studentCRD(
        { group: 'school.example.com', versions: [{ name: 'v1', served: true, storage: true }] },
        'students.school.example.com',
      ),
      'CustomResourceDefinition.apiextensions.k8s.io "students.school.example.com" is invalid: spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required',
    ],
    [
      'a schema that is not structural (reported at spec.validation: the one schema moved to the top level)',
      studentCRD(
        {
          group: 'school.example.com',
          versions: [
            {
              name: 'v1',
              served: true,
              storage: true,
              schema: {
                openAPIV3Schema: {
                  type: 'object',
                  properties: { spec: { properties: { name: { type: 'string' } } } },
                },
              },
            },
          ],
        },
        'students.school.example.com',
      ),
      'CustomResourceDefinition.apiextensions.k8s.io "students.school.example.com" is invalid: spec.validation.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields',
    ],
  ])('refuses %s with 422 and stores nothing', async (_name, body, message) => {
    const before = t.server.etcdDump().length;
    const r = await t.post(crds, body);
    expect(r.status).toBe(422);
    expect(r.json['reason']).toBe('Invalid');
    expect(r.json['message']).toBe(message);
    expect(t.server.etcdDump().length).toBe(before);
  });

  it("a second CRD whose plural is the first one's short name: NamesAccepted False (PluralConflict)", async () => {
    const stu = studentCRD(
      { names: { plural: 'stu', singular: 'stuone', kind: 'Stu' } },
      'stu.duyanghao.example.com',
    );
    expect((await t.post(crds, stu)).status).toBe(201);
    await syncControllers(t);
    const r = await t.get(`${crds}/stu.duyanghao.example.com`);
    expect(conditions(r.json)).toEqual([
      {
        type: 'NamesAccepted',
        status: 'False',
        reason: 'PluralConflict',
        message: '"stu" is already in use',
      },
      { type: 'Established', status: 'False', reason: 'NotAccepted', message: 'not all names are accepted' },
    ]);
    // the names that did not conflict are accepted
    expect((r.json['status'] as Record<string, unknown>)['acceptedNames']).toEqual({
      plural: '',
      singular: 'stuone',
      kind: 'Stu',
      listKind: 'StuList',
    });
  });

  it('a CRD as Table has the default columns Name and Created At', async () => {
    const r = await t.get(student, { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io' });
    expect(r.status).toBe(200);
    const cols = (r.json['columnDefinitions'] as { name: string; type: string }[]).map(
      (c) => `${c.name}:${c.type}`,
    );
    expect(cols).toEqual(['Name:string', 'Created At:date']);
    expect((r.json['rows'] as { cells: unknown[] }[])[0]!.cells).toEqual([
      'students.duyanghao.example.com',
      '2025-08-27T10:00:00Z',
    ]);
  });

  it('a spec update bumps the generation; scope is immutable once established', async () => {
    const current = (await t.get(student)).json;
    const spec = current['spec'] as Record<string, unknown>;
    const r = await t.put(student, { ...current, spec: { ...spec, scope: 'Cluster' } });
    expect(r.status).toBe(422);
    expect(r.json['message']).toBe(
      'CustomResourceDefinition.apiextensions.k8s.io "students.duyanghao.example.com" is invalid: spec.scope: Invalid value: "Cluster": field is immutable',
    );
    const names = spec['names'] as Record<string, unknown>;
    const ok = await t.put(student, {
      ...current,
      spec: { ...spec, names: { ...names, categories: ['all'] } },
    });
    expect(ok.status).toBe(200);
    expect((ok.json['metadata'] as Record<string, unknown>)['generation']).toBe(2);
  });

  it('delete: 200 with the finalizer, a deletionTimestamp and Terminating; gone once the finalizer is', async () => {
    const r = await t.delete(student);
    expect(r.status).toBe(200);
    expect(r.json['kind']).toBe('CustomResourceDefinition');
    const meta = r.json['metadata'] as Record<string, unknown>;
    expect(meta['finalizers']).toEqual(['customresourcecleanup.apiextensions.k8s.io']);
    expect(meta['deletionTimestamp']).toBe('2025-08-27T10:00:00Z');
    expect(conditions(r.json)).toContainEqual({
      type: 'Terminating',
      status: 'True',
      reason: 'InstanceDeletionPending',
      message: 'CustomResourceDefinition marked for deletion; CustomResource deletion will begin soon',
    });
    // the CRD finalizer controller (run after each write) finds no custom resources and drops the finalizer
    // through /status; that write removes the CRD from etcd
    const got = await t.get(student);
    expect(got.status).toBe(404);
    expect(got.json['message']).toBe(
      'customresourcedefinitions.apiextensions.k8s.io "students.duyanghao.example.com" not found',
    );
    const keys = t.server.etcdDump().map((kv) => kv.key);
    expect(keys).not.toContain(
      '/registry/apiextensions.k8s.io/customresourcedefinitions/students.duyanghao.example.com',
    );
  });
});
