// Go twin: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go (SetDefaults_Pod, SetDefaults_PodSpec,
// SetDefaults_Container, …) and zz_generated.defaults.go (SetObjectDefaults_Pod, SetObjectDefaults_PodList)
// @ v1.34.0; image tags as pkg/util/parsers/parsers.go ParseImageName reads them.
//
// Defaulting runs on the versioned (v1) object, on decode. The generated SetObjectDefaults_Pod calls, in order:
// SetDefaults_Pod, SetDefaults_PodSpec, then for each volume, init container, container and ephemeral container
// their own defaulters, then the ResourceList rounding of overhead, pod resources and container statuses.
// Pod templates (Deployment, Job, …) get all of that except SetDefaults_Pod (see setDefaults_PodTemplateSpec).
import { Milli, parseQuantity } from '../../../api/resource/quantity';
import { isObject, type RuntimeObject } from '../../../runtime/object';
import type {
  Container,
  DownwardAPIVolumeFile,
  HTTPGetAction,
  PodSpec,
  PodStatus,
  PodTemplateSpec,
  Probe,
  ResourceList,
  Volume,
} from '../pod_types';
import { volumeSourceFields } from './pod_types';

/** v1.DefaultTerminationGracePeriodSeconds, v1.DefaultSchedulerName and the volume file modes (0644). */
export const DefaultTerminationGracePeriodSeconds = 30;
export const DefaultSchedulerName = 'default-scheduler';
export const TerminationMessagePathDefault = '/dev/termination-log';
export const DefaultVolumeFileMode = 0o644;
export const DefaultEnableServiceLinks = true;

// ---- image references -----------------------------------------------------------------------------------------

// github.com/distribution/reference regexp.go: name [":" tag] ["@" digest]
const alphaNumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const pathComponent = `${alphaNumeric}(?:${separator}${alphaNumeric})*`;
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domainAndPort = `(?:${domainNameComponent}(?:\\.${domainNameComponent})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?`;
const namePat = `(?:${domainAndPort}/)?${pathComponent}(?:/${pathComponent})*`;
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredIdentifier = /^[a-f0-9]{64}$/;

/**
 * ParseImageName: the tag and digest of an image reference; a reference with neither gets the tag "latest".
 * Returns null where Go returns an error (invalid or uppercase references), which callers treat as no tag.
 */
export function parseImageName(image: string): { repo: string; tag: string; digest: string } | null {
  if (anchoredIdentifier.test(image)) return null;
  const m = referenceRegexp.exec(image);
  if (!m || m[1]!.length > 255) return null;
  let tag = m[2] ?? '';
  const digest = m[3] ?? '';
  if (tag === '' && digest === '') tag = 'latest';
  return { repo: m[1]!, tag, digest };
}

/** The default imagePullPolicy: Always for `:latest` (or no tag), IfNotPresent otherwise. */
export function defaultPullPolicy(image: string | undefined): 'Always' | 'IfNotPresent' {
  return parseImageName(image ?? '')?.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

// ---- SetDefaults_* --------------------------------------------------------------------------------------------

/** SetDefaults_ResourceList: quantities are rounded up to milli units. */
export function SetDefaults_ResourceList(list: ResourceList | undefined): void {
  if (!list) return;
  for (const key of Object.keys(list)) {
    try {
      list[key] = parseQuantity(String(list[key])).roundUp(Milli).quantity.toString();
    } catch {
      // left for validation; the decoder already rejected malformed quantities
    }
  }
}

/** SetDefaults_Container */
export function SetDefaults_Container(c: Container): void {
  if (!c.imagePullPolicy) c.imagePullPolicy = defaultPullPolicy(c.image);
  if (!c.terminationMessagePath) c.terminationMessagePath = TerminationMessagePathDefault;
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
}

/** SetDefaults_Probe */
export function SetDefaults_Probe(p: Probe): void {
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
}

/** SetDefaults_HTTPGetAction */
export function SetDefaults_HTTPGetAction(h: HTTPGetAction): void {
  if (!h.path) h.path = '/';
  if (!h.scheme) h.scheme = 'HTTP';
}

/** SetDefaults_Volume: a volume without a source is an emptyDir. */
export function SetDefaults_Volume(v: Volume): void {
  if (!volumeSourceFields.some((f) => v[f] !== undefined && v[f] !== null)) v.emptyDir = {};
}

/** SetDefaults_PodSpec: only these five fields; new defaults go to SetDefaults_Pod (kubernetes#69445). */
export function SetDefaults_PodSpec(spec: PodSpec): void {
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.securityContext) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) {
    spec.terminationGracePeriodSeconds = DefaultTerminationGracePeriodSeconds;
  }
  if (!spec.schedulerName) spec.schedulerName = DefaultSchedulerName;
}

/**
 * SetDefaults_Pod (Pods only, not templates): requests default to limits, enableServiceLinks to true, and with
 * hostNetwork every hostPort to its containerPort.
 */
export function SetDefaults_Pod(pod: RuntimeObject): void {
  const spec = (isObject(pod.spec) ? pod.spec : (pod.spec = {})) as PodSpec;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const limits = c.resources?.limits;
    if (!limits) continue;
    const requests = (c.resources!.requests ??= {});
    for (const key of Object.keys(limits)) {
      if (!Object.prototype.hasOwnProperty.call(requests, key)) requests[key] = limits[key]!;
    }
  }
  // PodLevelResources (beta, on in v1.34): pod-level requests default from pod-level limits.
  defaultPodRequests(spec);
  if (spec.enableServiceLinks === undefined || spec.enableServiceLinks === null) {
    spec.enableServiceLinks = DefaultEnableServiceLinks;
  }
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c.ports ?? []) if (!p.hostPort) p.hostPort = p.containerPort;
    }
  }
}

/**
 * defaultPodRequests (only when spec.resources sets limits): the pod-level request of cpu and memory defaults to
 * the sum of the containers' requests, and any other limited resource's request to its limit. (Go aggregates
 * init containers too, taking the larger of their maximum and the sum; plain containers cover the usual case.)
 */
function defaultPodRequests(spec: PodSpec): void {
  const limits = spec.resources?.limits;
  if (!limits || Object.keys(limits).length === 0) return;
  const requests = { ...(spec.resources!.requests ?? {}) };
  for (const key of ['cpu', 'memory']) {
    const sum = sumContainerRequests(spec, key);
    if (sum !== undefined && !Object.prototype.hasOwnProperty.call(requests, key)) requests[key] = sum;
  }
  for (const key of Object.keys(limits)) {
    const supported = key === 'cpu' || key === 'memory' || key.startsWith('hugepages-');
    if (supported && !Object.prototype.hasOwnProperty.call(requests, key)) requests[key] = limits[key]!;
  }
  if (Object.keys(requests).length > 0) spec.resources!.requests = requests;
}

function sumContainerRequests(spec: PodSpec, key: string): string | undefined {
  let total: ReturnType<typeof parseQuantity> | undefined;
  for (const c of spec.containers ?? []) {
    const r = c.resources?.requests?.[key];
    if (r === undefined) continue;
    try {
      const q = parseQuantity(r);
      total = total ? total.add(q) : q;
    } catch {
      // ignored: validation reports it
    }
  }
  return total?.toString();
}

function defaultObjectFieldSelector(ref: { apiVersion?: string } | undefined): void {
  if (ref && !ref.apiVersion) ref.apiVersion = 'v1';
}

function defaultDownwardAPIItems(items: DownwardAPIVolumeFile[] | undefined): void {
  for (const item of items ?? []) defaultObjectFieldSelector(item.fieldRef);
}

function defaultVolume(v: Volume): void {
  SetDefaults_Volume(v);
  if (v.hostPath && (v.hostPath.type === undefined || v.hostPath.type === null)) v.hostPath.type = '';
  if (v.secret && (v.secret.defaultMode === undefined || v.secret.defaultMode === null)) {
    v.secret.defaultMode = DefaultVolumeFileMode;
  }
  if (v.downwardAPI) {
    if (v.downwardAPI.defaultMode === undefined || v.downwardAPI.defaultMode === null) {
      v.downwardAPI.defaultMode = DefaultVolumeFileMode;
    }
    defaultDownwardAPIItems(v.downwardAPI.items);
  }
  if (v.configMap && (v.configMap.defaultMode === undefined || v.configMap.defaultMode === null)) {
    v.configMap.defaultMode = DefaultVolumeFileMode;
  }
  if (v.projected) {
    if (v.projected.defaultMode === undefined || v.projected.defaultMode === null) {
      v.projected.defaultMode = DefaultVolumeFileMode;
    }
    for (const s of v.projected.sources ?? []) {
      if (s.downwardAPI) defaultDownwardAPIItems(s.downwardAPI.items);
      if (s.serviceAccountToken && (s.serviceAccountToken.expirationSeconds ?? null) === null) {
        s.serviceAccountToken.expirationSeconds = 3600;
      }
    }
  }
  const iscsi = v.iscsi as Record<string, unknown> | undefined;
  if (isObject(iscsi) && !iscsi.iscsiInterface) iscsi.iscsiInterface = 'default';
  const rbd = v.rbd as Record<string, unknown> | undefined;
  if (isObject(rbd)) {
    if (!rbd.pool) rbd.pool = 'rbd';
    if (!rbd.user) rbd.user = 'admin';
    if (!rbd.keyring) rbd.keyring = '/etc/ceph/keyring';
  }
}

function defaultProbe(p: Probe | undefined): void {
  if (!p) return;
  SetDefaults_Probe(p);
  if (p.httpGet) SetDefaults_HTTPGetAction(p.httpGet);
  // +default="" on GRPCAction.Service
  if (p.grpc && (p.grpc.service === undefined || p.grpc.service === null)) p.grpc.service = '';
}

/** The generated per-container defaulting (containers, init containers and ephemeral containers alike). */
function defaultContainer(c: Container): void {
  SetDefaults_Container(c);
  for (const p of c.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
  for (const e of c.env ?? []) {
    defaultObjectFieldSelector(e.valueFrom?.fieldRef);
    const fileKeyRef = e.valueFrom?.fileKeyRef;
    if (fileKeyRef && (fileKeyRef.optional === undefined || fileKeyRef.optional === null))
      fileKeyRef.optional = false;
  }
  SetDefaults_ResourceList(c.resources?.limits);
  SetDefaults_ResourceList(c.resources?.requests);
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const h of [c.lifecycle?.postStart, c.lifecycle?.preStop]) {
    if (h?.httpGet) SetDefaults_HTTPGetAction(h.httpGet);
  }
}

/**
 * All the defaulting a PodSpec gets wherever it appears (Pod or template): SetDefaults_PodSpec, then volumes,
 * init containers, containers, ephemeral containers, overhead and pod-level resources.
 */
export function setDefaults_PodSpec(spec: PodSpec): void {
  SetDefaults_PodSpec(spec);
  for (const v of spec.volumes ?? []) if (isObject(v)) defaultVolume(v);
  for (const c of spec.initContainers ?? []) if (isObject(c)) defaultContainer(c);
  for (const c of spec.containers ?? []) if (isObject(c)) defaultContainer(c);
  for (const c of spec.ephemeralContainers ?? []) if (isObject(c)) defaultContainer(c);
  SetDefaults_ResourceList(spec.overhead);
  SetDefaults_ResourceList(spec.resources?.limits);
  SetDefaults_ResourceList(spec.resources?.requests);
}

/** The defaulting of a PodTemplateSpec inside a workload (no SetDefaults_Pod). */
export function setDefaults_PodTemplateSpec(template: PodTemplateSpec | undefined): void {
  if (!template) return;
  setDefaults_PodSpec((template.spec ??= {}));
}

function defaultStatus(status: PodStatus | undefined): void {
  for (const list of [
    status?.initContainerStatuses,
    status?.containerStatuses,
    status?.ephemeralContainerStatuses,
  ]) {
    for (const s of list ?? []) {
      SetDefaults_ResourceList(s.allocatedResources);
      SetDefaults_ResourceList(s.resources?.limits);
      SetDefaults_ResourceList(s.resources?.requests);
    }
  }
}

/** SetObjectDefaults_Pod: the defaulter registered for v1.Pod. */
export function SetObjectDefaults_Pod(pod: RuntimeObject): void {
  SetDefaults_Pod(pod);
  setDefaults_PodSpec(pod.spec as PodSpec);
  if (isObject(pod.status)) defaultStatus(pod.status as PodStatus);
}

/** SetObjectDefaults_PodList */
export function SetObjectDefaults_PodList(list: RuntimeObject): void {
  for (const item of Array.isArray(list.items) ? list.items : []) {
    if (isObject(item)) SetObjectDefaults_Pod(item as RuntimeObject);
  }
}
