// What lesson 5 tells the learner is what the engine does.
import { beforeAll, describe, expect, it } from 'vitest';
import { recordStartup, type RecordedRun, type TraceStep } from '../../engine';
import { applySetupStep, beforeRequest } from '../_shared/scenario';
import { installingTheAPI as lesson } from './index';
import { RV_STARTUP, STARTUP_APISERVICES, STARTUP_WRITES } from './scenario';

type Handlers = { path: string; kind: string; interfaces: string[]; verbs: string[]; routes: string[] };
type APIResource = { name: string; kind: string; verbs: string[]; storageVersionHash?: string };

describe('lesson 05-installing-the-api', () => {
  const runs: RecordedRun[] = [];
  beforeAll(async () => {
    const started = await recordStartup(lesson.scenario.config);
    runs.push(started.run);
    for (const step of lesson.scenario.setup)
      expect((await applySetupStep(started.server, step))?.status).toBeLessThan(300);
    for (const req of lesson.scenario.requests) {
      await beforeRequest(started.server, req);
      runs.push(await started.server.record(req.request));
    }
  });
  const steps = (i: number, id: string): TraceStep[] => runs[i]!.steps.filter((s) => s.id === id);
  const handlers = (path: string): Handlers => {
    const s = steps(0, 'startup.registerResourceHandlers').find(
      (x) =>
        x.server === 'kube-apiserver' && x.details['path'] === path && x.details['groupVersion'] === 'v1',
    );
    if (!s) throw new Error(`no registerResourceHandlers step for ${path}`);
    return s.details as unknown as Handlers;
  };

  it('traces start-up as run 0, then the four requests', () => {
    expect(lesson.scenario.traceStartup).toBe(true);
    expect(runs).toHaveLength(5);
    expect(runs[0]!.request.method).toBe('START');
    expect(runs[0]!.violations).toEqual([]);
  });

  it('builds the restStorageMap with pods/log, pods/binding and bindings', () => {
    const [s] = steps(0, 'startup.newLegacyRESTStorage');
    expect(s!.details['restStorageMap']).toEqual(
      expect.arrayContaining(['pods', 'pods/status', 'pods/log', 'pods/binding', 'bindings', 'configmaps']),
    );
    expect(steps(0, 'startup.installLegacyAPIGroup')[0]!.details).toMatchObject({ prefix: '/api' });
    // each server's named groups as it is built: apiextensions-apiserver's first (the last server of the chain is
    // built first), then kube-apiserver's in the order of its RESTStorageProviders, then the aggregator's own
    expect(steps(0, 'startup.installAPIGroups').map((x) => [x.server, x.details['groups']])).toEqual([
      ['apiextensions-apiserver', ['apiextensions.k8s.io']],
      [
        'kube-apiserver',
        [
          'authentication.k8s.io',
          'authorization.k8s.io',
          'rbac.authorization.k8s.io',
          'apps',
          'admissionregistration.k8s.io',
        ],
      ],
      ['kube-aggregator', ['apiregistration.k8s.io']],
    ]);
  });

  it(`ends start-up at revision ${RV_STARTUP}: ${STARTUP_WRITES} writes, ${STARTUP_APISERVICES} of them local APIServices, into an etcd at revision 1`, () => {
    expect(runs[0]!.steps[0]!.revision).toBe(1);
    expect(runs[0]!.steps.at(-1)).toMatchObject({ id: 'startup.ready', revision: RV_STARTUP });
    expect(runs[0]!.etcdAfter).toHaveLength(STARTUP_WRITES);
    const apiServices = runs[0]!.etcdAfter.filter((e) =>
      e.key.startsWith('/registry/apiregistration.k8s.io/apiservices/'),
    );
    expect(apiServices.map((e) => e.key.split('/').at(-1))).toEqual([
      'v1.',
      'v1.admissionregistration.k8s.io',
      'v1.apiextensions.k8s.io',
      'v1.apps',
      'v1.authentication.k8s.io',
      'v1.authorization.k8s.io',
      'v1.rbac.authorization.k8s.io',
    ]);
    expect(apiServices).toHaveLength(STARTUP_APISERVICES);
  });

  it('gives each path only the routes its storage interfaces allow', () => {
    expect(handlers('pods/log')).toMatchObject({
      interfaces: ['GetterWithOptions', 'StorageMetadata'],
      verbs: ['get'],
      routes: ['GET /api/v1/namespaces/{namespace}/pods/{name}/log'],
    });
    expect(handlers('bindings')).toMatchObject({
      interfaces: ['Creater'],
      verbs: ['create'],
      routes: ['POST /api/v1/namespaces/{namespace}/bindings'],
    });
    expect(handlers('pods/binding')).toMatchObject({ interfaces: ['Creater'], verbs: ['create'] });
    expect(handlers('pods').verbs).toEqual([
      'create',
      'delete',
      'deletecollection',
      'get',
      'list',
      'patch',
      'update',
      'watch',
    ]);
  });

  it('serves the same verbs in the /api/v1 discovery document', () => {
    expect(runs[1]!.response.status).toBe(200);
    const list = JSON.parse(runs[1]!.response.body) as { kind: string; resources: APIResource[] };
    expect(list.kind).toBe('APIResourceList');
    const byName = new Map(list.resources.map((r) => [r.name, r]));
    expect(byName.get('pods/log')).toMatchObject({ kind: 'Pod', verbs: ['get'] });
    expect(byName.get('pods/log')!.storageVersionHash).toBeUndefined();
    expect(byName.get('pods/binding')).toMatchObject({ kind: 'Binding', verbs: ['create'] });
    expect(byName.get('bindings')).toMatchObject({ kind: 'Binding', verbs: ['create'] });
  });

  it('answers 405 to GET bindings and to POST pods/log', () => {
    for (const i of [2, 3]) {
      expect(runs[i]!.response.status).toBe(405);
      expect(JSON.parse(runs[i]!.response.body)).toMatchObject({ reason: 'MethodNotAllowed', code: 405 });
      expect(runs[i]!.steps.at(-1)!.id).toBe('exit.405');
    }
  });

  it('streams the log of an unscheduled Pod as an empty text/plain 200', () => {
    const run = runs[4]!;
    expect(run.response.status).toBe(200);
    expect(run.response.headers['Content-Type']).toBe('text/plain');
    expect(run.response.body).toBe('');
    expect(run.steps.map((s) => s.id)).toContain('registry.storage');
  });
});
