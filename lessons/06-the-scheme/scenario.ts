// Three POSTs and the scheme: a ConfigMap it knows, a kind it does not know, and a version it knows but this
// server does not serve.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';

const headers = {
  Accept: 'application/json',
  'Content-Type': 'application/json',
  'User-Agent': 'kubectl/v1.34.0 (linux/amd64)',
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

/** apps/v1beta1: registered in the scheme of every v1.34 server, served by none unless asked to. */
export const v1beta1Deployment = {
  apiVersion: 'apps/v1beta1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    },
  },
};

export const scenario: Scenario = {
  // serveAppsV1beta1 is left off: apps/v1beta1 stays in the scheme, but no route serves it
  config: { clock: () => new Date('2025-08-27T12:00:00Z'), seed: 606 },
  setup: [],
  requests: [
    { title: { en: 'Create a ConfigMap: a kind the scheme knows' }, request: post(configmaps, configMap) },
    { title: { en: 'POST kind Foo to the ConfigMaps endpoint' }, request: post(configmaps, foo) },
    {
      title: { en: 'Create a Deployment as apps/v1beta1 on a server that does not serve it' },
      request: post('/apis/apps/v1beta1/namespaces/default/deployments', v1beta1Deployment),
    },
  ],
};
