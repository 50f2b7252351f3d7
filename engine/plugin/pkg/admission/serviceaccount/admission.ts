// Go twin: k8s.io/kubernetes/plugin/pkg/admission/serviceaccount/admission.go (Plugin.Admit, Plugin.Validate,
// shouldIgnore, shouldAutomount, enforceMountableSecrets, getServiceAccount, limitSecretReferences,
// limitEphemeralContainerSecretReferences, mountServiceAccountToken, TokenVolumeSource) @ v1.34.0
//
// ServiceAccount gives every new pod a service account (`default` unless it names one), refuses a pod whose
// account does not exist, and mounts the account's short-lived token, the cluster CA and the namespace as the
// projected volume `kube-api-access-<5 random>` at /var/run/secrets/kubernetes.io/serviceaccount in every
// container and init container. That a pod's serviceAccountName never changes afterwards is pod update
// validation's rule (spec is immutable), not this plugin's; its validate phase only re-checks creates and
// the secrets of ephemeral containers added through pods/ephemeralcontainers.
import { newNotFound } from '../../../../api/errors/errors';
import { newForbidden } from '../../../../admission/errors';
import type { PluginInitialization } from '../../../../admission/initializer';
import type { Attributes, Operation, Plugin } from '../../../../admission/interfaces';
import type { Container, PodObject, PodSpec, Volume, VolumeMount } from '../../../../apis/core/pod_types';
import type { ServiceAccount } from '../../../../apis/core/serviceaccount_types';
import { typeOf } from '../../../../runtime/object';
import { generateName } from '../../../../storage/names/generate';
import { seededRandom } from '../../../../util/rand/rand';

export const PluginName = 'ServiceAccount';
/** the service account of a pod that names none */
export const DefaultServiceAccountName = 'default';
/** `"true"` on a ServiceAccount: its pods may only use the secrets the account lists */
export const EnforceMountableSecretsAnnotation = 'kubernetes.io/enforce-mountable-secrets';
/** the prefix of the token volume's name */
export const ServiceAccountVolumeName = 'kube-api-access';
export const DefaultAPITokenMountPath = '/var/run/secrets/kubernetes.io/serviceaccount';
/** core.MirrorPodAnnotationKey: set on the API copy of a kubelet's static pod */
export const MirrorPodAnnotationKey = 'kubernetes.io/config.mirror';
/**
 * serviceaccount.WarnOnlyBoundTokenExpirationSeconds: one hour and seven seconds. The odd 7 s lets the
 * apiserver recognise a token minted for this volume and, with --service-account-extend-token-expiration,
 * extend it while warning instead of failing old clients.
 */
export const WarnOnlyBoundTokenExpirationSeconds = 3607;
/** v1.ProjectedVolumeSourceDefaultMode, 0644 */
export const ProjectedVolumeSourceDefaultMode = 0o644;

export interface ServiceAccountOptions {
  /** randomness for the volume name (names.SimpleNameGenerator); a fixed-seed generator when absent */
  random?: () => number;
  /** LimitSecretReferences: enforce mountable secrets for every account, not only annotated ones (Go: false) */
  limitSecretReferences?: boolean;
  /** MountServiceAccountToken (Go: true) */
  mountServiceAccountToken?: boolean;
}

const corePkg = 'k8s.io/kubernetes/pkg/apis/core';

/** Only pods and pods/ephemeralcontainers, and only when the object really is a Pod. */
function shouldIgnore(a: Attributes): boolean {
  if (a.resource.group !== '' || a.resource.resource !== 'pods') return true;
  if (a.subresource !== '' && a.subresource !== 'ephemeralcontainers') return true;
  const type = a.object ? typeOf(a.object) : undefined;
  return type?.pkg !== corePkg || type.name !== 'Pod';
}

const isMirrorPod = (pod: PodObject) =>
  Object.prototype.hasOwnProperty.call(pod.metadata?.annotations ?? {}, MirrorPodAnnotationKey);

/** The pod's preference wins, then the account's; tokens are mounted by default. */
function shouldAutomount(sa: ServiceAccount, pod: PodObject): boolean {
  if (pod.spec?.automountServiceAccountToken !== undefined) return pod.spec.automountServiceAccountToken;
  if (sa.automountServiceAccountToken !== undefined) return sa.automountServiceAccountToken;
  return true;
}

/** strconv.ParseBool; anything it rejects counts as false here. */
const parseBool = (v: string) => ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);

/** TokenVolumeSource: the projected token, the cluster CA bundle and the pod's namespace. */
export function tokenVolumeSource(): NonNullable<Volume['projected']> {
  return {
    sources: [
      { serviceAccountToken: { expirationSeconds: WarnOnlyBoundTokenExpirationSeconds, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      {
        downwardAPI: {
          items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }],
        },
      },
    ],
    // set explicitly (kubernetes#104464) so the defaulted pod equals what the plugin produced
    defaultMode: ProjectedVolumeSourceDefaultMode,
  };
}

/**
 * NewServiceAccount. A PluginFactory: `newServiceAccount(init)`; `options` exist for tests and for a server
 * that hands out its own randomness.
 */
export function newServiceAccount(init: PluginInitialization, options: ServiceAccountOptions = {}): Plugin {
  const serviceAccounts = init.listerFor({ group: '', resource: 'serviceaccounts' });
  const random = options.random ?? seededRandom(0x5a);
  const limitSecretReferencesForAll = options.limitSecretReferences ?? false;
  const mountToken = options.mountServiceAccountToken ?? true;

  /**
   * getServiceAccount. Go falls back to live GETs when its informer has not seen the account (ten tries
   * for `default`, which a controller may be about to create); our lister reads storage, so one read is
   * the whole answer.
   */
  async function getServiceAccount(namespace: string, name: string): Promise<ServiceAccount> {
    const sa = (await serviceAccounts.get(namespace, name)) as ServiceAccount | null;
    if (!sa) throw newNotFound({ group: '', resource: 'serviceaccount' }, name);
    return sa;
  }

  async function lookUp(a: Attributes, name: string): Promise<ServiceAccount> {
    try {
      return await getServiceAccount(a.namespace, name);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      throw newForbidden(a, new Error(`error looking up service account ${a.namespace}/${name}: ${msg}`));
    }
  }

  const enforceMountableSecrets = (sa: ServiceAccount) => {
    if (limitSecretReferencesForAll) return true;
    const value = sa.metadata?.annotations?.[EnforceMountableSecretsAnnotation];
    return value !== undefined && parseBool(value);
  };

  /** Admit: on create, default the account, mount its token, copy its pull secrets; then Validate. */
  async function admit(a: Attributes): Promise<void> {
    if (shouldIgnore(a)) return;
    // only creates are mutated
    if (a.operation !== 'CREATE') return;
    const pod = a.object as PodObject;
    // a mirror pod's spec must stay what the kubelet wrote, or the kubelet deletes it: only check it
    if (isMirrorPod(pod)) return validate(a);

    // Go defaults the name before the lookup; we write nothing until the pod is admitted, so a refused pod
    // is left as it came. The checks Validate then runs see the same account and the same secret refs.
    const name = pod.spec?.serviceAccountName || DefaultServiceAccountName;
    const sa = await lookUp(a, name);
    if (enforceMountableSecrets(sa)) {
      const err = limitSecretReferences(sa, { ...pod.spec, serviceAccountName: name });
      if (err) throw newForbidden(a, err);
    }

    const spec = (pod.spec ??= {});
    spec.serviceAccountName = name;
    if (mountToken && shouldAutomount(sa, pod)) mountServiceAccountToken(spec);
    if ((spec.imagePullSecrets ?? []).length === 0 && (sa.imagePullSecrets ?? []).length > 0) {
      // copies: the account belongs to the cache and must not be changed through the pod
      spec.imagePullSecrets = sa.imagePullSecrets!.map((s) => (s.name === undefined ? {} : { name: s.name }));
    }
  }

  /** Validate: the same rules for a create (after any webhook), and ephemeral containers' secrets. */
  async function validate(a: Attributes): Promise<void> {
    if (shouldIgnore(a)) return;
    const pod = a.object as PodObject;
    if (a.operation === 'UPDATE' && a.subresource === 'ephemeralcontainers') {
      return limitEphemeralContainerSecretReferences(a, pod);
    }
    if (a.operation !== 'CREATE') return;

    if (isMirrorPod(pod)) {
      if (pod.spec?.serviceAccountName) {
        throw newForbidden(a, new Error('a mirror pod may not reference service accounts'));
      }
      if (hasSecretNames(pod.spec ?? {}))
        throw newForbidden(a, new Error('a mirror pod may not reference secrets'));
      const projectsToken = (pod.spec?.volumes ?? []).some((v) =>
        (v.projected?.sources ?? []).some((s) => s.serviceAccountToken !== undefined),
      );
      if (projectsToken) {
        throw newForbidden(a, new Error('a mirror pod may not use ServiceAccountToken volume projections'));
      }
      return;
    }

    const name = pod.spec?.serviceAccountName ?? '';
    if (!name) {
      throw newForbidden(
        a,
        new Error(`no service account specified for pod ${a.namespace}/${pod.metadata?.name ?? ''}`),
      );
    }
    const sa = await lookUp(a, name);
    if (enforceMountableSecrets(sa)) {
      const err = limitSecretReferences(sa, pod.spec ?? {});
      if (err) throw newForbidden(a, err);
    }
  }

  /**
   * The secrets ephemeral containers may use. Go returns this refusal as a plain error, not a Forbidden, so
   * the client sees a 500.
   */
  async function limitEphemeralContainerSecretReferences(a: Attributes, pod: PodObject): Promise<void> {
    const name = pod.spec?.serviceAccountName ?? '';
    if (!name) {
      throw newForbidden(
        a,
        new Error(`no service account specified for pod ${a.namespace}/${pod.metadata?.name ?? ''}`),
      );
    }
    const sa = await lookUp(a, name);
    if (!enforceMountableSecrets(sa)) return;
    const err = containerSecretError(
      mountableSecrets(sa),
      sa,
      pod.spec?.ephemeralContainers ?? [],
      'ephemeral container',
    );
    if (err) throw err;
  }

  /** mountServiceAccountToken: one volume, mounted by every (init) container that has nothing at the path. */
  function mountServiceAccountToken(spec: PodSpec): void {
    // a volume this plugin added before (a re-invocation) is reused
    let volumeName = (spec.volumes ?? []).find((v) =>
      v.name?.startsWith(`${ServiceAccountVolumeName}-`),
    )?.name;
    const hasTokenVolume = volumeName !== undefined;
    volumeName ??= generateName(`${ServiceAccountVolumeName}-`, random);

    let needsTokenVolume = false;
    const mount = (containers: Container[] | undefined) => {
      for (const c of containers ?? []) {
        // anything already mounted at the path wins over the token
        if ((c.volumeMounts ?? []).some((m) => m.mountPath === DefaultAPITokenMountPath)) continue;
        const volumeMount: VolumeMount = {
          name: volumeName,
          readOnly: true,
          mountPath: DefaultAPITokenMountPath,
        };
        (c.volumeMounts ??= []).push(volumeMount);
        needsTokenVolume = true;
      }
    };
    mount(spec.initContainers);
    mount(spec.containers);

    if (!hasTokenVolume && needsTokenVolume) {
      (spec.volumes ??= []).push({ name: volumeName, projected: tokenVolumeSource() });
    }
  }

  const ops: readonly Operation[] = ['CREATE', 'UPDATE'];
  return { name: PluginName, handles: (op) => ops.includes(op), admit, validate };
}

const mountableSecrets = (sa: ServiceAccount) => new Set((sa.secrets ?? []).map((s) => s.name ?? ''));

/** limitSecretReferences: the pod may use only the secrets (and pull secrets) its account lists. */
function limitSecretReferences(sa: ServiceAccount, spec: PodSpec): Error | undefined {
  const mountable = mountableSecrets(sa);
  for (const v of spec.volumes ?? []) {
    if (!v.secret) continue;
    const secretName = v.secret.secretName ?? '';
    if (!mountable.has(secretName)) {
      return new Error(
        `volume with secret.secretName="${secretName}" is not allowed because service account ${sa.metadata?.name ?? ''} does not reference that secret`,
      );
    }
  }
  const err =
    containerSecretError(mountable, sa, spec.initContainers ?? [], 'init container') ??
    containerSecretError(mountable, sa, spec.containers ?? [], 'container');
  if (err) return err;

  const pullSecrets = new Set((sa.imagePullSecrets ?? []).map((s) => s.name ?? ''));
  const refs = spec.imagePullSecrets ?? [];
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!.name ?? '';
    if (!pullSecrets.has(ref)) {
      return new Error(
        `imagePullSecrets[${i}].name="${ref}" is not allowed because service account ${sa.metadata?.name ?? ''} does not reference that imagePullSecret`,
      );
    }
  }
  return undefined;
}

/** The first env or envFrom secret a container uses that the account does not list. */
function containerSecretError(
  mountable: Set<string>,
  sa: ServiceAccount,
  containers: readonly Container[],
  what: string,
): Error | undefined {
  const saName = sa.metadata?.name ?? '';
  for (const c of containers) {
    for (const env of c.env ?? []) {
      const ref = env.valueFrom?.secretKeyRef;
      if (ref && !mountable.has(ref.name ?? '')) {
        return new Error(
          `${what} ${c.name ?? ''} with envVar ${env.name ?? ''} referencing secret.secretName="${ref.name ?? ''}" is not allowed because service account ${saName} does not reference that secret`,
        );
      }
    }
    for (const envFrom of c.envFrom ?? []) {
      const ref = envFrom.secretRef;
      if (ref && !mountable.has(ref.name ?? '')) {
        return new Error(
          `${what} ${c.name ?? ''} with envFrom referencing secret.secretName="${ref.name ?? ''}" is not allowed because service account ${saName} does not reference that secret`,
        );
      }
    }
  }
  return undefined;
}

/** Volume sources that name a secret, and where (Go: podutil.VisitPodSecretNames). */
const volumeSecretRefs: readonly [source: string, field: string][] = [
  ['azureFile', 'secretName'],
  ['cephfs', 'secretRef'],
  ['cinder', 'secretRef'],
  ['flexVolume', 'secretRef'],
  ['rbd', 'secretRef'],
  ['secret', 'secretName'],
  ['scaleIO', 'secretRef'],
  ['iscsi', 'secretRef'],
  ['storageos', 'secretRef'],
  ['csi', 'nodePublishSecretRef'],
];

/**
 * Whether the pod names any secret (podutil.VisitPodSecretNames over all containers, stopping at the first
 * non-empty name): pull secrets, env and envFrom of every container, and secret-bearing volumes.
 */
function hasSecretNames(spec: PodSpec): boolean {
  const named = (n: unknown) => typeof n === 'string' && n !== '';
  if ((spec.imagePullSecrets ?? []).some((r) => named(r.name))) return true;
  const containers: Container[] = [
    ...(spec.initContainers ?? []),
    ...(spec.containers ?? []),
    ...(spec.ephemeralContainers ?? []),
  ];
  for (const c of containers) {
    if ((c.envFrom ?? []).some((e) => named(e.secretRef?.name))) return true;
    if ((c.env ?? []).some((e) => named(e.valueFrom?.secretKeyRef?.name))) return true;
  }
  for (const v of spec.volumes ?? []) {
    if ((v.projected?.sources ?? []).some((s) => named(s.secret?.name))) return true;
    for (const [source, field] of volumeSecretRefs) {
      const src = v[source] as Record<string, unknown> | undefined;
      if (!src) continue;
      const ref = src[field];
      if (named(field === 'secretName' ? ref : (ref as { name?: unknown } | undefined)?.name)) return true;
    }
  }
  return false;
}
