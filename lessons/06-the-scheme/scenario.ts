// Three POSTs and the scheme: a ConfigMap it knows, a kind it does not know, and a version it knows but this
// server does not serve.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';
import { kubectlUserAgent, v1beta1Deployment } from '../_shared/requests';

const headers = {
  Accept: 'application/json',
  'Content-Type': 'application/json',
  'User-Agent': kubectlUserAgent,
};
const configmaps = '/api/v1/namespaces/default/configmaps';

const post = (path: string, body: unknown): HTTPRequest => ({
  method: 'POST',
  path,
  headers,
  body: JSON.stringify(body, null, 2),
});

export const configMap = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'settings' },
  data: { theme: 'dark' },
};

/** A kind nobody registered in version v1. */
export const foo = { apiVersion: 'v1', kind: 'Foo', metadata: { name: 'settings' }, data: { theme: 'dark' } };

export { v1beta1Deployment };

export const scenario: Scenario = {
  // serveAppsV1beta1 is left off: apps/v1beta1 stays in the scheme, but no route serves it
  config: { clock: () => new Date('2025-08-27T12:00:00Z'), seed: 606 },
  setup: [],
  requests: [
    {
      title: {
        en: 'Create a ConfigMap: a kind the scheme knows',
        zh: '创建一个 ConfigMap：Scheme 认识的 kind',
      },
      request: post(configmaps, configMap),
    },
    {
      title: {
        en: 'POST kind Foo to the ConfigMaps endpoint',
        zh: '向 ConfigMaps 端点 POST kind 为 Foo 的对象',
      },
      request: post(configmaps, foo),
    },
    {
      title: {
        en: 'Create a Deployment as apps/v1beta1 on a server that does not serve it',
        zh: '在不提供 apps/v1beta1 的服务器上以该版本创建 Deployment',
      },
      request: post('/apis/apps/v1beta1/namespaces/default/deployments', v1beta1Deployment),
    },
  ],
};
