// Three GETs that end in three different places of the delegation chain.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';
import { kubectlHeaders } from '../_shared/requests';

const headers = kubectlHeaders;
const get = (path: string): HTTPRequest => ({ method: 'GET', path, headers });

export const scenario: Scenario = {
  config: { clock: () => new Date('2025-08-27T10:00:00Z'), seed: 134 },
  setup: [
    {
      method: 'POST',
      path: '/api/v1/namespaces/default/pods',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'nginx', labels: { app: 'nginx' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      }),
    },
  ],
  requests: [
    {
      title: { en: 'A built-in resource: get the nginx Pod', zh: '内置资源：获取 nginx Pod' },
      request: get('/api/v1/namespaces/default/pods/nginx'),
    },
    {
      title: { en: 'A group nobody serves', zh: '一个没有任何服务器提供的组' },
      request: get('/apis/nosuch.example.com/v1/foos'),
    },
    {
      title: { en: 'The list of API groups: GET /apis', zh: 'API 组列表：GET /apis' },
      request: get('/apis'),
    },
  ],
};
