import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../endpoints/request/context';
import type { ClusterRole } from '../../../apis/rbac/types';
import { clusterRoleStrategy, getAttrs, hasInvalidLabelValueInLabelSelector } from './strategy';

const ctx = {} as RequestContext;
const withSelectorValue = (value: string): ClusterRole => ({
  metadata: { name: 'agg', resourceVersion: '5' },
  aggregationRule: {
    clusterRoleSelectors: [{ matchExpressions: [{ key: 'k', operator: 'In', values: [value] }] }],
  },
});

describe('clusterRoleStrategy', () => {
  it('is cluster-scoped, may be created by PUT, and selects by name only', () => {
    expect(clusterRoleStrategy.namespaceScoped()).toBe(false);
    expect(clusterRoleStrategy.allowCreateOnUpdate()).toBe(true);
    expect(getAttrs({ metadata: { name: 'view', labels: { a: 'b' } } })).toEqual({
      labels: { a: 'b' },
      fields: { 'metadata.name': 'view' },
    });
  });

  it('detects a stored selector with an invalid label value', () => {
    expect(hasInvalidLabelValueInLabelSelector(withSelectorValue('ok'))).toBe(false);
    expect(hasInvalidLabelValueInLabelSelector(withSelectorValue('not ok'))).toBe(true);
  });

  it('an update keeps tolerating an invalid label value the stored object already had', () => {
    const fresh = clusterRoleStrategy.validate(ctx, withSelectorValue('not ok'));
    const kept = clusterRoleStrategy.validateUpdate(
      ctx,
      withSelectorValue('not ok'),
      withSelectorValue('not ok'),
    );
    const fixedBefore = clusterRoleStrategy.validateUpdate(
      ctx,
      withSelectorValue('not ok'),
      withSelectorValue('ok'),
    );
    const isValueErr = (field: string) => field.endsWith('.values[0]');
    expect(fresh.some((e) => isValueErr(e.field))).toBe(true);
    expect(kept.some((e) => isValueErr(e.field))).toBe(false);
    expect(fixedBefore.some((e) => isValueErr(e.field))).toBe(true);
  });
});
