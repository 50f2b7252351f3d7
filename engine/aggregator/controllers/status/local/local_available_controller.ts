// Go twin: k8s.io/kube-aggregator/pkg/controllers/status/local/local_available_controller.go
// (AvailableConditionController: sync, updateAPIServiceStatus) @ v1.34.0
//
// Local APIServices are always available: this controller keeps their Available condition True (reason
// `Local`). It writes only when the status would change, so APIServices created with the condition already
// set (the strategy's PrepareForCreate does that) cost no write.
import {
  newLocalAvailableAPIServiceCondition,
  setAPIServiceCondition,
} from '../../../apis/apiregistration/helpers';
import type { APIService } from '../../../apis/apiregistration/types';
import type { APIServicesClient } from '../../../client/apiservices';
import type { APIServiceInformer } from '../../../client/informer';
import { WorkQueue } from '../../queue';
import { timestamp } from '../../../../registry/generic/registry/store';
import { deepCopyObject } from '../../../../runtime/object';
import { deepEqual } from '../../../../util/equality';

export class LocalAvailableConditionController {
  readonly queue: WorkQueue;

  constructor(
    private readonly informer: APIServiceInformer,
    private readonly client: APIServicesClient,
    private readonly now: () => Date,
  ) {
    this.queue = new WorkQueue('LocalAvailabilityController', (key) => this.sync(key));
    const enqueue = (obj: APIService) => this.queue.add(obj.metadata?.name ?? '');
    informer.addEventHandler({ onAdd: enqueue, onUpdate: (old) => enqueue(old), onDelete: enqueue });
  }

  private async sync(key: string): Promise<void> {
    const originalAPIService = this.informer.lister.get(key);
    if (!originalAPIService) return;
    // this controller only handles local APIServices
    if (originalAPIService.spec?.service) return;
    // local API services are always considered available
    const apiService = deepCopyObject(originalAPIService);
    setAPIServiceCondition(apiService, newLocalAvailableAPIServiceCondition(timestamp(this.now())));
    await this.updateAPIServiceStatus(originalAPIService, apiService);
  }

  /** Only issues an update if a change is detected. */
  private async updateAPIServiceStatus(original: APIService, updated: APIService): Promise<void> {
    if (deepEqual(original.status ?? {}, updated.status ?? {})) return;
    await this.client.updateStatus(updated);
  }

  run(): void {
    this.queue.start();
  }
}
