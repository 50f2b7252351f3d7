// Two clients update the same Deployment from the same copy; one wins, the other gets 409 Conflict and retries
// on a fresh copy. Then a no-op update, a delete, and two watches from the revision both clients started from:
// one replays the history, the other comes after etcd compacted it away.
//
// Requests are static, so the resourceVersions in the bodies are written out. The server is deterministic
// (fixed clock and seed): start-up leaves etcd at revision 13 (the system namespaces, the `kubernetes`
// Service and seven local APIServices) and the setup create writes revision 14; each successful write moves the
// revision by one. lesson.test.ts checks every one of these numbers; lesson.en.md spells them out too.
import type { HTTPRequest } from '../../engine';
import type { Scenario, ScenarioRequest } from '../types';
import { kubectlHeaders } from '../_shared/requests';

/** etcd's revision once start-up is done; every successful write after it moves the revision by one. */
const REV_STARTUP = 13;
const afterStartup = (writes: number) => String(REV_STARTUP + writes);

/** The Deployment's resourceVersion after setup: what clients A and B both read. */
export const RV_CREATED = afterStartup(1);
/** After A's update (request 0). */
export const RV_AFTER_A = afterStartup(2);
/** After B's retry (request 3); the no-op update (request 4) keeps it. */
export const RV_AFTER_B = afterStartup(3);
/** The revision of the delete (request 5). */
export const RV_DELETED = afterStartup(4);

const path = '/apis/apps/v1/namespaces/default/deployments';
const headers = kubectlHeaders;
const writeHeaders = { ...headers, 'Content-Type': 'application/json' };

/** The Deployment as a client sends it: a resourceVersion (none on create), replicas and the image. */
const deployment = (o: { resourceVersion?: string; replicas: number; image: string }) =>
  JSON.stringify(
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        ...(o.resourceVersion ? { resourceVersion: o.resourceVersion } : {}),
      },
      spec: {
        replicas: o.replicas,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'nginx', image: o.image }] },
        },
      },
    },
    null,
    2,
  );

const put = (o: { resourceVersion: string; replicas: number; image: string }): HTTPRequest => ({
  method: 'PUT',
  path: `${path}/web`,
  headers: writeHeaders,
  body: deployment(o),
});

const watchFrom = (resourceVersion: string): HTTPRequest => ({
  method: 'GET',
  path: `${path}?watch=true&resourceVersion=${resourceVersion}`,
  headers,
});

const requests: ScenarioRequest[] = [
  {
    title: {
      en: `Client A scales to 2 replicas (PUT with resourceVersion ${RV_CREATED})`,
      zh: `客户端 A 扩容到 2 个副本（PUT，带 resourceVersion ${RV_CREATED}）`,
    },
    request: put({ resourceVersion: RV_CREATED, replicas: 2, image: 'nginx:1.27' }),
  },
  {
    title: {
      en: `Client B changes the image on its copy from before (PUT with resourceVersion ${RV_CREATED})`,
      zh: `客户端 B 在它之前的拷贝上修改镜像（PUT，带 resourceVersion ${RV_CREATED}）`,
    },
    request: put({ resourceVersion: RV_CREATED, replicas: 1, image: 'nginx:1.28' }),
  },
  {
    title: { en: 'Client B reads the Deployment again', zh: '客户端 B 重新读取该 Deployment' },
    request: { method: 'GET', path: `${path}/web`, headers },
  },
  {
    title: {
      en: `Client B applies its change to the fresh copy (PUT with resourceVersion ${RV_AFTER_A})`,
      zh: `客户端 B 把它的修改应用到新拷贝上（PUT，带 resourceVersion ${RV_AFTER_A}）`,
    },
    request: put({ resourceVersion: RV_AFTER_A, replicas: 2, image: 'nginx:1.28' }),
  },
  {
    title: {
      en: `Client B sends the same object once more (PUT with resourceVersion ${RV_AFTER_B})`,
      zh: `客户端 B 再次发送同一个对象（PUT，带 resourceVersion ${RV_AFTER_B}）`,
    },
    request: put({ resourceVersion: RV_AFTER_B, replicas: 2, image: 'nginx:1.28' }),
  },
  {
    title: { en: 'Delete the Deployment', zh: '删除该 Deployment' },
    request: { method: 'DELETE', path: `${path}/web`, headers },
  },
  {
    title: {
      en: `Watch from resourceVersion ${RV_CREATED}`,
      zh: `从 resourceVersion ${RV_CREATED} 开始监视`,
    },
    request: watchFrom(RV_CREATED),
  },
  {
    title: {
      en: `Watch from resourceVersion ${RV_CREATED} again, after etcd compacted its history`,
      zh: `在 etcd 压缩历史之后，再次从 resourceVersion ${RV_CREATED} 开始监视`,
    },
    request: watchFrom(RV_CREATED),
    // etcd forgets every revision before the current one (RV_DELETED) right before this request
    before: { compactAt: 'current' },
  },
];

export const scenario: Scenario = {
  config: { clock: () => new Date('2025-08-27T10:00:00Z'), seed: 134 },
  // both clients read the Deployment right after this create: resourceVersion RV_CREATED
  setup: [
    { method: 'POST', path, headers: writeHeaders, body: deployment({ replicas: 1, image: 'nginx:1.27' }) },
  ],
  requests,
};
