// Go twin: k8s.io/kube-aggregator/pkg/controllers/status/remote/remote_available_controller.go
// (AvailableConditionController: sync, hasAvailableEndpoint, updateAPIServiceStatus, the service handlers)
// @ v1.34.0
//
// Sets the Available condition of APIServices backed by a Service, with Go's checks in Go's order: the Service
// must exist (`ServiceNotFound`); a ClusterIP Service must listen on the APIService's port (`ServicePortError`)
// and have ready endpoints; then a discovery GET of `/apis/<group>/<version>` must answer 2xx
// (`FailedDiscoveryCheck`), else `Passed`. Endpoints are modelled by the extension servers registered for the
// Service (transport.ts): with none, a Service with a selector has the EndpointSlice controller's empty
// placeholder slice (`MissingEndpoints`), one without a selector has no slice at all (`EndpointsNotFound`).
import { toRequest } from '../../../../controlplane/request';
import type { RegistryContext } from '../../../../controlplane/resource';
import { timestamp } from '../../../../registry/generic/registry/store';
import { deepCopyObject } from '../../../../runtime/object';
import { RecordingResponseWriter } from '../../../../server/http';
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
import {
  endpointString,
  type Endpoint,
  type Service,
  type ServiceGetter,
  type ServiceResolver,
} from '../../../resolvers';
import { setAuthProxyHeaders, type ClusterNetwork } from '../../../transport';
import { WorkQueue } from '../../queue';

export class RemoteAvailableConditionController {
  readonly queue: WorkQueue;
  /** apiservice names by service namespace and name (rebuildAPIServiceCache) */
  private cache = new Map<string, string[]>();

  constructor(
    private readonly informer: APIServiceInformer,
    private readonly client: APIServicesClient,
    private readonly getService: ServiceGetter,
    private readonly serviceResolver: ServiceResolver,
    private readonly network: ClusterNetwork,
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
    const servicePort = ref.port ?? 0;
    const set = async (status: string, reason: string, message: string) => {
      setAPIServiceCondition(apiService, { ...availableCondition, status, reason, message });
      await this.updateAPIServiceStatus(originalAPIService, apiService);
    };

    let service: Service | null;
    try {
      service = await this.getService(namespace, name);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      return set(
        ConditionUnknown,
        'ServiceAccessError',
        `service/${name} in ${quote(namespace)} cannot be checked due to: ${msg}`,
      );
    }
    if (!service) {
      return set(ConditionFalse, 'ServiceNotFound', `service/${name} in ${quote(namespace)} is not present`);
    }

    if (service.spec?.type === 'ClusterIP') {
      // if we have a cluster IP service, it must be listening on configured port and we can check that
      const port = (service.spec.ports ?? []).find((p) => p.port === servicePort);
      if (!port) {
        return set(
          ConditionFalse,
          'ServicePortError',
          `service/${name} in ${quote(namespace)} is not listening on port ${servicePort}`,
        );
      }
      if (!this.network.serverFor(namespace, name)) {
        // the EndpointSlice controller keeps an empty placeholder slice for a Service with a selector
        const hasSelector = Object.keys(service.spec.selector ?? {}).length > 0;
        if (!hasSelector) {
          return set(
            ConditionFalse,
            'EndpointsNotFound',
            `cannot find endpointslices for service/${name} in ${quote(namespace)}`,
          );
        }
        return set(
          ConditionFalse,
          'MissingEndpoints',
          `endpointslices for service/${name} in ${quote(namespace)} have no addresses with port name ${quote(port.name ?? '')}`,
        );
      }
    }

    // actually try to hit the discovery endpoint when it isn't local and when we're routing as a service.
    const lastError = await this.discoveryCheck(apiService, namespace, name, servicePort);
    if (lastError !== null) {
      // Go also returns the error to requeue; the same servers give the same answer here, so it is not retried
      return set(ConditionFalse, 'FailedDiscoveryCheck', lastError);
    }
    return set(ConditionTrue, 'Passed', 'all checks passed');
  }

  /**
   * The discovery GET Go sends (five at once; one success is enough) as `system:kube-aggregator` in
   * system:masters, ignoring TLS verification: null when it answered 2xx, else the error's message.
   */
  private async discoveryCheck(
    apiService: APIService,
    namespace: string,
    name: string,
    port: number,
  ): Promise<string | null> {
    let endpoint: Endpoint;
    try {
      endpoint = await this.serviceResolver.resolveEndpoint(namespace, name, port);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    // render legacyAPIService health check path when it is delegated to a service
    const path =
      apiService.metadata?.name === 'v1.'
        ? `/api/${apiService.spec?.version ?? ''}`
        : `/apis/${apiService.spec?.group ?? ''}/${apiService.spec?.version ?? ''}`;
    const discoveryURL = endpointString(endpoint) + path;
    const req = toRequest({ method: 'GET', path, headers: { 'User-Agent': 'Go-http-client/1.1' } });
    // setting the system-masters identity ensures that we will always have access rights
    setAuthProxyHeaders(req.header, { name: 'system:kube-aggregator', groups: ['system:masters'] });
    const w = new RecordingResponseWriter();
    const failures: Error[] = [];
    await this.network.roundTrip({ namespace, name }, endpoint, req, w, (err) => failures.push(err));
    if (failures.length > 0) {
      // http.Client.Do's *url.Error: `Get "<url>": <cause>`
      return `failing or missing response from ${discoveryURL}: Get ${quote(discoveryURL)}: ${failures[0]!.message}`;
    }
    const code = w.status || 200;
    // a redirect is not followed (ErrUseLastResponse) and fails the check like any status outside the 200s
    if (code < 200 || code >= 300) {
      return `failing or missing response from ${discoveryURL}: bad status from ${discoveryURL}: ${code}`;
    }
    return null;
  }

  /** Only issues an update if a change is detected. */
  private async updateAPIServiceStatus(original: APIService, updated: APIService): Promise<void> {
    if (deepEqual(original.status ?? {}, updated.status ?? {})) return;
    await this.client.updateStatus(updated);
  }
}
