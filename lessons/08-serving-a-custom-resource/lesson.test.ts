// What lesson 8 tells the learner is what the engine does: the CRD named and established by the controllers, the
// serving info built once, pruning with a warning, defaults, the etcd key and bytes, the schema's 422, a status-only
// patch, the Table columns, and the plain 404 for an unserved version.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type RecordedRun, type ServerChain, type TraceStep } from '../../engine';
import { applySetupStep } from '../_shared/scenario';
import { CRD_NAME, scenario, students } from './scenario';

const adaKey = '/registry/duyanghao.example.com/students/default/ada';

describe('lesson 08-serving-a-custom-resource', () => {
  const runs: RecordedRun[] = [];
  let server: ServerChain;
  beforeAll(async () => {
    server = createServerChain(scenario.config);
    for (const s of scenario.setup) {
      const r = await applySetupStep(server, s);
      if (r && r.status >= 300) throw new Error(`setup failed: ${r.status} ${r.body}`);
    }
    for (const { request } of scenario.requests) runs.push(await server.record(request));
  });
  const json = (i: number) => JSON.parse(runs[i]!.response.body) as Record<string, unknown>;
  const ids = (i: number) => runs[i]!.steps.map((s) => s.id);
  const step = (i: number, id: string): TraceStep => {
    const s = runs[i]!.steps.find((x) => x.id === id);
    if (!s) throw new Error(`run ${i} has no step ${id}: ${ids(i).join(' ')}`);
    return s;
  };
  const rv = (o: Record<string, unknown>) =>
    Number((o['metadata'] as { resourceVersion: string }).resourceVersion);
  const spec = (o: unknown) => (o as { spec: Record<string, unknown> }).spec;

  it('every run follows the statechart', () => {
    for (const r of runs) expect(r.violations).toEqual([]);
  });

  it('the CRD is created with an empty status, then named and established by the controllers', () => {
    expect(runs[0]!.response.status).toBe(201);
    expect(ids(0)).not.toContain('crd.servingInfo');
    const created = json(0) as { status: Record<string, unknown> };
    expect(created.status).toEqual({
      conditions: null,
      acceptedNames: { plural: '', kind: '' },
      storedVersions: ['v1'],
    });
    // the APIService for the served version only
    const keys = runs[0]!.etcdAfter.map((e) => e.key);
    expect(keys).toContain('/registry/apiregistration.k8s.io/apiservices/v1.duyanghao.example.com');
    expect(keys).not.toContain('/registry/apiregistration.k8s.io/apiservices/v1beta1.duyanghao.example.com');

    expect(runs[1]!.response.status).toBe(200);
    const crd = json(1) as {
      status: {
        conditions: { type: string; status: string; reason: string; message: string }[];
        acceptedNames: Record<string, unknown>;
      };
    };
    expect(crd.status.conditions.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['NamesAccepted', 'True', 'NoConflicts', 'no conflicts found'],
      ['Established', 'True', 'InitialNamesAccepted', 'the initial names have been accepted'],
    ]);
    expect(crd.status.acceptedNames).toEqual({
      plural: 'students',
      singular: 'student',
      shortNames: ['stu'],
      kind: 'Student',
      listKind: 'StudentList',
    });
    // two status writes (naming, establishing) since the create
    expect(rv(json(1))).toBe(rv(json(0)) + 2);
  });

  it('ada: serving info built on first use, hobby pruned with a warning, school defaulted, stored as JSON', () => {
    expect(runs[2]!.response.status).toBe(201);
    const after = ids(2).slice(ids(2).indexOf('chain.apiextensions') + 1);
    expect(after.slice(0, 5)).toEqual([
      'crd.servingInfo',
      'handler.negotiate',
      'handler.readBody',
      'scheme.decode',
      'scheme.default',
    ]);
    expect(step(2, 'crd.servingInfo').details).toMatchObject({
      crd: CRD_NAME,
      built: true,
      kind: 'Student',
      version: 'v1',
      storageVersion: 'v1',
      servedVersions: ['v1'],
      subresources: ['status'],
      columns: ['Name', 'School', 'Grade', 'Phase', 'Age'],
      etcdPrefix: '/registry/duyanghao.example.com/students',
      serve: 'serveResource',
    });
    expect(runs[2]!.response.headers['Warning']).toBe('299 - "unknown field \\"spec.hobby\\""');
    expect(step(2, 'scheme.decode').details['unknownFields']).toEqual(['unknown field "spec.hobby"']);
    expect(spec(step(2, 'scheme.decode').object)).toEqual({
      name: 'Ada Lovelace',
      grade: 10,
      track: 'science',
    });
    expect(spec(step(2, 'scheme.default').object)['school']).toBe('Kubewalk High');
    expect(step(2, 'scheme.convertToInternal').details).toEqual({ to: 'duyanghao.example.com/v1' });
    expect(step(2, 'etcd.txn').details['key']).toBe(adaKey);
    const stored = runs[2]!.etcdAfter.find((e) => e.key === adaKey)!;
    expect(JSON.parse(stored.value)).toEqual({
      apiVersion: 'duyanghao.example.com/v1',
      kind: 'Student',
      metadata: {
        creationTimestamp: '2025-08-27T10:00:00Z',
        generation: 1,
        name: 'ada',
        namespace: 'default',
        uid: (json(2)['metadata'] as { uid: string }).uid,
      },
      spec: { grade: 10, name: 'Ada Lovelace', school: 'Kubewalk High', track: 'science' },
    });
    expect(spec(json(2))).toEqual({
      grade: 10,
      name: 'Ada Lovelace',
      school: 'Kubewalk High',
      track: 'science',
    });
  });

  it('bob: the cached serving info, defaulted anyway, then 422 with every schema error; nothing stored', () => {
    expect(step(3, 'crd.servingInfo').details).toMatchObject({ built: false, serve: 'serveResource' });
    expect(runs[3]!.response.headers['Warning']).toBeUndefined();
    expect(spec(step(3, 'scheme.default').object)['school']).toBe('Kubewalk High');
    expect(runs[3]!.response.status).toBe(422);
    const causes = [
      {
        reason: 'FieldValueInvalid',
        message: 'Invalid value: 13: spec.grade in body should be less than or equal to 12',
        field: 'spec.grade',
      },
      {
        reason: 'FieldValueNotSupported',
        message: 'Unsupported value: "sports": supported values: "science", "arts"',
        field: 'spec.track',
      },
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.name' },
    ];
    expect(json(3)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `Student.duyanghao.example.com "bob" is invalid: [${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}]`,
      reason: 'Invalid',
      details: { name: 'bob', group: 'duyanghao.example.com', kind: 'Student', causes },
      code: 422,
    });
    expect(ids(3).at(-2)).toBe('registry.validate');
    expect(runs[3]!.etcdAfter).toEqual(runs[3]!.etcdBefore);
  });

  it('the status patch: serveStatus, the spec change dropped by the status strategy, generation kept', () => {
    expect(runs[4]!.response.status).toBe(200);
    expect(step(4, 'crd.servingInfo').details).toMatchObject({ built: false, serve: 'serveStatus' });
    expect(spec(step(4, 'scheme.decode').object)['grade']).toBe(11);
    expect(spec(step(4, 'admission.mutating').object)['grade']).toBe(11);
    expect(spec(step(4, 'admission.validating').object)['grade']).toBe(10);
    const ada = json(4) as { metadata: { generation: number }; spec: { grade: number }; status: unknown };
    expect(ada.status).toEqual({ phase: 'Enrolled' });
    expect(ada.spec.grade).toBe(10);
    expect(ada.metadata.generation).toBe(1);
    expect(rv(json(4))).toBeGreaterThan(rv(json(2)));
  });

  it('the Table: Name first, then the printer columns, one row for ada', () => {
    expect(runs[5]!.response.status).toBe(200);
    expect(runs[5]!.response.headers['Content-Type']).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const table = json(5) as {
      kind: string;
      apiVersion: string;
      columnDefinitions: { name: string; type: string }[];
      rows: { cells: unknown[]; object: { kind: string } }[];
    };
    expect(table.kind).toBe('Table');
    expect(table.apiVersion).toBe('meta.k8s.io/v1');
    expect(table.columnDefinitions.map((c) => `${c.name}:${c.type}`)).toEqual([
      'Name:string',
      'School:string',
      'Grade:integer',
      'Phase:string',
      'Age:date',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([['ada', 'Kubewalk High', 10, 'Enrolled', '0s']]);
    expect(table.rows[0]!.object.kind).toBe('PartialObjectMetadata');
  });

  it('v1beta1 (served: false) falls through crdHandler to the plain 404', () => {
    expect(runs[6]!.response.status).toBe(404);
    expect(runs[6]!.response.body).toBe('404 page not found\n');
    expect(ids(6).slice(-3)).toEqual(['chain.apiextensions', 'chain.notFound', 'exit.404']);
  });

  it('a missing Student in a served version is a JSON Status, for comparison', async () => {
    const r = await server.handle({ method: 'GET', path: `${students}/nobody`, headers: {} });
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toMatchObject({
      kind: 'Status',
      reason: 'NotFound',
      message: 'students.duyanghao.example.com "nobody" not found',
    });
  });
});
