// The start-up is traced (run 0): the restStorageMap, APIGroupInfo, the installer deciding each path's verbs
// from its storage's interfaces, the discovery documents. Then four requests that meet those decisions.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';
import { kubectlHeaders, kubectlUserAgent } from '../_shared/requests';

const headers = kubectlHeaders;
const pods = '/api/v1/namespaces/default/pods';

/** The local APIServices start-up registers: one per group version served behind the aggregator (`v1.`,
 * `v1.admissionregistration.k8s.io`, `v1.apiextensions.k8s.io`, `v1.apps`, `v1.authentication.k8s.io`,
 * `v1.authorization.k8s.io`, `v1.rbac.authorization.k8s.io`). lesson.test.ts checks it. */
export const STARTUP_APISERVICES = 7;
/** Start-up's writes: the four namespaces, the `kubernetes` Service and the local APIServices. */
export const STARTUP_WRITES = 4 + 1 + STARTUP_APISERVICES;
/** etcd's revision once start-up is done: a fresh etcd is at revision 1, and each write moves it by one. */
export const RV_STARTUP = 1 + STARTUP_WRITES;

/** A Pod no scheduler has bound: no spec.nodeName, so no kubelet to read a log from. */
export const pod = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web' },
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
};

const createPod: HTTPRequest = {
  method: 'POST',
  path: pods,
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(pod),
};

export const scenario: Scenario = {
  config: { clock: () => new Date('2025-08-27T11:00:00Z'), seed: 505 },
  traceStartup: true,
  setup: [createPod],
  requests: [
    {
      title: { en: "Read the core group's discovery document", zh: '读取核心组的发现文档' },
      request: { method: 'GET', path: '/api/v1', headers },
    },
    {
      title: { en: 'List bindings: a path without a Lister', zh: '列出 bindings：一个没有 Lister 的路径' },
      request: { method: 'GET', path: '/api/v1/namespaces/default/bindings', headers },
    },
    {
      title: {
        en: "POST to a Pod's log: a GET-only path",
        zh: '向 Pod 的日志发送 POST：一个只支持 GET 的路径',
      },
      request: {
        method: 'POST',
        path: `${pods}/web/log`,
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: '{}',
      },
    },
    {
      title: { en: 'GET the log of a Pod that was never scheduled', zh: 'GET 一个从未被调度的 Pod 的日志' },
      request: {
        method: 'GET',
        path: `${pods}/web/log`,
        headers: { Accept: '*/*', 'User-Agent': kubectlUserAgent },
      },
    },
  ],
};
