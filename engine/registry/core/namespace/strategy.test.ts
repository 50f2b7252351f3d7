import { describe, expect, it } from 'vitest';
import type { Namespace } from '../../../apis/core/namespace_types';
import { getAttrs, namespaceFinalizeStrategy, namespaceStatusStrategy, namespaceStrategy } from './strategy';

const ctx = { namespace: '' };
const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

describe('namespaceStrategy', () => {
  it('is cluster-scoped and not created on update', () => {
    expect(namespaceStrategy.namespaceScoped()).toBe(false);
    expect(namespaceStrategy.allowCreateOnUpdate()).toBe(false);
    expect(namespaceStrategy.allowUnconditionalUpdate()).toBe(true);
    expect(namespaceStrategy.groupKind()).toEqual({ group: '', kind: 'Namespace' });
  });

  it.each<[string[] | undefined, string[]]>([
    [undefined, ['kubernetes']],
    [['example.com/x'], ['example.com/x', 'kubernetes']],
    [['kubernetes'], ['kubernetes']],
  ])('prepareForCreate: finalizers %j → %j, status Active', (finalizers, want) => {
    const ns: Namespace = {
      metadata: { name: 'dev' },
      spec: finalizers ? { finalizers } : {},
      status: { phase: 'Terminating' },
    };
    namespaceStrategy.prepareForCreate(ctx, ns);
    expect(ns.spec?.finalizers).toEqual(want);
    expect(ns.status).toEqual({ phase: 'Active' });
  });

  it('canonicalize sets the name label (generateName namespaces get it here)', () => {
    const ns: Namespace = { metadata: { name: 'dev-x7k2p', generateName: 'dev-' } };
    namespaceStrategy.canonicalize(ns);
    expect(ns.metadata?.labels).toEqual({ 'kubernetes.io/metadata.name': 'dev-x7k2p' });
  });

  it('prepareForUpdate keeps finalizers and status from the stored object', () => {
    const old: Namespace = {
      metadata: { name: 'dev' },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    const ns: Namespace = {
      metadata: { name: 'dev' },
      spec: { finalizers: [] },
      status: { phase: 'Terminating' },
    };
    namespaceStrategy.prepareForUpdate(ctx, ns, old);
    expect(ns.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(ns.status).toEqual({ phase: 'Active' });
  });

  it('validate and validateUpdate', () => {
    expect(msgs(namespaceStrategy.validate(ctx, { metadata: { name: 'Dev' } }))).toHaveLength(1);
    const old: Namespace = { metadata: { name: 'dev', resourceVersion: '1' } };
    expect(
      msgs(namespaceStrategy.validateUpdate(ctx, { metadata: { name: 'dev', resourceVersion: '1' } }, old)),
    ).toEqual([]);
  });

  it('status and finalize subresources', () => {
    const old: Namespace = {
      metadata: { name: 'dev', resourceVersion: '1' },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    const st: Namespace = {
      metadata: { name: 'dev', resourceVersion: '1' },
      spec: {},
      status: { phase: 'Terminating' },
    };
    namespaceStatusStrategy.prepareForUpdate(ctx, st, old);
    expect(st.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(msgs(namespaceStatusStrategy.validateUpdate(ctx, st, old))).toEqual([
      'status.Phase: Invalid value: "Terminating": may only be \'Active\' if `deletionTimestamp` is empty',
    ]);
    const fin: Namespace = {
      metadata: { name: 'dev', resourceVersion: '1' },
      spec: { finalizers: [] },
      status: { phase: 'Terminating' },
    };
    namespaceFinalizeStrategy.prepareForUpdate(ctx, fin, old);
    expect(fin).toMatchObject({ spec: { finalizers: [] }, status: { phase: 'Active' } });
  });

  it('getAttrs: metadata.name, status.phase and the legacy name field', () => {
    expect(getAttrs({ metadata: { name: 'dev', labels: { a: 'b' } }, status: { phase: 'Active' } })).toEqual({
      labels: { a: 'b' },
      fields: { 'metadata.name': 'dev', 'status.phase': 'Active', name: 'dev' },
    });
  });
});
