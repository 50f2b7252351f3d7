// The scenario hooks: setup requests must succeed, and a compaction forgets every revision before the current one.
import { describe, expect, it } from 'vitest';
import { createServerChain } from '../../engine';
import { applySetupStep, beforeRequest, isCompactAt } from './scenario';

const config = { clock: () => new Date('2025-08-27T10:00:00Z'), seed: 1 };
const configMap = (name: string) => ({
  method: 'POST' as const,
  path: '/api/v1/namespaces/default/configmaps',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } }),
});

describe('scenario hooks', () => {
  it('recognises a compaction step', () => {
    expect(isCompactAt({ compactAt: 'current' })).toBe(true);
    expect(isCompactAt(configMap('a'))).toBe(false);
    expect(isCompactAt(undefined)).toBe(false);
  });

  it('sends setup requests and hands back the answer, refusals included', async () => {
    const server = createServerChain(config);
    expect((await applySetupStep(server, configMap('a')))?.status).toBe(201);
    expect((await applySetupStep(server, configMap('a')))?.status).toBe(409);
  });

  it('compacts at the current revision, in setup or before a request, and only once per revision', async () => {
    const server = createServerChain(config);
    await applySetupStep(server, configMap('a'));
    await applySetupStep(server, { compactAt: 'current' });
    const revision = server.etcd.currentRevision();
    expect(server.etcd.compactRevision()).toBe(revision);
    // again at the same revision: nothing to do, and no ErrCompacted
    await beforeRequest(server, {
      title: { en: 'a watch' },
      request: { method: 'GET', path: '/api/v1/configmaps?watch=true' },
      before: { compactAt: 'current' },
    });
    expect(server.etcd.compactRevision()).toBe(revision);
    await applySetupStep(server, configMap('b'));
    await beforeRequest(server, {
      title: { en: 'a watch' },
      request: { method: 'GET', path: '/api/v1/configmaps?watch=true' },
      before: { compactAt: 'current' },
    });
    expect(server.etcd.compactRevision()).toBe(revision + 1);
  });

  it('does nothing before a request without a hook', async () => {
    const server = createServerChain(config);
    await server.ready;
    await beforeRequest(server, { title: { en: 'x' }, request: { method: 'GET', path: '/api' } });
    expect(server.etcd.compactRevision()).toBe(0);
  });
});
