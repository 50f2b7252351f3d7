// Three gates: one cluster with a token table, RBAC and the default admission plugins plus two webhooks.
// Requests by an unknown token (401), by jane before and after the admin binds her to `edit` (403, then 201
// through mutating and validating admission), and a Pod the validating webhook refuses.
import type { HTTPRequest, ServerConfig } from '../../engine';
import { addLabelService, allowService, denyService, defaultOnPlugins } from '../../engine';
import type { Scenario } from '../types';
import { kubectlHeaders } from '../_shared/requests';

export const ADMIN_TOKEN = 'admin-token-31c2';
export const JANE_TOKEN = 'jane-token-7f0a';
export const UNKNOWN_TOKEN = 'stolen-token-0000';

const as = (token: string) => ({ ...kubectlHeaders, Authorization: `Bearer ${token}` });
const post = (token: string, path: string, body: object): HTTPRequest => ({
  method: 'POST',
  path,
  headers: { ...as(token), 'Content-Type': 'application/json' },
  body: JSON.stringify(body, null, 2),
});

const pods = '/api/v1/namespaces/default/pods';
const pod = (name: string, image: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'nginx', image }] },
});

/** The image-policy webhook: only images pinned to a version tag (or a digest) are allowed. */
const imagePolicy = denyUnpinnedImages();

function denyUnpinnedImages() {
  const allow = allowService();
  return (review: Parameters<ReturnType<typeof allowService>>[0]) => {
    const obj = review.request?.object as { spec?: { containers?: { image?: string }[] } } | undefined;
    const unpinned = (obj?.spec?.containers ?? [])
      .map((c) => c.image ?? '')
      .find((image) => !image.includes('@') && (!/:[^/]+$/.test(image) || image.endsWith(':latest')));
    return unpinned === undefined
      ? allow(review)
      : denyService(`image "${unpinned}" is not pinned to a version`)(review);
  };
}

const config: ServerConfig = {
  clock: () => new Date('2025-08-27T10:00:00Z'),
  seed: 134,
  // --token-auth-file with two users; --anonymous-auth=false
  authentication: {
    tokens: [
      { token: ADMIN_TOKEN, name: 'kubernetes-admin', uid: 'admin', groups: ['system:masters'] },
      { token: JANE_TOKEN, name: 'jane', uid: '1001', groups: ['developers'] },
    ],
    anonymous: false,
  },
  authorizationModes: ['RBAC'],
  admissionPlugins: [...defaultOnPlugins],
  webhookServices: {
    'webhooks/team-labeler/mutate': addLabelService('team', 'frontend'),
    'webhooks/image-policy/validate': imagePolicy,
  },
  // kube-controller-manager's serviceaccounts controller: the `default` ServiceAccount the ServiceAccount plugin needs
  controllers: ['serviceaccount'],
};

const webhook = (name: string, service: string, path: string) => ({
  name,
  clientConfig: { service: { namespace: 'webhooks', name: service, path } },
  rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
  sideEffects: 'None',
  admissionReviewVersions: ['v1'],
});

function service(name: string): HTTPRequest {
  return post(ADMIN_TOKEN, '/api/v1/namespaces/webhooks/services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { selector: { app: name }, ports: [{ port: 443, targetPort: 8443 }] },
  });
}

export const scenario: Scenario = {
  config,
  setup: [
    post(ADMIN_TOKEN, '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'webhooks' },
    }),
    // the Services the webhook configurations name: kube-apiserver resolves them before calling
    service('team-labeler'),
    service('image-policy'),
    post(ADMIN_TOKEN, '/apis/admissionregistration.k8s.io/v1/mutatingwebhookconfigurations', {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'MutatingWebhookConfiguration',
      metadata: { name: 'team-labeler' },
      webhooks: [webhook('team-labeler.kubewalk.dev', 'team-labeler', '/mutate')],
    }),
    post(ADMIN_TOKEN, '/apis/admissionregistration.k8s.io/v1/validatingwebhookconfigurations', {
      apiVersion: 'admissionregistration.k8s.io/v1',
      kind: 'ValidatingWebhookConfiguration',
      metadata: { name: 'image-policy' },
      webhooks: [webhook('image-policy.kubewalk.dev', 'image-policy', '/validate')],
    }),
  ],
  requests: [
    {
      title: { en: 'A request with a token nobody issued', zh: '一个带着无人签发的 token 的请求' },
      request: { method: 'GET', path: pods, headers: as(UNKNOWN_TOKEN) },
    },
    {
      title: {
        en: 'jane asks: can I create pods? (kubectl auth can-i create pods)',
        zh: 'jane 询问：我能创建 Pod 吗？（kubectl auth can-i create pods）',
      },
      request: post(JANE_TOKEN, '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { namespace: 'default', verb: 'create', resource: 'pods' } },
      }),
    },
    {
      title: { en: 'jane creates a Pod anyway', zh: 'jane 不管结果，照样创建 Pod' },
      request: post(JANE_TOKEN, pods, pod('web', 'nginx:1.27')),
    },
    {
      title: {
        en: 'The admin binds jane to the edit ClusterRole in default',
        zh: '管理员在 default 中把 jane 绑定到 ClusterRole edit',
      },
      request: post(ADMIN_TOKEN, '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings', {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'jane-edit' },
        subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }],
        roleRef: { kind: 'ClusterRole', name: 'edit', apiGroup: 'rbac.authorization.k8s.io' },
      }),
    },
    {
      title: { en: 'jane creates the Pod again', zh: 'jane 再次创建 Pod' },
      request: post(JANE_TOKEN, pods, pod('web', 'nginx:1.27')),
    },
    {
      title: { en: 'jane creates a Pod from nginx:latest', zh: 'jane 用 nginx:latest 创建一个 Pod' },
      request: post(JANE_TOKEN, pods, pod('web-latest', 'nginx:latest')),
    },
  ],
};
