import { describe, expect, it } from 'vitest';
import type { Status } from '../../../../api/errors/errors';
import { forbiddenStatus, statusOf } from '../../../../admission/testing/status';
import type { PluginFactory } from '../../../../admission/initializer';
import type { Attributes } from '../../../../admission/interfaces';
import { handledOperations } from '../../../../admission/testing/handles';
import { newAttributes } from '../../../../admission/testing/attributes';
import { memoryInitialization } from '../../../../admission/testing/listers';
import { Pod, type PodObject, type PodSpec, type Volume } from '../../../../apis/core/pod_types';
import { CoreServiceAccount, type ServiceAccount } from '../../../../apis/core/serviceaccount_types';
import { copyJSON, setType, type RuntimeObject } from '../../../../runtime/object';
import { newServiceAccount, PluginName } from './admission';

const sa = (name: string, namespace: string, fields: Partial<ServiceAccount> = {}): ServiceAccount =>
  setType({ metadata: { name, namespace, ...fields.metadata }, ...fields }, CoreServiceAccount);

const accounts: ServiceAccount[] = [
  sa('default', 'default'),
  sa('builder', 'default', { imagePullSecrets: [{ name: 'registry' }] }),
  sa('quiet', 'default', { automountServiceAccountToken: false }),
  sa('strict', 'default', {
    metadata: {
      name: 'strict',
      namespace: 'default',
      annotations: { 'kubernetes.io/enforce-mountable-secrets': 'true' },
    },
    secrets: [{ name: 'allowed' }],
    imagePullSecrets: [{ name: 'registry' }],
  }),
  sa('default', 'other'),
];

/** A random source that always draws the first alphabet letter, so names are `kube-api-access-bbbbb`. */
const first = () => 0;
const plugin = newServiceAccount(memoryInitialization({ '/serviceaccounts': accounts }), { random: first });
// the constructor is the factory a server registers
const factory: PluginFactory = newServiceAccount;

const pod = (spec: PodSpec, annotations?: Record<string, string>): PodObject =>
  setType(
    { metadata: { name: 'web', namespace: 'default', ...(annotations ? { annotations } : {}) }, spec },
    Pod,
  );

const tokenVolume = (name: string): Volume => ({
  name,
  projected: {
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      {
        downwardAPI: {
          items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
        },
      },
    ],
    defaultMode: 420,
  },
});
const tokenMount = (name: string) => ({
  name,
  readOnly: true,
  mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
});
const generated = 'kube-api-access-bbbbb';

const run = (phase: 'admit' | 'validate', a: Attributes) => statusOf(() => plugin[phase]!(a));

const create = (o: RuntimeObject, a: Partial<Attributes> = {}) =>
  newAttributes({ name: 'web', object: o, ...a });

const forbidden = (message: string): Status => forbiddenStatus('pods', 'web', message);

describe('ServiceAccount admit', () => {
  it('mutates and validates creates and updates', () => {
    expect(plugin.name).toBe(PluginName);
    expect(factory(memoryInitialization({})).name).toBe('ServiceAccount');
    expect(handledOperations(plugin)).toEqual(['CREATE', 'UPDATE']);
  });

  it.each<[string, PodSpec, PodSpec]>([
    [
      'a bare pod: default account, token volume, a mount in every container and init container',
      { initContainers: [{ name: 'init', image: 'busybox' }], containers: [{ name: 'c', image: 'nginx' }] },
      {
        initContainers: [{ name: 'init', image: 'busybox', volumeMounts: [tokenMount(generated)] }],
        containers: [{ name: 'c', image: 'nginx', volumeMounts: [tokenMount(generated)] }],
        serviceAccountName: 'default',
        volumes: [tokenVolume(generated)],
      },
    ],
    [
      'existing mounts and volumes: the token comes last',
      {
        volumes: [{ name: 'data', emptyDir: {} }],
        containers: [{ name: 'c', image: 'nginx', volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
      },
      {
        volumes: [{ name: 'data', emptyDir: {} }, tokenVolume(generated)],
        containers: [
          {
            name: 'c',
            image: 'nginx',
            volumeMounts: [{ name: 'data', mountPath: '/data' }, tokenMount(generated)],
          },
        ],
        serviceAccountName: 'default',
      },
    ],
    [
      'a container with its own mount at the path keeps it; the other gets the token',
      {
        volumes: [{ name: 'mine', emptyDir: {} }],
        containers: [
          {
            name: 'a',
            image: 'nginx',
            volumeMounts: [{ name: 'mine', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
          },
          { name: 'b', image: 'nginx' },
        ],
      },
      {
        volumes: [{ name: 'mine', emptyDir: {} }, tokenVolume(generated)],
        containers: [
          {
            name: 'a',
            image: 'nginx',
            volumeMounts: [{ name: 'mine', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
          },
          { name: 'b', image: 'nginx', volumeMounts: [tokenMount(generated)] },
        ],
        serviceAccountName: 'default',
      },
    ],
    [
      'every container mounts something at the path: no volume is added',
      {
        containers: [
          {
            name: 'a',
            image: 'nginx',
            volumeMounts: [{ name: 'x', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
          },
        ],
      },
      {
        containers: [
          {
            name: 'a',
            image: 'nginx',
            volumeMounts: [{ name: 'x', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }],
          },
        ],
        serviceAccountName: 'default',
      },
    ],
    [
      'a kube-api-access- volume already there (a re-invocation): reused, not added again',
      { volumes: [tokenVolume('kube-api-access-abcde')], containers: [{ name: 'c', image: 'nginx' }] },
      {
        volumes: [tokenVolume('kube-api-access-abcde')],
        containers: [{ name: 'c', image: 'nginx', volumeMounts: [tokenMount('kube-api-access-abcde')] }],
        serviceAccountName: 'default',
      },
    ],
    [
      'the pod opts out of automounting',
      { automountServiceAccountToken: false, containers: [{ name: 'c', image: 'nginx' }] },
      {
        automountServiceAccountToken: false,
        containers: [{ name: 'c', image: 'nginx' }],
        serviceAccountName: 'default',
      },
    ],
    [
      'the account opts out of automounting',
      { serviceAccountName: 'quiet', containers: [{ name: 'c', image: 'nginx' }] },
      { serviceAccountName: 'quiet', containers: [{ name: 'c', image: 'nginx' }] },
    ],
    [
      "the pod's opt-in wins over the account's opt-out",
      {
        serviceAccountName: 'quiet',
        automountServiceAccountToken: true,
        containers: [{ name: 'c', image: 'nginx' }],
      },
      {
        serviceAccountName: 'quiet',
        automountServiceAccountToken: true,
        containers: [{ name: 'c', image: 'nginx', volumeMounts: [tokenMount(generated)] }],
        volumes: [tokenVolume(generated)],
      },
    ],
    [
      "the account's image pull secrets are copied to a pod that has none",
      {
        serviceAccountName: 'builder',
        automountServiceAccountToken: false,
        containers: [{ name: 'c', image: 'nginx' }],
      },
      {
        serviceAccountName: 'builder',
        automountServiceAccountToken: false,
        containers: [{ name: 'c', image: 'nginx' }],
        imagePullSecrets: [{ name: 'registry' }],
      },
    ],
    [
      "a pod's own pull secrets are kept",
      {
        serviceAccountName: 'builder',
        automountServiceAccountToken: false,
        imagePullSecrets: [{ name: 'mine' }],
        containers: [{ name: 'c', image: 'nginx' }],
      },
      {
        serviceAccountName: 'builder',
        automountServiceAccountToken: false,
        imagePullSecrets: [{ name: 'mine' }],
        containers: [{ name: 'c', image: 'nginx' }],
      },
    ],
    [
      'an enforcing account with a pod that uses only what it lists',
      {
        serviceAccountName: 'strict',
        automountServiceAccountToken: false,
        volumes: [{ name: 's', secret: { secretName: 'allowed' } }],
        containers: [{ name: 'c', image: 'nginx', envFrom: [{ secretRef: { name: 'allowed' } }] }],
      },
      {
        serviceAccountName: 'strict',
        automountServiceAccountToken: false,
        volumes: [{ name: 's', secret: { secretName: 'allowed' } }],
        containers: [{ name: 'c', image: 'nginx', envFrom: [{ secretRef: { name: 'allowed' } }] }],
        imagePullSecrets: [{ name: 'registry' }],
      },
    ],
  ])('%s', async (_name, spec, want) => {
    const o = pod(spec);
    expect(await run('admit', create(o))).toBeNull();
    expect(o.spec).toEqual(want);
    // and the validating phase agrees with what admit produced
    expect(await run('validate', create(o))).toBeNull();
  });

  it('does not change the account it read from the cache', async () => {
    const before = copyJSON(accounts);
    const o = pod({ serviceAccountName: 'builder', containers: [{ name: 'c', image: 'nginx' }] });
    await plugin.admit!(create(o));
    o.spec!.imagePullSecrets![0]!.name = 'changed';
    expect(accounts).toEqual(before);
  });

  it('names the volume with SimpleNameGenerator: 5 characters from its random source, fresh per pod', async () => {
    const draws = [0, 0.99, 0.5, 0.1, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2];
    let i = 0;
    const p = newServiceAccount(memoryInitialization({ '/serviceaccounts': accounts }), {
      random: () => draws[i++]!,
    });
    const names: (string | undefined)[] = [];
    for (let n = 0; n < 2; n++) {
      const o = pod({ containers: [{ name: 'c', image: 'nginx' }] });
      await p.admit!(create(o));
      names.push(o.spec?.volumes?.[0]?.name);
    }
    expect(names).toEqual(['kube-api-access-b9rdl', 'kube-api-access-hhhhh']);
  });

  it.each<[string, PodSpec, string, string]>([
    [
      'the default account missing from the namespace',
      { containers: [{ name: 'c', image: 'nginx' }] },
      'nowhere',
      'error looking up service account nowhere/default: serviceaccount "default" not found',
    ],
    [
      'a named account that does not exist',
      { serviceAccountName: 'ghost', containers: [{ name: 'c', image: 'nginx' }] },
      'default',
      'error looking up service account default/ghost: serviceaccount "ghost" not found',
    ],
    [
      'an enforcing account and a secret volume it does not list',
      {
        serviceAccountName: 'strict',
        volumes: [{ name: 's', secret: { secretName: 'other' } }],
        containers: [],
      },
      'default',
      'volume with secret.secretName="other" is not allowed because service account strict does not reference that secret',
    ],
    [
      'an enforcing account and an init container env secret',
      {
        serviceAccountName: 'strict',
        initContainers: [
          {
            name: 'i',
            image: 'busybox',
            env: [{ name: 'PW', valueFrom: { secretKeyRef: { name: 'db', key: 'pw' } } }],
          },
        ],
        containers: [],
      },
      'default',
      'init container i with envVar PW referencing secret.secretName="db" is not allowed because service account strict does not reference that secret',
    ],
    [
      'an enforcing account and a container envFrom secret',
      {
        serviceAccountName: 'strict',
        containers: [{ name: 'c', image: 'nginx', envFrom: [{ secretRef: { name: 'db' } }] }],
      },
      'default',
      'container c with envFrom referencing secret.secretName="db" is not allowed because service account strict does not reference that secret',
    ],
    [
      'an enforcing account and a pull secret it does not list',
      {
        serviceAccountName: 'strict',
        imagePullSecrets: [{ name: 'registry' }, { name: 'other' }],
        containers: [],
      },
      'default',
      'imagePullSecrets[1].name="other" is not allowed because service account strict does not reference that imagePullSecret',
    ],
  ])('refuses %s, changing nothing', async (_name, spec, namespace, message) => {
    const o = pod(spec);
    const before = copyJSON(o);
    const a = create(o, { namespace });
    expect(await run('admit', a)).toEqual(forbidden(message));
    expect(o).toEqual(before);
    // the validating phase says the same of a pod that names its account
    if (spec.serviceAccountName) expect(await run('validate', a)).toEqual(forbidden(message));
  });

  it.each<[string, PodSpec, string | null]>([
    [
      'a mirror pod without references',
      { nodeName: 'n1', containers: [{ name: 'c', image: 'nginx' }] },
      null,
    ],
    [
      'a mirror pod naming an account',
      { serviceAccountName: 'default', containers: [] },
      'a mirror pod may not reference service accounts',
    ],
    [
      'a mirror pod with a pull secret',
      { imagePullSecrets: [{ name: 'registry' }], containers: [] },
      'a mirror pod may not reference secrets',
    ],
    [
      'a mirror pod with an ephemeral container env secret',
      {
        containers: [],
        ephemeralContainers: [
          { name: 'debug', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] },
        ],
      },
      'a mirror pod may not reference secrets',
    ],
    [
      'a mirror pod with a CSI volume secret',
      { volumes: [{ name: 'v', csi: { driver: 'd', nodePublishSecretRef: { name: 's' } } }], containers: [] },
      'a mirror pod may not reference secrets',
    ],
    [
      'a mirror pod with a projected secret',
      { volumes: [{ name: 'v', projected: { sources: [{ secret: { name: 's' } }] } }], containers: [] },
      'a mirror pod may not reference secrets',
    ],
    [
      'a mirror pod projecting a token',
      { volumes: [tokenVolume('t')], containers: [] },
      'a mirror pod may not use ServiceAccountToken volume projections',
    ],
  ])('%s', async (_name, spec, message) => {
    const o = pod(spec, { 'kubernetes.io/config.mirror': 'abc' });
    const before = copyJSON(o);
    expect(await run('admit', create(o))).toEqual(message === null ? null : forbidden(message));
    // mirror pods are never mutated: no default account, no token
    expect(o).toEqual(before);
  });
});

describe('ServiceAccount validate', () => {
  it('refuses a create whose account a later mutation removed', async () => {
    const o = pod({ containers: [] });
    expect(await run('validate', create(o))).toEqual(
      forbidden('no service account specified for pod default/web'),
    );
  });

  it.each<[string, Partial<Attributes>]>([
    ['an update of the pod', { operation: 'UPDATE' }],
    ['pods/status', { subresource: 'status', operation: 'UPDATE' }],
    ['another resource', { resource: { group: '', version: 'v1', resource: 'services' } }],
    ['no object', { object: null }],
  ])('ignores %s', async (_name, a) => {
    const o = pod({ serviceAccountName: 'ghost', containers: [] });
    const before = copyJSON(o);
    expect(await run('validate', create(o, a))).toBeNull();
    expect(await run('admit', create(o, a))).toBeNull();
    expect(o).toEqual(before);
  });

  const ephemeral = (account: string, secret: string) =>
    create(
      pod({
        serviceAccountName: account,
        containers: [],
        ephemeralContainers: [{ name: 'debug', envFrom: [{ secretRef: { name: secret } }] }],
      }),
      { operation: 'UPDATE', subresource: 'ephemeralcontainers' },
    );

  it.each<[string, Attributes, Partial<Status> | null]>([
    ['an allowed secret', ephemeral('strict', 'allowed'), null],
    ['any secret for a non-enforcing account', ephemeral('default', 'db'), null],
    [
      'a secret the enforcing account does not list (a plain error: 500)',
      ephemeral('strict', 'db'),
      {
        code: 500,
        message:
          'ephemeral container debug with envFrom referencing secret.secretName="db" is not allowed because service account strict does not reference that secret',
      },
    ],
    [
      'a missing account',
      ephemeral('ghost', 'db'),
      forbidden('error looking up service account default/ghost: serviceaccount "ghost" not found'),
    ],
  ])('pods/ephemeralcontainers: %s', async (_name, a, want) => {
    const got = await run('validate', a);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatchObject(want);
  });
});
