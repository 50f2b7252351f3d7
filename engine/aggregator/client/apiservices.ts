// Go twin: k8s.io/kube-aggregator/pkg/client/clientset_generated/clientset/typed/apiregistration/v1/apiservice.go
// (Create, Update, UpdateStatus, Delete, Get) @ v1.34.0 — over the loopback client.
import type { APIService } from '../apis/apiregistration/types';
import type { LoopbackClient } from './loopback';

const base = '/apis/apiregistration.k8s.io/v1/apiservices';
const path = (s: APIService, sub = '') => `${base}/${encodeURIComponent(s.metadata?.name ?? '')}${sub}`;
/** the v1 body: TypeMeta, then the object's fields (internal and v1 APIServices have the same JSON) */
const body = (s: APIService) => ({ kind: 'APIService', apiVersion: 'apiregistration.k8s.io/v1', ...s });

export class APIServicesClient {
  constructor(private readonly client: LoopbackClient) {}

  create(apiService: APIService): Promise<APIService> {
    return this.client.do('POST', base, body(apiService));
  }
  update(apiService: APIService): Promise<APIService> {
    return this.client.do('PUT', path(apiService), body(apiService));
  }
  updateStatus(apiService: APIService): Promise<APIService> {
    return this.client.do('PUT', path(apiService, '/status'), body(apiService));
  }
  get(name: string): Promise<APIService> {
    return this.client.do('GET', `${base}/${encodeURIComponent(name)}`);
  }
  async delete(name: string): Promise<void> {
    await this.client.do('DELETE', `${base}/${encodeURIComponent(name)}`);
  }
}
