// Go twin: k8s.io/kube-aggregator/pkg/controllers/status/remote/remote_available_controller.go
// (AvailableConditionController: sync, updateAPIServiceStatus, the service handlers) @ v1.34.0
//
// Sets the Available condition of APIServices backed by a Service. What is modelled: the Service must exist
// (`ServiceNotFound`), a ClusterIP Service must listen on the APIService's port (`ServicePortError`) and have
// EndpointSlices — the simulator has none, so a ClusterIP-backed APIService ends at `EndpointsNotFound`. For
// other Service types Go goes straight to a discovery GET against the aggregated server, which the simulator
// cannot make: their condition is left as it is.
import { isNotFound } from '../../../../api/errors/errors';
import type { RegistryContext } from '../../../../controlplane/resource';
import { timestamp } from '../../../../registry/generic/registry/store';
import { deepCopyObject } from '../../../../runtime/object';
import { getPrefixRangeEnd } from '../../../../storage/etcd3/mvcc';
import { quote } from '../../../../util/strconv/quote';
import { deepEqual } from '../../../../util/equality';
import { setAPIServiceCondition } from '../../../apis/apiregistration/helpers';
import {
  Available,
  ConditionFalse,
  ConditionTrue,
  ConditionUnknown,
  type APIService,
  type APIServiceCondition,
} from '../../../apis/apiregistration/types';
import type { APIServicesClient } from '../../../client/apiservices';
import type { APIServiceInformer } from '../../../client/informer';
import type { LoopbackClient } from '../../../client/loopback';
import { WorkQueue } from '../../queue';

interface ServicePort {
  name?: string;
  port?: number;
}
interface Service {
  spec?: { type?: string; ports?: ServicePort[] };
}

export class RemoteAvailableConditionController {
  readonly queue: WorkQueue;
  /** apiservice names by service namespace and name (rebuildAPIServiceCache) */
  private cache = new Map<string, string[]>();

  constructor(
    private readonly informer: APIServiceInformer,
    private readonly client: APIServicesClient,
    private readonly loopback: LoopbackClient,
    private readonly registry: RegistryContext,
  ) {
    this.queue = new WorkQueue('RemoteAvailabilityController', (key) => this.sync(key));
    informer.addEventHandler({
      onAdd: (obj) => {
        if (obj.spec?.service) this.rebuildAPIServiceCache();
        this.queue.add(obj.metadata?.name ?? '');
      },
      onUpdate: (old, obj) => {
        if (!deepEqual(obj.spec?.service ?? null, old.spec?.service ?? null)) this.rebuildAPIServiceCache();
        this.queue.add(old.metadata?.name ?? '');
      },
      onDelete: (obj) => {
        if (obj.spec?.service) this.rebuildAPIServiceCache();
        this.queue.add(obj.metadata?.name ?? '');
      },
    });
  }

  /** Run: the worker, and the Service watch (Go: the services informer) that requeues their APIServices. */
  run(): void {
    const prefix = `${this.registry.storage.prefix}/services/specs/`;
    this.registry.storage.client.watch({ key: prefix, rangeEnd: getPrefixRangeEnd(prefix) }, (resp) => {
      for (const event of resp.events) {
        const [namespace = '', name = ''] = event.kv.key.slice(prefix.length).split('/');
        // the commit is still in progress: enqueue once it is done
        queueMicrotask(() => {
          for (const apiService of this.cache.get(`${namespace}/${name}`) ?? []) this.queue.add(apiService);
        });
      }
    });
    this.queue.start();
  }

  private rebuildAPIServiceCache(): void {
    const cache = new Map<string, string[]>();
    for (const apiService of this.informer.lister.list()) {
      const ref = apiService.spec?.service;
      if (!ref) continue;
      const key = `${ref.namespace ?? ''}/${ref.name ?? ''}`;
      cache.set(key, [...(cache.get(key) ?? []), apiService.metadata?.name ?? '']);
    }
    this.cache = cache;
  }

  private async sync(key: string): Promise<void> {
    const originalAPIService = this.informer.lister.get(key);
    if (!originalAPIService) return;
    const ref = originalAPIService.spec?.service;
    // handled by the local APIService controller
    if (!ref) return;

    const apiService = deepCopyObject(originalAPIService);
    const availableCondition: APIServiceCondition = {
      type: Available,
      status: ConditionTrue,
      lastTransitionTime: timestamp(this.registry.env.now()),
    };
    const name = ref.name ?? '';
    const namespace = ref.namespace ?? '';
    const set = async (status: string, reason: string, message: string) => {
      setAPIServiceCondition(apiService, { ...availableCondition, status, reason, message });
      await this.updateAPIServiceStatus(originalAPIService, apiService);
    };

    let service: Service;
    try {
      service = await this.loopback.do<Service>(
        'GET',
        `/api/v1/namespaces/${encodeURIComponent(namespace)}/services/${encodeURIComponent(name)}`,
      );
    } catch (err) {
      if (isNotFound(err)) {
        return set(
          ConditionFalse,
          'ServiceNotFound',
          `service/${name} in ${quote(namespace)} is not present`,
        );
      }
      const msg = err instanceof Error ? err.message : String(err);
      return set(
        ConditionUnknown,
        'ServiceAccessError',
        `service/${name} in ${quote(namespace)} cannot be checked due to: ${msg}`,
      );
    }

    if (service.spec?.type !== 'ClusterIP') return; // the discovery check is not modelled

    // if we have a cluster IP service, it must be listening on configured port and we can check that
    const servicePort = ref.port ?? 0;
    const found = (service.spec.ports ?? []).some((p) => p.port === servicePort);
    if (!found) {
      return set(
        ConditionFalse,
        'ServicePortError',
        `service/${name} in ${quote(namespace)} is not listening on port ${servicePort}`,
      );
    }
    // no EndpointSlices exist in the simulated cluster
    return set(
      ConditionFalse,
      'EndpointsNotFound',
      `cannot find endpointslices for service/${name} in ${quote(namespace)}`,
    );
  }

  /** Only issues an update if a change is detected. */
  private async updateAPIServiceStatus(original: APIService, updated: APIService): Promise<void> {
    if (deepEqual(original.status ?? {}, updated.status ?? {})) return;
    await this.client.updateStatus(updated);
  }
}
