// Go twin: k8s.io/apiextensions-apiserver/pkg/controller/establish/establishing_controller.go
// (EstablishingController.sync) @ v1.34.0
//
// Marks a CRD Established once its names are accepted: from then on its custom resources are served. Go is
// queued by the CRD handler (and waits 5 s in an HA control plane); `sync()` visits every CRD instead.
import type { LoopbackClient } from '../../../aggregator/client/loopback';
import { copyJSON } from '../../../runtime/object';
import type { CRDLister } from '../../apiserver/crd_lister';
import { isCRDConditionTrue, setCRDCondition } from '../../apis/apiextensions/helpers';
import type { CustomResourceDefinition } from '../../apis/apiextensions/types';
import { updateCRDStatus } from '../status/update_status';

export class EstablishingController {
  constructor(
    private readonly crdLister: CRDLister,
    private readonly client: LoopbackClient,
    /** the server clock, for lastTransitionTime */
    private readonly now: () => Date,
  ) {}

  async sync(): Promise<void> {
    for (const crd of await this.crdLister.list()) await this.syncOne(crd.metadata?.name ?? '');
  }

  /** sync(key): true when it wrote a new status. */
  async syncOne(name: string): Promise<boolean> {
    const cached = await this.crdLister.get(name);
    if (!cached) return false;
    if (!isCRDConditionTrue(cached, 'NamesAccepted') || isCRDConditionTrue(cached, 'Established'))
      return false;
    const crd = copyJSON(cached) as CustomResourceDefinition;
    setCRDCondition(
      crd,
      {
        type: 'Established',
        status: 'True',
        reason: 'InitialNamesAccepted',
        message: 'the initial names have been accepted',
      },
      this.now(),
    );
    // Update server with new CRD condition.
    return updateCRDStatus(this.client, crd);
  }
}
