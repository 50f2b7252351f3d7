import { describe, expect, it } from 'vitest';
import { configMapStrategy, getAttrs } from './strategy';

const ctx = { namespace: 'default' };
const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

describe('configMapStrategy', () => {
  it('is namespaced; no create on update; unconditional updates', () => {
    expect(configMapStrategy.namespaceScoped()).toBe(true);
    expect(configMapStrategy.allowCreateOnUpdate()).toBe(false);
    expect(configMapStrategy.allowUnconditionalUpdate()).toBe(true);
  });

  it('validates', () => {
    expect(
      msgs(
        configMapStrategy.validate(ctx, {
          metadata: { name: 'c', namespace: 'default' },
          data: { 'a b': '' },
        }),
      ),
    ).toHaveLength(1);
  });

  it('immutable data cannot change', () => {
    const old = {
      metadata: { name: 'c', namespace: 'default', resourceVersion: '1' },
      immutable: true,
      data: { a: '1' },
    };
    const next = {
      metadata: { name: 'c', namespace: 'default', resourceVersion: '1' },
      immutable: true,
      data: { a: '2' },
    };
    configMapStrategy.prepareForUpdate(ctx, next, old);
    expect(msgs(configMapStrategy.validateUpdate(ctx, next, old))).toEqual([
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });

  it('getAttrs: only the metadata fields', () => {
    expect(getAttrs({ metadata: { name: 'c', namespace: 'ns' } }).fields).toEqual({
      'metadata.name': 'c',
      'metadata.namespace': 'ns',
    });
  });
});
