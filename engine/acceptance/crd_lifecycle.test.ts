// A CustomResourceDefinition's life through the whole chain: created, named and established by the
// controllers, listed in /apis by its APIService, its custom resources served, then deleted with them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createServerChain, type ServerChain } from '../index';

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
const crdPath = '/apis/apiextensions.k8s.io/v1/customresourcedefinitions';
const students = '/apis/duyanghao.example.com/v1/namespaces/default/students';

const studentCRD = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'students.duyanghao.example.com' },
  spec: {
    group: 'duyanghao.example.com',
    scope: 'Namespaced',
    names: { plural: 'students', singular: 'student', kind: 'Student', shortNames: ['stu'] },
    versions: [
      {
        name: 'v1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            properties: {
              spec: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string' },
                  school: { type: 'string', default: 'Kubewalk High' },
                },
              },
            },
          },
        },
      },
    ],
  },
};

let s: ServerChain;
const req = (method: string, path: string, body?: object) =>
  s.handle({ method, path, headers: json, ...(body ? { body: JSON.stringify(body) } : {}) });

beforeAll(async () => {
  s = createServerChain();
  const r = await req('POST', crdPath, studentCRD);
  expect(r.status).toBe(201);
});

describe('a CRD through the chain', () => {
  it('is named and established by the controllers right after its create', async () => {
    const crd = JSON.parse((await req('GET', `${crdPath}/students.duyanghao.example.com`)).body);
    const conditions = Object.fromEntries(
      (crd.status.conditions as { type: string; status: string; reason: string; message: string }[]).map(
        (c) => [c.type, [c.status, c.reason, c.message]],
      ),
    );
    expect(conditions).toEqual({
      NamesAccepted: ['True', 'NoConflicts', 'no conflicts found'],
      Established: ['True', 'InitialNamesAccepted', 'the initial names have been accepted'],
    });
    expect(crd.status.acceptedNames).toMatchObject({
      plural: 'students',
      kind: 'Student',
      listKind: 'StudentList',
    });
  });

  it('gets a local APIService, so /apis lists its group after the built-ins', async () => {
    const apis = JSON.parse((await req('GET', '/apis')).body) as { groups: { name: string }[] };
    const names = apis.groups.map((g) => g.name);
    expect(names.at(-1)).toBe('duyanghao.example.com');
    const svc = JSON.parse(
      (await req('GET', '/apis/apiregistration.k8s.io/v1/apiservices/v1.duyanghao.example.com')).body,
    );
    expect(svc.spec).toMatchObject({
      group: 'duyanghao.example.com',
      version: 'v1',
      groupPriorityMinimum: 1000,
      versionPriority: 100,
    });
  });

  it('serves Students: defaulted, stored as JSON under /registry/<group>/<plural>/', async () => {
    const r = await req('POST', students, {
      apiVersion: 'duyanghao.example.com/v1',
      kind: 'Student',
      metadata: { name: 'ada' },
      spec: { name: 'Ada' },
    });
    expect(r.status).toBe(201);
    expect(JSON.parse(r.body).spec).toEqual({ name: 'Ada', school: 'Kubewalk High' });
    const key = s.etcdDump().find((e) => e.key === '/registry/duyanghao.example.com/students/default/ada');
    expect(key).toBeDefined();
  });

  it('deleting the CRD deletes its Students and stops serving them', async () => {
    const del = await req('DELETE', `${crdPath}/students.duyanghao.example.com`);
    expect(del.status).toBe(200);
    expect(s.etcdDump().map((e) => e.key)).not.toContain(
      '/registry/duyanghao.example.com/students/default/ada',
    );
    expect((await req('GET', `${crdPath}/students.duyanghao.example.com`)).status).toBe(404);
    const gone = await req('GET', students);
    expect(gone.status).toBe(404);
    expect(gone.body).toBe('404 page not found\n');
    const apis = JSON.parse((await req('GET', '/apis')).body) as { groups: { name: string }[] };
    expect(apis.groups.map((g) => g.name)).not.toContain('duyanghao.example.com');
  });
});
