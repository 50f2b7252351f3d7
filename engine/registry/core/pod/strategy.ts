// Go twin: k8s.io/kubernetes/pkg/registry/core/pod/strategy.go (podStrategy, GetAttrs, ToSelectableFields),
// with pkg/apis/core/helper/qos/qos.go (GetPodQOS, ComputePodQOS), pkg/api/pod/util.go (DropDisabledPodFields,
// for the alpha fields) and pkg/api/pod/warnings.go (GetWarningsForPod) @ v1.34.0
import { parseQuantity, type Quantity } from '../../../api/resource/quantity';
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { GroupKind } from '../../../runtime/schema/groupversion';
import type { ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { isDNS1123Label } from '../../../util/validation/validation';
import type { Container, PodObject, PodSpec, ResourceList } from '../../../apis/core/pod_types';
import {
  semanticDeepEqual,
  validatePodCreate,
  validatePodUpdate,
  defaultPodValidationOptions,
} from '../../../apis/core/validation/pod';
import type { DeleteOptions, ObjectAttrs, ResourceStrategy } from '../../rest/create';

const pod = (obj: RuntimeObject) => obj as PodObject;

// ---- QoS (pkg/apis/core/helper/qos) ------------------------------------------------------------------------------

const zero = parseQuantity('0');
const isSupportedQoSComputeResource = (name: string) => name === 'cpu' || name === 'memory';

function sumInto(total: Map<string, Quantity>, list: ResourceList | undefined, found?: Set<string>): void {
  for (const [name, raw] of Object.entries(list ?? {})) {
    if (!isSupportedQoSComputeResource(name)) continue;
    let q: Quantity;
    try {
      q = parseQuantity(String(raw));
    } catch {
      continue;
    }
    if (q.cmp(zero) !== 1) continue;
    found?.add(name);
    total.set(name, total.has(name) ? q.add(total.get(name)!) : q);
  }
}

/**
 * ComputePodQOS: BestEffort without any cpu/memory request or limit; Guaranteed when every container (or the pod,
 * with pod-level resources) limits both cpu and memory and requests equal limits; Burstable otherwise.
 */
export function computePodQOS(p: PodObject): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const spec = p.spec ?? {};
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let isGuaranteed = true;
  if (spec.resources && (spec.resources.requests || spec.resources.limits)) {
    sumInto(requests, spec.resources.requests);
    const found = new Set<string>();
    sumInto(limits, spec.resources.limits, found);
    if (!found.has('memory') || !found.has('cpu')) isGuaranteed = false;
  } else {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      sumInto(requests, c.resources?.requests);
      const found = new Set<string>();
      sumInto(limits, c.resources?.limits, found);
      if (!found.has('memory') || !found.has('cpu')) isGuaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (isGuaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || lim.cmp(req) !== 0) {
        isGuaranteed = false;
        break;
      }
    }
  }
  if (isGuaranteed && requests.size === limits.size) return 'Guaranteed';
  return 'Burstable';
}

/** GetPodQOS: the persisted status.qosClass, else the computed one. */
export function getPodQOS(p: PodObject): string {
  return p.status?.qosClass || computePodQOS(p);
}

// ---- DropDisabledPodFields ---------------------------------------------------------------------------------------

const allContainers = (spec: PodSpec | undefined): Container[] => [
  ...(spec?.initContainers ?? []),
  ...(spec?.containers ?? []),
  ...(spec?.ephemeralContainers ?? []),
];

/**
 * DropDisabledPodFields, for the fields behind feature gates that are off by default in v1.34 (HostnameOverride,
 * ContainerRestartRules, EnvFiles, ContainerStopSignals, PodCertificateRequest, ImageVolume): they are cleared
 * unless the old object already uses them.
 */
export function dropDisabledPodFields(newPod: PodObject, oldPod: PodObject | null): void {
  const spec = newPod.spec;
  if (!spec) return;
  const old = oldPod?.spec;
  if (!old?.hostnameOverride) delete spec.hostnameOverride;
  if (!allContainers(old).some((c) => (c.restartPolicyRules ?? []).length > 0)) {
    for (const c of allContainers(spec)) delete c.restartPolicyRules;
  }
  if (!allContainers(old).some((c) => (c.env ?? []).some((e) => e.valueFrom?.fileKeyRef))) {
    for (const c of allContainers(spec))
      for (const e of c.env ?? []) if (e.valueFrom) delete e.valueFrom.fileKeyRef;
  }
  if (!allContainers(old).some((c) => c.lifecycle?.stopSignal)) {
    for (const c of allContainers(spec)) {
      if (!c.lifecycle) continue;
      delete c.lifecycle.stopSignal;
    }
  }
  const oldVolumes = old?.volumes ?? [];
  if (!oldVolumes.some((v) => (v.projected?.sources ?? []).some((s) => s.podCertificate))) {
    for (const v of spec.volumes ?? []) for (const s of v.projected?.sources ?? []) delete s.podCertificate;
  }
  if (!oldVolumes.some((v) => v.image !== undefined)) {
    for (const v of spec.volumes ?? []) delete v.image;
  }
}

/** applySchedulingGatedCondition: a gated pod starts with PodScheduled=False, reason SchedulingGated. */
function applySchedulingGatedCondition(p: PodObject): void {
  if ((p.spec?.schedulingGates ?? []).length === 0) return;
  const status = (p.status ??= {});
  if ((status.conditions ?? []).some((c) => c.type === 'PodScheduled')) return;
  (status.conditions ??= []).push({
    type: 'PodScheduled',
    status: 'False',
    lastProbeTime: null,
    lastTransitionTime: null,
    reason: 'SchedulingGated',
    message: 'Scheduling is blocked due to non-empty scheduling gates',
  });
}

// ---- warnings (pkg/api/pod/warnings.go) --------------------------------------------------------------------------

const deprecatedAnnotations: [string, string][] = [
  [
    'scheduler.alpha.kubernetes.io/critical-pod',
    'non-functional in v1.16+; use the "priorityClassName" field instead',
  ],
  ['security.alpha.kubernetes.io/sysctls', 'non-functional in v1.11+; use the "sysctls" field instead'],
  [
    'security.alpha.kubernetes.io/unsafe-sysctls',
    'non-functional in v1.11+; use the "sysctls" field instead',
  ],
];

const deprecatedVolumes: [string, string, string][] = [
  ['photonPersistentDisk', 'photonPersistentDisk', 'deprecated in v1.11, non-functional in v1.16+'],
  ['gitRepo', 'gitRepo', 'deprecated in v1.11'],
  ['scaleIO', 'scaleIO', 'deprecated in v1.16, non-functional in v1.22+'],
  ['flocker', 'flocker', 'deprecated in v1.22, non-functional in v1.25+'],
  ['storageos', 'storageOS', 'deprecated in v1.22, non-functional in v1.25+'],
  ['quobyte', 'quobyte', 'deprecated in v1.22, non-functional in v1.25+'],
  ['glusterfs', 'glusterfs', 'deprecated in v1.25, non-functional in v1.26+'],
  ['cephfs', 'cephfs', 'deprecated in v1.28, non-functional in v1.31+'],
  ['rbd', 'rbd', 'deprecated in v1.28, non-functional in v1.31+'],
];

function fractional(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  try {
    return parseQuantity(raw).milliValue() % 1000 !== 0;
  } catch {
    return false;
  }
}

/** %+v of a ContainerPort, as the hostIP warning prints it. */
function portString(p: NonNullable<Container['ports']>[number]): string {
  return `{Name:${p.name ?? ''} HostPort:${p.hostPort ?? 0} ContainerPort:${p.containerPort ?? 0} Protocol:${p.protocol ?? ''} HostIP:${p.hostIP ?? ''}}`;
}

/** GetWarningsForPod (the checks that concern ordinary pods). */
export function getWarningsForPod(p: PodObject): string[] {
  const warnings: string[] = [];
  const spec = p.spec ?? {};
  const annotations = p.metadata?.annotations ?? {};
  const specPath = newPath('spec');
  for (const [key, message] of deprecatedAnnotations) {
    if (Object.prototype.hasOwnProperty.call(annotations, key)) {
      warnings.push(`${newPath('metadata', 'annotations').key(key)}: ${message}`);
    }
  }
  (spec.volumes ?? []).forEach((v, i) => {
    for (const [field, pathName, message] of deprecatedVolumes) {
      if (v[field] !== undefined && v[field] !== null) {
        warnings.push(`${specPath.child('volumes').index_(i).child(pathName)}: ${message}`);
      }
    }
  });
  if ((spec.hostAliases ?? []).length > 1) {
    const seen = new Set<string>();
    spec.hostAliases!.forEach((h, i) => {
      const ip = h.ip ?? '';
      if (seen.has(ip))
        warnings.push(`${specPath.child('hostAliases').index_(i).child('ip')}: duplicate ip "${ip}"`);
      else seen.add(ip);
    });
  }
  if ((spec.imagePullSecrets ?? []).length > 1) {
    const seen = new Set<string>();
    spec.imagePullSecrets!.forEach((s, i) => {
      const name = s.name ?? '';
      if (seen.has(name))
        warnings.push(
          `${specPath.child('imagePullSecrets').index_(i).child('name')}: duplicate name "${name}"`,
        );
      else seen.add(name);
    });
  }
  (spec.imagePullSecrets ?? []).forEach((s, i) => {
    if (!s.name)
      warnings.push(`${specPath.child('imagePullSecrets').index_(i).child('name')}: invalid empty name ""`);
  });
  for (const r of ['memory', 'ephemeral-storage']) {
    const v = spec.overhead?.[r];
    if (fractional(v))
      warnings.push(
        `${specPath.child('overhead').key(r)}: fractional byte value "${v}" is invalid, must be an integer`,
      );
  }
  const visit = (fn: (c: Container, path: ReturnType<typeof newPath>) => void) => {
    (spec.initContainers ?? []).forEach((c, i) => fn(c, specPath.child('initContainers').index_(i)));
    (spec.containers ?? []).forEach((c, i) => fn(c, specPath.child('containers').index_(i)));
    (spec.ephemeralContainers ?? []).forEach((c, i) =>
      fn(c, specPath.child('ephemeralContainers').index_(i)),
    );
  };
  visit((c, path) => {
    for (const kind of ['limits', 'requests'] as const) {
      for (const r of ['memory', 'ephemeral-storage']) {
        const v = c.resources?.[kind]?.[r];
        if (fractional(v)) {
          warnings.push(
            `${path.child('resources', kind).key(r)}: fractional byte value "${v}" is invalid, must be an integer`,
          );
        }
      }
    }
    if ((c.env ?? []).length > 1) {
      const seen = new Set<string>();
      c.env!.forEach((e, i) => {
        const name = e.name ?? '';
        if (!seen.has(name)) {
          seen.add(name);
          return;
        }
        const ref = `$(${name})`;
        const value = e.value ?? '';
        if (e.valueFrom || value === ref || !value.includes(ref)) {
          warnings.push(
            `${path.child('env').index_(i)}: hides previous definition of "${name}", which may be dropped when using apply`,
          );
        }
      });
    }
  });
  const allPorts = new Map<string, { field: string; hostIP: string; hostPort: number }[]>();
  visit((c, path) => {
    (c.ports ?? []).forEach((port, i) => {
      const field = path.child('ports').index_(i).toString();
      const hostIP = port.hostIP ?? '';
      const hostPort = port.hostPort ?? 0;
      if (hostIP !== '' && hostPort === 0)
        warnings.push(`${field}: hostIP set without hostPort: ${portString(port)}`);
      const k = `${port.containerPort ?? 0}/${port.protocol ?? ''}`;
      const others = allPorts.get(k) ?? [];
      for (const other of others) {
        if (hostIP === other.hostIP && hostPort === other.hostPort) {
          warnings.push(`${field}: duplicate port definition with ${other.field}`);
        } else if (hostPort === 0 || other.hostPort === 0) {
          warnings.push(`${field}: overlapping port definition with ${other.field}`);
        } else if (hostPort === other.hostPort && (hostIP === '') !== (other.hostIP === '')) {
          warnings.push(`${field}: dangerously ambiguous port definition with ${other.field}`);
        }
      }
      allPorts.set(k, [...others, { field, hostIP, hostPort }]);
    });
  });
  const tgps = spec.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps !== null && tgps < 0) {
    warnings.push(
      `${specPath.child('terminationGracePeriodSeconds')}: must be >= 0; negative values are invalid and will be treated as 1`,
    );
  }
  return warnings;
}

// ---- selectable fields ------------------------------------------------------------------------------------------

/** ToSelectableFields (+ generic.AddObjectMetaFieldsSet): what field selectors match pods against. */
export function toSelectableFields(p: PodObject): Record<string, string> {
  const spec = p.spec ?? {};
  const status = p.status ?? {};
  return {
    'spec.nodeName': spec.nodeName ?? '',
    'spec.restartPolicy': spec.restartPolicy ?? '',
    'spec.schedulerName': spec.schedulerName ?? '',
    'spec.serviceAccountName': spec.serviceAccountName ?? '',
    'spec.hostNetwork': String(spec.hostNetwork === true),
    'status.phase': status.phase ?? '',
    'status.podIP': status.podIPs?.[0]?.ip ?? '',
    'status.nominatedNodeName': status.nominatedNodeName ?? '',
    'metadata.name': p.metadata?.name ?? '',
    'metadata.namespace': p.metadata?.namespace ?? '',
  };
}

/** GetAttrs */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  const p = pod(obj);
  return { labels: { ...(p.metadata?.labels ?? {}) }, fields: toSelectableFields(p) };
}

// ---- the strategy -----------------------------------------------------------------------------------------------

const podOptions = () => defaultPodValidationOptions({ resourceIsPod: true });

/** updatePodGeneration: any spec change bumps metadata.generation. */
export function updatePodGeneration(newPod: PodObject, oldPod: PodObject): void {
  if (!semanticDeepEqual(newPod.spec, oldPod.spec)) {
    const meta = (newPod.metadata ??= {});
    meta.generation = (meta.generation ?? 0) + 1;
  }
}

export const podStrategy: ResourceStrategy = {
  groupKind: (): GroupKind => ({ group: '', kind: 'Pod' }),
  namespaceScoped: () => true,

  /** PrepareForCreate: generation 1, a fresh status {phase: Pending, qosClass}, no disabled fields. */
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    const p = pod(obj);
    (p.metadata ??= {}).generation = 1;
    // Go evaluates GetPodQOS before replacing the status, so a qosClass sent by the client is kept.
    p.status = { phase: 'Pending', qosClass: getPodQOS(p) };
    dropDisabledPodFields(p, null);
    applySchedulingGatedCondition(p);
  },

  validate(_ctx: RequestContext, obj: RuntimeObject): ErrorList {
    return validatePodCreate(pod(obj), podOptions());
  },

  /** WarningsOnCreate: a name that is no DNS label, then GetWarningsForPod. */
  warningsOnCreate(_ctx: RequestContext, obj: RuntimeObject): string[] {
    const p = pod(obj);
    const warnings: string[] = [];
    const msgs = isDNS1123Label(p.metadata?.name ?? '');
    if (msgs.length !== 0) {
      warnings.push(
        `metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(' ')}]`,
      );
    }
    warnings.push(...getWarningsForPod(p));
    return warnings;
  },

  canonicalize: () => {},
  allowCreateOnUpdate: () => false,

  /** PrepareForUpdate: the status stays as stored; a spec change bumps the generation. */
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    const newPod = pod(obj);
    const oldPod = pod(old);
    newPod.status = copyJSON(oldPod.status ?? {}) as PodObject['status'];
    dropDisabledPodFields(newPod, oldPod);
    updatePodGeneration(newPod, oldPod);
  },

  validateUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList {
    return validatePodUpdate(pod(obj), pod(old), podOptions());
  },

  /** Pods skip update warnings: humans rarely update them and the path is hot. */
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,

  /**
   * CheckGracefulDelete: the grace period comes from the options, else spec.terminationGracePeriodSeconds; it is
   * 0 for unscheduled pods and for pods that already succeeded or failed, and 1 when negative.
   */
  checkGracefulDelete(_ctx: RequestContext, obj: RuntimeObject, options: DeleteOptions): boolean {
    const p = pod(obj);
    let period = 0;
    if (options.gracePeriodSeconds !== undefined && options.gracePeriodSeconds !== null) {
      period = options.gracePeriodSeconds;
    } else if (
      p.spec?.terminationGracePeriodSeconds !== undefined &&
      p.spec.terminationGracePeriodSeconds !== null
    ) {
      period = p.spec.terminationGracePeriodSeconds;
    }
    if (!p.spec?.nodeName) period = 0;
    if (p.status?.phase === 'Failed' || p.status?.phase === 'Succeeded') period = 0;
    if (period < 0) period = 1;
    options.gracePeriodSeconds = period;
    return true;
  },
};
