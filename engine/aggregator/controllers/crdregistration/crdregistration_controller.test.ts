import { describe, expect, it } from 'vitest';
import type { CustomResourceDefinition } from '../../../apiextensions/apis/apiextensions/types';
import type { APIService } from '../../apis/apiregistration/types';
import type { AutoAPIServiceRegistration } from '../autoregister/autoregister_controller';
import { CRDRegistrationController } from './crdregistration_controller';

const crd = (name: string, group: string, versions: [string, boolean][]): CustomResourceDefinition =>
  ({
    metadata: { name },
    spec: {
      group,
      names: { plural: name.split('.')[0]!, kind: 'K' },
      scope: 'Namespaced',
      versions: versions.map(([v, served], i) => ({ name: v, served, storage: i === 0 })),
    },
  }) as CustomResourceDefinition;

class FakeRegistration implements AutoAPIServiceRegistration {
  readonly wanted = new Map<string, APIService>();
  addAPIServiceToSyncOnStart(s: APIService): void {
    this.wanted.set(s.metadata!.name!, s);
  }
  addAPIServiceToSync(s: APIService): void {
    this.wanted.set(s.metadata!.name!, s);
  }
  removeAPIServiceToSync(name: string): void {
    this.wanted.delete(name);
  }
}

describe('CRDRegistrationController', () => {
  it('wants a local APIService (1000/100) per served CRD group-version and drops it when none serves it', async () => {
    const crds: CustomResourceDefinition[] = [
      crd('crontabs.stable.example.com', 'stable.example.com', [
        ['v1', true],
        ['v1beta1', true],
        ['v2', false],
      ]),
    ];
    const reg = new FakeRegistration();
    const c = new CRDRegistrationController({ get: async () => undefined, list: async () => crds }, reg);
    await c.sync();
    expect([...reg.wanted.keys()].sort()).toEqual(['v1.stable.example.com', 'v1beta1.stable.example.com']);
    expect(reg.wanted.get('v1.stable.example.com')).toEqual({
      metadata: { name: 'v1.stable.example.com' },
      spec: { group: 'stable.example.com', version: 'v1', groupPriorityMinimum: 1000, versionPriority: 100 },
    });
    // v1beta1 no longer served, then the CRD is gone
    crds[0]!.spec.versions[1]!.served = false;
    await c.sync();
    expect([...reg.wanted.keys()]).toEqual(['v1.stable.example.com']);
    crds.length = 0;
    await c.sync();
    expect([...reg.wanted.keys()]).toEqual([]);
  });
});
