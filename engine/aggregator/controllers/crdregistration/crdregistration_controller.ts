// Go twin: k8s.io/kube-aggregator/pkg/controllers/crdregistration/crdregistration_controller.go
// (crdRegistrationController.handleVersionUpdate, enqueueCRD) @ v1.34.0
//
// Every group-version some CRD serves gets a local APIService (`<version>.<group>`, priority 1000/100, synced
// continuously by the autoregister controller), so `/apis` lists CRD groups after the built-ins; when no CRD
// serves it any more, the APIService is removed. Go reacts to CRD informer events; here sync() looks at all
// CRDs and every group-version it registered before, after each request that changed etcd.
import type { CRDLister } from '../../../apiextensions/apiserver/crd_lister';
import type { CustomResourceDefinition } from '../../../apiextensions/apis/apiextensions/types';
import type { GroupVersion } from '../../../runtime/schema/groupversion';
import type { AutoAPIServiceRegistration } from '../autoregister/autoregister_controller';
import { defaultPriority } from '../../priorities';

export class CRDRegistrationController {
  /** the group-versions seen in CRDs so far (Go enqueues the old and the new versions of an updated CRD) */
  private readonly seen = new Map<string, GroupVersion>();

  constructor(
    private readonly crdLister: CRDLister,
    private readonly apiServiceRegistration: AutoAPIServiceRegistration,
  ) {}

  async sync(): Promise<void> {
    const crds = await this.crdLister.list();
    for (const crd of crds) {
      for (const v of crd.spec.versions)
        this.seen.set(`${v.name}.${crd.spec.group}`, { group: crd.spec.group, version: v.name });
    }
    for (const gv of [...this.seen.values()]) this.handleVersionUpdate(gv, crds);
  }

  /** handleVersionUpdate: register the APIService while some CRD serves the group-version, else remove it. */
  handleVersionUpdate(groupVersion: GroupVersion, crds: readonly CustomResourceDefinition[]): void {
    const apiServiceName = `${groupVersion.version}.${groupVersion.group}`;
    const served = crds.some(
      (crd) =>
        crd.spec.group === groupVersion.group &&
        crd.spec.versions.some((v) => v.name === groupVersion.version && v.served),
    );
    if (served) {
      this.apiServiceRegistration.addAPIServiceToSync({
        metadata: { name: apiServiceName },
        spec: {
          group: groupVersion.group,
          version: groupVersion.version,
          // CRDs should have relatively low priority; their versions sort kube-like among themselves
          groupPriorityMinimum: defaultPriority.group,
          versionPriority: defaultPriority.version,
        },
      });
      return;
    }
    this.apiServiceRegistration.removeAPIServiceToSync(apiServiceName);
    this.seen.delete(apiServiceName);
  }
}
