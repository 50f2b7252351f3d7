import { describe, expect, it } from 'vitest';
import { studentCRD, toInternal } from '../../apis/apiextensions/testing';
import { newStatusStrategy, newStrategy } from './strategy';

const ctx = { namespace: '' };

describe('CustomResourceDefinition strategy', () => {
  it('PrepareForCreate clears the status, sets generation 1 and records the storage version', () => {
    const crd = toInternal(studentCRD());
    crd.status = {
      acceptedNames: { plural: 'x', kind: 'X' },
      conditions: [{ type: 'Established', status: 'True' }],
    };
    crd.metadata!.generation = 7;
    newStrategy().prepareForCreate(ctx, crd);
    expect(crd.metadata!.generation).toBe(1);
    expect(crd.status).toEqual({ acceptedNames: { plural: '', kind: '' }, storedVersions: ['v1'] });
  });

  it('PrepareForUpdate keeps the stored status and bumps the generation only on a spec change', () => {
    const old = toInternal(studentCRD());
    old.metadata = { ...old.metadata, generation: 1 };
    old.status = { ...old.status!, conditions: [{ type: 'Established', status: 'True' }] };
    const same = toInternal(studentCRD());
    same.metadata = { ...same.metadata, generation: 1 };
    newStrategy().prepareForUpdate(ctx, same, old);
    expect(same.metadata!.generation).toBe(1);
    expect(same.status?.conditions).toEqual([{ type: 'Established', status: 'True' }]);

    const changed = toInternal(studentCRD({ scope: 'Cluster' }));
    changed.metadata = { ...changed.metadata, generation: 1 };
    newStrategy().prepareForUpdate(ctx, changed, old);
    expect(changed.metadata!.generation).toBe(2);
  });

  it('the status strategy keeps the stored spec', () => {
    const old = toInternal(studentCRD());
    const crd = toInternal(studentCRD({ scope: 'Cluster' }));
    newStatusStrategy().prepareForUpdate(ctx, crd, old);
    expect(crd.spec.scope).toBe('Namespaced');
  });
});
