// Three creates of the same nginx Pod: for real, as a dry run, and without an image.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';

const headers = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
  'User-Agent': 'kubectl/v1.34.0 (linux/amd64)',
};

const pod = (name: string, container: Record<string, unknown>) =>
  JSON.stringify(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels: { app: 'nginx' } },
      spec: { containers: [container] },
    },
    null,
    2,
  );

const create = (query: string, body: string): HTTPRequest => ({
  method: 'POST',
  path: `/api/v1/namespaces/default/pods${query}`,
  headers,
  body,
});

/** etcd's revision once start-up is done: the post-start hooks wrote the system namespaces, the `kubernetes`
 * Service and the aggregator's seven local APIServices. lesson.test.ts checks it. */
export const RV_STARTUP = '13';
/** The revision of the transaction that creates the Pod: its resourceVersion. */
export const RV_CREATED = '14';

export const scenario: Scenario = {
  // a fixed clock and seed: the same uid, timestamps and audit IDs on every run
  config: { clock: () => new Date('2025-08-27T10:00:00Z'), seed: 134 },
  setup: [],
  requests: [
    {
      title: { en: 'Create the nginx Pod', zh: '创建 nginx Pod' },
      request: create('', pod('nginx', { name: 'nginx', image: 'nginx:1.27' })),
    },
    {
      // another name: a dry run of `nginx` itself would fail, as the real create would, with 409 AlreadyExists
      title: {
        en: 'The same Pod as a dry run (?dryRun=All)',
        zh: '以试运行方式创建同一个 Pod（?dryRun=All）',
      },
      request: create('?dryRun=All', pod('nginx-preview', { name: 'nginx', image: 'nginx:1.27' })),
    },
    {
      title: { en: 'A Pod whose container has no image', zh: '一个容器没有镜像的 Pod' },
      request: create('', pod('no-image', { name: 'nginx' })),
    },
  ],
};
