// One Deployment, three versions of the same bytes: created as apps/v1beta1 (served here as Kubernetes ≤ 1.15
// did), stored as apps/v1, read back as apps/v1 and as apps/v1beta1.
import type { HTTPRequest } from '../../engine';
import type { Scenario } from '../types';
import { kubectlHeaders, v1beta1Deployment } from '../_shared/requests';

const headers = kubectlHeaders;
const deployments = (version: string) => `/apis/apps/${version}/namespaces/default/deployments`;
const get = (version: string): HTTPRequest => ({
  method: 'GET',
  path: `${deployments(version)}/web`,
  headers,
});

export { v1beta1Deployment };

/** The Deployment's resourceVersion: start-up ends at revision 14 (with apps/v1beta1 served, the aggregator
 * registers eight local APIServices, `v1beta1.apps` among them), and the create is the next write. */
export const RV_CREATED = '15';

export const scenario: Scenario = {
  // serveAppsV1beta1: --runtime-config=apps/v1beta1=true, as a 1.15 server served it by default
  config: { clock: () => new Date('2025-08-27T10:00:00Z'), seed: 134, serveAppsV1beta1: true },
  setup: [],
  requests: [
    {
      title: {
        en: 'Create a Deployment as apps/v1beta1, without a selector',
        zh: '以 apps/v1beta1 创建一个不带 selector 的 Deployment',
      },
      request: {
        method: 'POST',
        path: deployments('v1beta1'),
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(v1beta1Deployment, null, 2),
      },
    },
    { title: { en: 'Read it back as apps/v1', zh: '以 apps/v1 读回' }, request: get('v1') },
    { title: { en: 'Read it back as apps/v1beta1', zh: '以 apps/v1beta1 读回' }, request: get('v1beta1') },
  ],
};
