// Go twin: k8s.io/kube-aggregator/pkg/apiserver/apiservice_controller.go (APIServiceRegistrationController:
// sync, Run, the informer handlers) @ v1.34.0
//
// Keeps the aggregator's proxy paths in step with the APIService objects: an added or changed APIService is
// AddAPIService'd, a deleted one RemoveAPIService'd.
import type { APIServiceInformer } from './client/informer';
import type { APIService } from './apis/apiregistration/types';
import { WorkQueue } from './controllers/queue';

/** APIHandlerManager: what the aggregator offers the controller. */
export interface APIHandlerManager {
  addAPIService(apiService: APIService): void;
  removeAPIService(apiServiceName: string): void;
}

export class APIServiceRegistrationController {
  readonly queue: WorkQueue;

  constructor(
    private readonly informer: APIServiceInformer,
    private readonly apiHandlerManager: APIHandlerManager,
  ) {
    this.queue = new WorkQueue('APIServiceRegistrationController', (key) => this.sync(key));
    const enqueue = (obj: APIService) => this.queue.add(obj.metadata?.name ?? '');
    informer.addEventHandler({ onAdd: enqueue, onUpdate: (_old, obj) => enqueue(obj), onDelete: enqueue });
  }

  private async sync(key: string): Promise<void> {
    const apiService = this.informer.lister.get(key);
    if (!apiService) {
      this.apiHandlerManager.removeAPIService(key);
      return;
    }
    this.apiHandlerManager.addAPIService(apiService);
  }

  /**
   * Run: start the worker, and initially sync all APIServices "to make sure the proxy handler is complete";
   * resolves when that is done (Go closes apiServiceRegistrationControllerInitiated).
   */
  async run(): Promise<void> {
    this.queue.start();
    for (const apiService of this.informer.lister.list()) this.apiHandlerManager.addAPIService(apiService);
  }
}
