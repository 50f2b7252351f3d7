import { describe, expect, it } from 'vitest';
import { startupFlowchart, mermaidNodeOf } from './mermaid';
import { recordStartup } from './startup_recorder';
import { startupSteps } from './startup_steps';

describe('start-up, traced', () => {
  it('walks the start-up chart from CreateServerChain to ready, legally', async () => {
    const { run, server } = await recordStartup();
    expect(run.violations).toEqual([]);
    const ids = run.steps.map((s) => s.id);
    expect(ids[0]).toBe('startup.createServerChain');
    expect(ids.at(-1)).toBe('startup.ready');
    const servers = run.steps.filter((s) => s.id === 'startup.genericServer').map((s) => s.details.name);
    expect(servers).toEqual(['apiextensions-apiserver', 'kube-apiserver', 'kube-aggregator']);
    expect((await server.handle({ method: 'GET', path: '/api/v1/namespaces' })).status).toBe(200);
  });

  it("shows the installer deciding each path's verbs from the interfaces its storage implements", async () => {
    const { run } = await recordStartup();
    const decision = (path: string) =>
      run.steps.find(
        (s) =>
          s.id === 'startup.registerResourceHandlers' &&
          s.details.path === path &&
          s.details.groupVersion === 'v1',
      )!.details;
    expect(decision('pods')).toMatchObject({
      kind: 'Pod',
      interfaces: [
        'Getter',
        'Lister',
        'Creater',
        'Updater',
        'Patcher',
        'GracefulDeleter',
        'CollectionDeleter',
        'Watcher',
      ],
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    });
    expect(decision('pods/status')).toMatchObject({
      interfaces: ['Getter', 'Updater', 'Patcher'],
      verbs: ['get', 'patch', 'update'],
    });
    expect(decision('pods').routes).toContain('GET /api/v1/namespaces/{namespace}/pods/{name}');
    const storage = run.steps.find((s) => s.id === 'startup.newLegacyRESTStorage')!.details.restStorageMap;
    expect(storage).toEqual(
      expect.arrayContaining(['pods', 'pods/status', 'services', 'configmaps', 'namespaces']),
    );
    const hooks = run.steps.filter((s) => s.id === 'startup.postStartHook').map((s) => s.details.name);
    expect(hooks.slice(0, 2)).toEqual(['start-system-namespaces-controller', 'bootstrap-controller']);
  });

  it('draws the start-up chart with a node per step', () => {
    const text = startupFlowchart({ current: 'startup.apiInstaller' });
    for (const s of startupSteps) expect(text).toContain(`${mermaidNodeOf(s.id)}[`);
    expect(text).toContain(`class ${mermaidNodeOf('startup.apiInstaller')} current`);
  });
});
