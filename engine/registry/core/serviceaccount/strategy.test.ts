import { describe, expect, it } from 'vitest';
import type { ServiceAccount } from '../../../apis/core/serviceaccount_types';
import { serviceAccountStrategy } from './strategy';

const ctx = { namespace: 'default' };

describe('serviceAccountStrategy', () => {
  it('secret references keep only their name', () => {
    const sa: ServiceAccount = {
      metadata: { name: 'b', namespace: 'default' },
      secrets: [{ name: 'tok', namespace: 'other', uid: 'u', kind: 'Secret' }, { kind: 'Secret' }],
    };
    serviceAccountStrategy.prepareForCreate(ctx, sa);
    expect(sa.secrets).toEqual([{ name: 'tok' }, {}]);
  });

  it('warns about the deprecated enforce-mountable-secrets annotation', () => {
    const sa: ServiceAccount = {
      metadata: { name: 'b', annotations: { 'kubernetes.io/enforce-mountable-secrets': 'true' } },
    };
    const want = [
      'metadata.annotations[kubernetes.io/enforce-mountable-secrets]: deprecated in v1.32+; prefer separate namespaces to isolate access to mounted secrets',
    ];
    expect(serviceAccountStrategy.warningsOnCreate(ctx, sa)).toEqual(want);
    expect(serviceAccountStrategy.warningsOnUpdate(ctx, sa, sa)).toEqual(want);
    expect(serviceAccountStrategy.warningsOnCreate(ctx, { metadata: { name: 'b' } })).toEqual([]);
  });

  it('is namespaced and not created on update', () => {
    expect(serviceAccountStrategy.namespaceScoped()).toBe(true);
    expect(serviceAccountStrategy.allowCreateOnUpdate()).toBe(false);
  });
});
