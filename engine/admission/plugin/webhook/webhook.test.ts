import { beforeEach, describe, expect, it } from 'vitest';
import { newLegacyScheme } from '../../../api/legacyscheme/scheme';
import { StatusError, type Status } from '../../../api/errors/errors';
import type { AdmissionReviewJSON } from '../../../apis/admission/v1/types';
import {
  V1MutatingWebhookConfiguration,
  V1ValidatingWebhookConfiguration,
} from '../../../apis/admissionregistration/v1/types';
import { Pod as V1Pod } from '../../../apis/core/v1/pod_types';
import { V1beta1Deployment } from '../../../apis/apps/v1beta1/types';
import { copyJSON, setType, type GoType, type RuntimeObject } from '../../../runtime/object';
import { internalGroupVersioner } from '../../../runtime/scheme';
import type { PluginInitialization } from '../../initializer';
import type { Attributes, Plugin } from '../../interfaces';
import { newAttributes } from '../../testing/attributes';
import type { WebhookCall } from './generic/call';
import { mutatingWebhookPluginFactory } from './mutating/plugin';
import {
  addLabelService,
  allowService,
  denyService,
  reviewResponse,
  timeoutService,
  type WebhookServices,
} from './services';
import { validatingWebhookPluginFactory } from './validating/plugin';

const { scheme } = newLegacyScheme();

/** A v1 object as the server would hold it: defaulted, then converted to internal. */
function internal(type: GoType, json: Record<string, unknown>): RuntimeObject {
  const obj = setType(copyJSON(json) as RuntimeObject, type);
  scheme.default(obj);
  return scheme.convertToVersion(obj, internalGroupVersioner);
}

let objects: Record<string, RuntimeObject[]>;
const init = (): PluginInitialization => ({
  listerFor: (gr) => {
    const items = () => objects[`${gr.group}/${gr.resource}`] ?? [];
    return {
      get: async (ns, name) =>
        items().find((o) => o.metadata?.name === name && (o.metadata?.namespace ?? '') === ns) ?? null,
      list: async () => items(),
    };
  },
  client: {
    do: () => {
      throw new Error('no client in these tests');
    },
  },
  scheme,
  now: () => new Date('2025-08-27T10:00:00Z'),
});

const hook = (over: Record<string, unknown> = {}) => ({
  name: 'hook.example.com',
  clientConfig: { service: { namespace: 'webhooks', name: 'hook', path: '/admit' } },
  rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
  sideEffects: 'None',
  admissionReviewVersions: ['v1'],
  ...over,
});

function setMutating(...webhooks: Record<string, unknown>[]): void {
  objects['admissionregistration.k8s.io/mutatingwebhookconfigurations'] = [
    internal(V1MutatingWebhookConfiguration, { metadata: { name: 'm' }, webhooks }),
  ];
}
function setValidating(...webhooks: Record<string, unknown>[]): void {
  objects['admissionregistration.k8s.io/validatingwebhookconfigurations'] = [
    internal(V1ValidatingWebhookConfiguration, { metadata: { name: 'v' }, webhooks }),
  ];
}

function podAttrs(over: Partial<Attributes> = {}, labels?: Record<string, string>): Attributes {
  return newAttributes({
    name: 'web',
    object: internal(V1Pod, {
      metadata: { name: 'web', namespace: 'default', ...(labels ? { labels } : {}) },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    }),
    userInfo: { name: 'jane', groups: ['system:authenticated'] },
    ...over,
  });
}

let calls: WebhookCall[];
let uidN: number;
const opts = () => ({ onWebhookCall: (c: WebhookCall) => calls.push(c), uid: () => `uid-${++uidN}` });
const mutating = (services: WebhookServices): Plugin =>
  mutatingWebhookPluginFactory(services, opts())(init());
const validating = (services: WebhookServices): Plugin =>
  validatingWebhookPluginFactory(services, opts())(init());

async function statusOf(p: Promise<unknown>): Promise<Partial<Status>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StatusError) return e.status;
    throw e;
  }
  throw new Error('expected the request to fail');
}

beforeEach(() => {
  objects = {
    '/namespaces': [
      { metadata: { name: 'default', labels: { 'kubernetes.io/metadata.name': 'default', env: 'dev' } } },
    ],
    '/services': [
      {
        metadata: { name: 'hook', namespace: 'webhooks' },
        spec: { clusterIP: '10.96.0.20', ports: [{ port: 443 }] },
      },
    ],
  };
  calls = [];
  uidN = 0;
});

const svcURL = 'https://hook.webhooks.svc:443/admit?timeout=10s';

describe('MutatingAdmissionWebhook', () => {
  it('sends a v1 AdmissionReview and applies the label patch to the object', async () => {
    setMutating(hook());
    const a = podAttrs();
    const before = a.object;
    await mutating({ 'webhooks/hook/admit': addLabelService('team', 'blue') }).admit!(a);
    expect(a.object).toBe(before);
    expect(a.object?.metadata?.labels).toEqual({ team: 'blue' });
    expect(calls).toHaveLength(1);
    const req = calls[0]!.request.request!;
    expect(Object.keys(req)).toEqual([
      'uid',
      'kind',
      'resource',
      'requestKind',
      'requestResource',
      'name',
      'namespace',
      'operation',
      'userInfo',
      'object',
      'oldObject',
      'dryRun',
      'options',
    ]);
    expect(req).toMatchObject({
      uid: 'uid-1',
      kind: { group: '', version: 'v1', kind: 'Pod' },
      resource: { group: '', version: 'v1', resource: 'pods' },
      operation: 'CREATE',
      userInfo: { username: 'jane', groups: ['system:authenticated'] },
      oldObject: null,
      dryRun: false,
      options: { kind: 'CreateOptions', apiVersion: 'meta.k8s.io/v1' },
    });
    expect((req.object as RuntimeObject).apiVersion).toBe('v1');
    expect((req.object as RuntimeObject).kind).toBe('Pod');
    expect(calls[0]!.patch).toEqual([{ op: 'add', path: '/metadata/labels', value: { team: 'blue' } }]);
  });

  it('adds to an existing labels map', async () => {
    setMutating(hook());
    const a = podAttrs({}, { app: 'web' });
    await mutating({ 'webhooks/hook/admit': addLabelService('a/b', 'x') }).admit!(a);
    expect(a.object?.metadata?.labels).toEqual({ app: 'web', 'a/b': 'x' });
  });

  it('runs configurations by name and sees the previous patch', async () => {
    objects['admissionregistration.k8s.io/mutatingwebhookconfigurations'] = [
      internal(V1MutatingWebhookConfiguration, {
        metadata: { name: 'b-second' },
        webhooks: [hook({ name: 'second.example.com', clientConfig: { url: 'https://two.example.com' } })],
      }),
      internal(V1MutatingWebhookConfiguration, {
        metadata: { name: 'a-first' },
        webhooks: [hook({ name: 'first.example.com', clientConfig: { url: 'https://one.example.com' } })],
      }),
    ];
    const a = podAttrs();
    await mutating({
      'https://one.example.com': addLabelService('one', '1'),
      'https://two.example.com': addLabelService('two', '2'),
    }).admit!(a);
    expect(calls.map((c) => c.webhook)).toEqual(['first.example.com', 'second.example.com']);
    expect((calls[1]!.request.request!.object as RuntimeObject).metadata?.labels).toEqual({ one: '1' });
    expect(a.object?.metadata?.labels).toEqual({ one: '1', two: '2' });
  });

  it('denies with the webhook message and its code', async () => {
    setMutating(hook({ name: 'deny.example.com' }));
    const a = podAttrs();
    const before = copyJSON(a.object);
    const s = await statusOf(
      mutating({ 'webhooks/hook/admit': denyService('no pods today') }).admit!(a) as Promise<void>,
    );
    expect(s).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'admission webhook "deny.example.com" denied the request: no pods today',
      code: 403,
    });
    expect(a.object).toEqual(before);
  });

  it('a denial without a code is a 400, and without a message says so', async () => {
    setMutating(hook({ name: 'deny.example.com' }));
    const s = await statusOf(
      mutating({ 'webhooks/hook/admit': (r) => reviewResponse(r, { allowed: false }) }).admit!(
        podAttrs(),
      ) as Promise<void>,
    );
    expect(s.code).toBe(400);
    expect(s.message).toBe('admission webhook "deny.example.com" denied the request without explanation');
  });

  it('skips webhooks whose object selector does not match', async () => {
    setMutating(hook({ objectSelector: { matchLabels: { inject: 'yes' } } }));
    const a = podAttrs();
    await mutating({ 'webhooks/hook/admit': addLabelService('x', 'y') }).admit!(a);
    expect(calls).toEqual([]);
    const b = podAttrs({}, { inject: 'yes' });
    await mutating({ 'webhooks/hook/admit': addLabelService('x', 'y') }).admit!(b);
    expect(b.object?.metadata?.labels).toEqual({ inject: 'yes', x: 'y' });
  });

  it('skips webhooks whose namespace selector does not match the namespace labels', async () => {
    setMutating(hook({ namespaceSelector: { matchLabels: { env: 'prod' } } }));
    await mutating({ 'webhooks/hook/admit': addLabelService('x', 'y') }).admit!(podAttrs());
    expect(calls).toEqual([]);
    setMutating(hook({ namespaceSelector: { matchLabels: { env: 'dev' } } }));
    await mutating({ 'webhooks/hook/admit': addLabelService('x', 'y') }).admit!(podAttrs());
    expect(calls).toHaveLength(1);
  });

  it('a namespace selector on a missing namespace answers 404', async () => {
    setMutating(hook({ namespaceSelector: { matchLabels: { env: 'dev' } } }));
    const s = await statusOf(
      mutating({ 'webhooks/hook/admit': allowService() }).admit!(
        podAttrs({ namespace: 'nowhere' }),
      ) as Promise<void>,
    );
    expect(s.code).toBe(404);
    expect(s.message).toBe('namespaces "nowhere" not found');
  });

  it('never calls webhooks for webhook configurations', async () => {
    setMutating(
      hook({ rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*'] }] }),
    );
    await mutating({ 'webhooks/hook/admit': denyService('no') }).admit!(
      podAttrs({
        resource: {
          group: 'admissionregistration.k8s.io',
          version: 'v1',
          resource: 'mutatingwebhookconfigurations',
        },
        kind: { group: 'admissionregistration.k8s.io', version: 'v1', kind: 'MutatingWebhookConfiguration' },
        namespace: '',
      }),
    );
    expect(calls).toEqual([]);
  });

  it('matchPolicy Equivalent sends an apps/v1beta1 request to an apps/v1 rule as apps/v1', async () => {
    setMutating(
      hook({
        rules: [
          { operations: ['CREATE'], apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments'] },
        ],
      }),
    );
    const deployment = internal(V1beta1Deployment, {
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'c', image: 'nginx' }] },
        },
      },
    });
    const a = podAttrs({
      resource: { group: 'apps', version: 'v1beta1', resource: 'deployments' },
      kind: { group: 'apps', version: 'v1beta1', kind: 'Deployment' },
      object: deployment,
    });
    await mutating({ 'webhooks/hook/admit': addLabelService('seen', 'v1') }).admit!(a);
    const req = calls[0]!.request.request!;
    expect(req.kind).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment' });
    expect(req.requestKind).toEqual({ group: 'apps', version: 'v1beta1', kind: 'Deployment' });
    expect((req.object as RuntimeObject).apiVersion).toBe('apps/v1');
    // apps/v1beta1 defaulting copied the template labels onto the Deployment before the webhook ran
    expect(a.object?.metadata?.labels).toEqual({ app: 'web', seen: 'v1' });

    calls = [];
    setMutating(
      hook({
        matchPolicy: 'Exact',
        rules: [
          { operations: ['CREATE'], apiGroups: ['apps'], apiVersions: ['v1'], resources: ['deployments'] },
        ],
      }),
    );
    await mutating({ 'webhooks/hook/admit': addLabelService('seen', 'v1') }).admit!(a);
    expect(calls).toEqual([]);
  });

  describe('failures', () => {
    const cases: [string, WebhookServices, string][] = [
      [
        'a webhook that does not answer in time',
        { 'webhooks/hook/admit': timeoutService() },
        `failed calling webhook "hook.example.com": failed to call webhook: Post "${svcURL}": context deadline exceeded`,
      ],
      [
        'no server behind the Service',
        {},
        `failed calling webhook "hook.example.com": failed to call webhook: Post "${svcURL}": dial tcp 10.96.0.20:443: connect: connection refused`,
      ],
      [
        'an answer for another request',
        {
          'webhooks/hook/admit': (r) =>
            reviewResponse({ request: { ...r.request!, uid: 'other' } }, { allowed: true }),
        },
        'failed calling webhook "hook.example.com": received invalid webhook response: expected response.uid="uid-1", got "other"',
      ],
      [
        'an answer without a response',
        { 'webhooks/hook/admit': () => ({ apiVersion: 'admission.k8s.io/v1', kind: 'AdmissionReview' }) },
        'failed calling webhook "hook.example.com": received invalid webhook response: webhook response was absent',
      ],
      [
        'an answer without apiVersion and kind',
        { 'webhooks/hook/admit': (r) => ({ response: { uid: r.request!.uid, allowed: true } }) },
        'failed calling webhook "hook.example.com": received invalid webhook response: expected webhook response of admission.k8s.io/v1, Kind=AdmissionReview, got /, Kind=',
      ],
      [
        'a patch without a patchType',
        { 'webhooks/hook/admit': (r) => reviewResponse(r, { allowed: true, patch: btoa('[]') }) },
        'failed calling webhook "hook.example.com": received invalid webhook response: webhook returned response.patch but not response.patchType',
      ],
      [
        'a patch that is not JSON',
        {
          'webhooks/hook/admit': (r) =>
            reviewResponse(r, { allowed: true, patch: btoa('nope'), patchType: 'JSONPatch' }),
        },
        "failed calling webhook \"hook.example.com\": received undecodable patch in webhook response: invalid character 'o' in literal null (expecting 'u')",
      ],
      [
        'a patch that is not base64',
        {
          'webhooks/hook/admit': (r) =>
            reviewResponse(r, { allowed: true, patch: 'no pe', patchType: 'JSONPatch' }),
        },
        'failed calling webhook "hook.example.com": failed to call webhook: illegal base64 data at input byte 2',
      ],
      [
        'allowed given as a string',
        {
          'webhooks/hook/admit': (r) =>
            ({
              ...reviewResponse(r, { allowed: true }),
              response: { uid: r.request!.uid, allowed: 'yes' },
            }) as unknown as AdmissionReviewJSON,
        },
        'failed calling webhook "hook.example.com": failed to call webhook: json: cannot unmarshal string into Go struct field AdmissionResponse.response.allowed of type bool',
      ],
    ];

    it.each(cases)('Fail: %s is an internal error and changes nothing', async (_name, services, message) => {
      setMutating(hook());
      const a = podAttrs();
      const before = copyJSON(a.object);
      const s = await statusOf(mutating(services).admit!(a) as Promise<void>);
      expect(s).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: `Internal error occurred: ${message}`,
        reason: 'InternalError',
        details: { causes: [{ message }] },
        code: 500,
      });
      expect(a.object).toEqual(before);
    });

    it.each(cases)('Ignore: %s lets the request through unchanged', async (_name, services) => {
      setMutating(hook({ failurePolicy: 'Ignore' }));
      const a = podAttrs();
      const before = copyJSON(a.object);
      await mutating(services).admit!(a);
      expect(a.object).toEqual(before);
    });

    it('a Service that does not exist', async () => {
      objects['/services'] = [];
      setMutating(hook());
      const s = await statusOf(mutating({}).admit!(podAttrs()) as Promise<void>);
      expect(s.message).toBe(
        `Internal error occurred: failed calling webhook "hook.example.com": failed to call webhook: Post "${svcURL}": service "hook" not found`,
      );
    });

    it('a patch that does not apply is an internal error even with failurePolicy Ignore', async () => {
      setMutating(hook({ failurePolicy: 'Ignore' }));
      const patch = btoa(JSON.stringify([{ op: 'replace', path: '/spec/nothing/here', value: 1 }]));
      const a = podAttrs();
      const before = copyJSON(a.object);
      const s = await statusOf(
        mutating({
          'webhooks/hook/admit': (r) => reviewResponse(r, { allowed: true, patch, patchType: 'JSONPatch' }),
        }).admit!(a) as Promise<void>,
      );
      expect(s.code).toBe(500);
      expect(s.message).toMatch(/^Internal error occurred: replace operation does not apply/);
      expect(a.object).toEqual(before);
    });

    it('the timeout in the URL follows timeoutSeconds', async () => {
      setMutating(hook({ timeoutSeconds: 3 }));
      const s = await statusOf(
        mutating({ 'webhooks/hook/admit': timeoutService() }).admit!(podAttrs()) as Promise<void>,
      );
      expect(s.message).toContain(
        'Post "https://hook.webhooks.svc:443/admit?timeout=3s": context deadline exceeded',
      );
    });
  });

  describe('dry run', () => {
    it.each(['None', 'NoneOnDryRun'])(
      'calls a webhook with sideEffects %s and says dryRun',
      async (sideEffects) => {
        setMutating(hook({ sideEffects }));
        await mutating({ 'webhooks/hook/admit': allowService() }).admit!(podAttrs({ dryRun: true }));
        expect(calls[0]!.request.request!.dryRun).toBe(true);
        expect(calls[0]!.request.request!.options).toEqual({
          kind: 'CreateOptions',
          apiVersion: 'meta.k8s.io/v1',
          dryRun: ['All'],
        });
      },
    );

    it.each(['Some', 'Unknown'])(
      'refuses to call a webhook with sideEffects %s, whatever the policy',
      async (sideEffects) => {
        setMutating(hook({ sideEffects, failurePolicy: 'Ignore' }));
        const s = await statusOf(
          mutating({ 'webhooks/hook/admit': allowService() }).admit!(
            podAttrs({ dryRun: true }),
          ) as Promise<void>,
        );
        expect(s).toEqual({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'admission webhook "hook.example.com" does not support dry run',
          reason: 'BadRequest',
          code: 400,
        });
        expect(calls).toEqual([]);
      },
    );
  });
});

describe('ValidatingAdmissionWebhook', () => {
  it('allows when every webhook allows', async () => {
    setValidating(hook({ name: 'a.example.com' }), hook({ name: 'b.example.com' }));
    await validating({ 'webhooks/hook/admit': allowService() }).validate!(podAttrs());
    expect(calls.map((c) => c.webhook)).toEqual(['a.example.com', 'b.example.com']);
  });

  it('returns the error of the first webhook that says no', async () => {
    setValidating(
      hook({ name: 'ok.example.com', clientConfig: { url: 'https://ok.example.com' } }),
      hook({ name: 'deny.example.com', clientConfig: { url: 'https://deny.example.com' } }),
      hook({ name: 'deny2.example.com', clientConfig: { url: 'https://deny2.example.com' } }),
    );
    const s = await statusOf(
      validating({
        'https://ok.example.com': allowService(),
        'https://deny.example.com': denyService('first', 422),
        'https://deny2.example.com': denyService('second'),
      }).validate!(podAttrs()) as Promise<void>,
    );
    expect(s.message).toBe('admission webhook "deny.example.com" denied the request: first');
    expect(s.code).toBe(422);
    expect(calls).toHaveLength(3);
  });

  it('a validating webhook may not patch', async () => {
    setValidating(hook());
    const s = await statusOf(
      validating({
        'webhooks/hook/admit': (r) =>
          reviewResponse(r, { allowed: true, patch: btoa('[]'), patchType: 'JSONPatch' }),
      }).validate!(podAttrs()) as Promise<void>,
    );
    expect(s.message).toBe(
      'Internal error occurred: failed calling webhook "hook.example.com": received invalid webhook response: validating webhook may not return response.patch',
    );
  });

  it.each<[string, string | undefined, boolean]>([
    ['Fail', 'Fail', false],
    ['Ignore', 'Ignore', true],
    ['the default (Fail)', undefined, false],
  ])('failurePolicy %s on a timeout', async (_name, failurePolicy, passes) => {
    setValidating(hook(failurePolicy ? { failurePolicy } : {}));
    const p = validating({ 'webhooks/hook/admit': timeoutService() }).validate!(podAttrs()) as Promise<void>;
    if (passes) await p;
    else
      expect((await statusOf(p)).message).toBe(
        `Internal error occurred: failed calling webhook "hook.example.com": failed to call webhook: Post "${svcURL}": context deadline exceeded`,
      );
  });

  it('a url webhook whose host does not resolve', async () => {
    setValidating(hook({ clientConfig: { url: 'https://hooks.example.com/check' } }));
    const s = await statusOf(validating({}).validate!(podAttrs()) as Promise<void>);
    expect(s.message).toBe(
      'Internal error occurred: failed calling webhook "hook.example.com": failed to call webhook: Post "https://hooks.example.com/check?timeout=10s": dial tcp: lookup hooks.example.com: no such host',
    );
  });

  it('DELETE sends the old object and no new one', async () => {
    setValidating(
      hook({
        rules: [{ operations: ['DELETE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
      }),
    );
    const old = podAttrs().object;
    await validating({ 'webhooks/hook/admit': allowService() }).validate!(
      podAttrs({ operation: 'DELETE', object: null, oldObject: old }),
    );
    const req = calls[0]!.request.request!;
    expect(req.object).toBeNull();
    expect((req.oldObject as RuntimeObject).metadata?.name).toBe('web');
    expect(req.options).toEqual({ kind: 'DeleteOptions', apiVersion: 'meta.k8s.io/v1' });
  });
});
