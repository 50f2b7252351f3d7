// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidatePodCreate, ValidatePodUpdate,
// ValidatePodStatusUpdate, ValidatePodSpec, ValidatePodTemplateSpec and their helpers) @ v1.34.0;
// ConvertDownwardAPIFieldLabel from pkg/apis/core/pods/helpers.go.
//
// Messages and paths are Go's, including its quirks (`volumes[i].downwarAPI`, un-indexed `volumeMounts.subPath`,
// `spec.HostPID`). Error order follows Go's, except that Go ranges over maps in random order and this follows the
// object's key order. Not validated (kept opaque, as in pod_types.ts): affinity, topologySpreadConstraints,
// resourceClaims' inner fields, windowsOptions and the rarely used volume plugins' inner fields.
import { parseQuantity, zeroQuantity, type Quantity } from '../../../api/resource/quantity';
import type { ObjectMeta } from '../../../runtime/object';
import { isObject } from '../../../runtime/object';
import {
  isNegativeErrorMsg,
  nameIsDNSSubdomain,
  validateImmutableField,
  validateLabelName,
  validateLabels,
  validateAnnotations,
  validateNonnegativeField,
  validateObjectMeta,
  validateObjectMetaUpdate,
  type ValidateNameFunc,
} from '../../meta/validation/objectmeta';
import {
  duplicate,
  forbidden,
  internalError,
  invalid,
  notFound,
  notSupported,
  required,
  tooLong,
  FieldError,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import {
  byteLen,
  inclusiveRangeError,
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isHTTPHeaderName,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidIP,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
} from '../../../util/validation/validation';
import {
  isExtendedResourceName,
  isHugePageResourceName,
  isIntegerResourceName,
  isNativeResource,
  isOvercommitAllowed,
  isStandardContainerResourceName,
  isStandardResourceName,
} from '../helper/helpers';
import type {
  Container,
  ContainerStatus,
  DownwardAPIVolumeFile,
  EnvVar,
  EphemeralContainer,
  KeyToPath,
  LifecycleHandler,
  ObjectFieldSelector,
  PodObject,
  PodSecurityContext,
  PodSpec,
  PodTemplateSpec,
  Probe,
  ResourceFieldSelector,
  ResourceRequirements,
  SeccompProfile,
  SecurityContext,
  Toleration,
  Volume,
  VolumeProjection,
} from '../pod_types';

// ---- options --------------------------------------------------------------------------------------------------

/** PodValidationOptions: what feature gates and the old object allow. */
export interface PodValidationOptions {
  allowInvalidPodDeletionCost: boolean;
  allowInvalidLabelValueInSelector: boolean;
  allowIndivisibleHugePagesValues: boolean;
  allowNonLocalProjectedTokenPath: boolean;
  allowNamespacedSysctlsForHostNetAndHostIPC: boolean;
  /** The top-level resource is a Pod, not a PodSpec embedded in another resource. */
  resourceIsPod: boolean;
  allowRelaxedEnvironmentVariableValidation: boolean;
  allowRelaxedDNSSearchValidation: boolean;
  allowPodLifecycleSleepActionZeroValue: boolean;
  allowOnlyRecursiveSELinuxChangePolicy: boolean;
  podLevelResourcesEnabled: boolean;
  allowSidecarResizePolicy: boolean;
  /** capabilities.AllowPrivileged: kube-apiserver --allow-privileged (true in kubeadm and kind clusters). */
  allowPrivileged: boolean;
}

/**
 * The options GetValidationOptionsFromPodSpecAndMeta yields in v1.34 with default feature gates:
 * RelaxedEnvironmentVariableValidation, RelaxedDNSSearchValidation, PodLifecycleSleepActionAllowZero,
 * PodLevelResources and InPlacePodVerticalScaling are on.
 */
export function defaultPodValidationOptions(
  overrides: Partial<PodValidationOptions> = {},
): PodValidationOptions {
  return {
    allowInvalidPodDeletionCost: false,
    allowInvalidLabelValueInSelector: false,
    allowIndivisibleHugePagesValues: false,
    allowNonLocalProjectedTokenPath: false,
    allowNamespacedSysctlsForHostNetAndHostIPC: false,
    resourceIsPod: false,
    allowRelaxedEnvironmentVariableValidation: true,
    allowRelaxedDNSSearchValidation: true,
    allowPodLifecycleSleepActionZeroValue: true,
    allowOnlyRecursiveSELinuxChangePolicy: false,
    podLevelResourcesEnabled: true,
    allowSidecarResizePolicy: true,
    allowPrivileged: true,
    ...overrides,
  };
}

// ---- small validators -----------------------------------------------------------------------------------------

const fileModeErrorMsg = 'must be a number between 0 and 0777 (octal), both inclusive';
const isNotIntegerErrorMsg = 'must be an integer';
const maxInt32 = 2147483647;

/** sets.List: Go's sorted list of a set of strings. */
const sorted = (values: readonly string[]) => [...values].sort();

export function validateDNS1123Label(value: string, fldPath: Path): ErrorList {
  return isDNS1123Label(value).map((msg) => invalid(fldPath, value, msg));
}

export function validateDNS1123Subdomain(value: string, fldPath: Path): ErrorList {
  return isDNS1123Subdomain(value).map((msg) => invalid(fldPath, value, msg));
}

export function validateQualifiedName(value: string, fldPath: Path): ErrorList {
  return isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
}

const validatePodName: ValidateNameFunc = nameIsDNSSubdomain;
const validateNodeName: ValidateNameFunc = nameIsDNSSubdomain;
const validateSecretName: ValidateNameFunc = nameIsDNSSubdomain;
const validateConfigMapName: ValidateNameFunc = nameIsDNSSubdomain;
const validateServiceAccountName: ValidateNameFunc = nameIsDNSSubdomain;
const validatePriorityClassName: ValidateNameFunc = nameIsDNSSubdomain;

/** IsValidUserID / IsValidGroupID: 0 … 2147483647. */
function idErrors(id: number): string[] {
  return id >= 0 && id <= maxInt32 ? [] : [inclusiveRangeError(0, maxInt32)];
}

const isAbs = (p: string) => p.startsWith('/');

/** Parses a quantity string held in an internal object; null when malformed (the decoder rejects those). */
function quantityOf(v: unknown): Quantity | null {
  if (v === undefined || v === null) return null;
  try {
    return parseQuantity(String(v));
  } catch {
    return null;
  }
}

function int(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

// ---- resource names ---------------------------------------------------------------------------------------------

/** validateResourceName: a qualified name; unprefixed names must be standard. */
function validateResourceName(value: string, fldPath: Path): ErrorList {
  const errs = isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
  if (errs.length !== 0) return errs;
  if (!value.includes('/') && !isStandardResourceName(value)) {
    errs.push(invalid(fldPath, value, 'must be a standard resource type or fully qualified'));
  }
  return errs;
}

/** validateContainerResourceName */
function validateContainerResourceName(value: string, fldPath: Path): ErrorList {
  const errs = validateResourceName(value, fldPath);
  if (!value.includes('/')) {
    if (!isStandardContainerResourceName(value)) {
      errs.push(invalid(fldPath, value, 'must be a standard resource for containers'));
    }
  } else if (!isNativeResource(value) && !isExtendedResourceName(value)) {
    errs.push(invalid(fldPath, value, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** validatePodResourceName: pod-level resources are cpu, memory and hugepages. */
function validatePodResourceName(value: string, fldPath: Path): ErrorList {
  const errs = validateResourceName(value, fldPath);
  if (errs.length !== 0) return errs;
  if (value !== 'cpu' && value !== 'memory' && !isHugePageResourceName(value)) {
    errs.push(notSupported(fldPath, value, ['cpu', 'hugepages-', 'memory']));
  }
  return errs;
}

/** ValidateNonnegativeQuantity */
function validateNonnegativeQuantity(q: Quantity, fldPath: Path): ErrorList {
  return q.cmp(zeroQuantity) < 0 ? [invalid(fldPath, q.toString(), isNegativeErrorMsg)] : [];
}

/** ValidateResourceQuantityValue */
export function validateResourceQuantityValue(resource: string, q: Quantity, fldPath: Path): ErrorList {
  const errs = validateNonnegativeQuantity(q, fldPath);
  if (isIntegerResourceName(resource) && q.milliValue() % 1000 !== 0) {
    errs.push(invalid(fldPath, q.toString(), isNotIntegerErrorMsg));
  }
  return errs;
}

function hugePageValueError(name: string, q: Quantity, opts: PodValidationOptions): string | null {
  if (!isHugePageResourceName(name) || opts.allowIndivisibleHugePagesValues) return null;
  const size = quantityOf(name.slice('hugepages-'.length));
  const divisible =
    size !== null && size.sign() > 0 && q.sign() >= 0 && q.scaledValueBig(0) % size.scaledValueBig(0) === 0n;
  return divisible ? null : `${q.toString()} is not positive integer multiple of ${name}`;
}

/** validateResourceRequirements: names, quantities, requests ≤ limits (= for non-overcommitable resources). */
function validateResourceRequirements(
  requirements: ResourceRequirements | undefined,
  resourceNameFn: (name: string, fldPath: Path) => ErrorList,
  podClaimNames: Set<string>,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  const limPath = fldPath.child('limits');
  const reqPath = fldPath.child('requests');
  const limits = requirements?.limits ?? {};
  const requests = requirements?.requests ?? {};
  let limCPUOrMemory = false;
  let reqCPUOrMemory = false;
  let limHugePages = false;
  let reqHugePages = false;
  for (const [name, raw] of Object.entries(limits)) {
    const p = limPath.key(name);
    errs.push(...resourceNameFn(name, p));
    const q = quantityOf(raw);
    if (!q) continue;
    errs.push(...validateResourceQuantityValue(name, q, p));
    if (isHugePageResourceName(name)) {
      limHugePages = true;
      const e = hugePageValueError(name, q, opts);
      if (e) errs.push(invalid(p, q.toString(), e));
    }
    if (name === 'cpu' || name === 'memory') limCPUOrMemory = true;
  }
  for (const [name, raw] of Object.entries(requests)) {
    const p = reqPath.key(name);
    errs.push(...resourceNameFn(name, p));
    const q = quantityOf(raw);
    if (!q) continue;
    errs.push(...validateResourceQuantityValue(name, q, p));
    const limit = Object.prototype.hasOwnProperty.call(limits, name) ? quantityOf(limits[name]) : null;
    if (limit) {
      if (q.cmp(limit) !== 0 && !isOvercommitAllowed(name)) {
        errs.push(invalid(reqPath, q.toString(), `must be equal to ${name} limit of ${limit.toString()}`));
      } else if (q.cmp(limit) > 0) {
        errs.push(
          invalid(
            reqPath,
            q.toString(),
            `must be less than or equal to ${name} limit of ${limit.toString()}`,
          ),
        );
      }
    } else if (!isOvercommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePageResourceName(name)) {
      reqHugePages = true;
      const e = hugePageValueError(name, q, opts);
      if (e) errs.push(invalid(p, q.toString(), e));
    }
    if (name === 'cpu' || name === 'memory') reqCPUOrMemory = true;
  }
  if (!limCPUOrMemory && !reqCPUOrMemory && (reqHugePages || limHugePages)) {
    errs.push(forbidden(fldPath, 'HugePages require cpu or memory'));
  }
  errs.push(...validateResourceClaimNames(requirements?.claims, podClaimNames, fldPath.child('claims')));
  return errs;
}

/** validateResourceClaimNames: container claims must name entries of spec.resourceClaims. */
function validateResourceClaimNames(
  claims: { name?: string; request?: string }[] | undefined,
  podClaimNames: Set<string>,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const names = new Set<string>();
  (claims ?? []).forEach((claim, i) => {
    const name = str(claim?.name);
    if (name === '') {
      errs.push(required(fldPath.index_(i), ''));
      return;
    }
    if (names.has(name)) {
      errs.push(duplicate(fldPath.index_(i), name));
    } else {
      let key = name;
      const request = str(claim?.request);
      if (request !== '') {
        errs.push(...validateDNS1123Label(request, fldPath.index_(i).child('request')));
        key += '/' + request;
      }
      if (names.has(key)) {
        errs.push(duplicate(fldPath.index_(i), key));
      } else if (request === '') {
        for (const k of names) {
          const slash = k.indexOf('/');
          if (slash >= 0 && k.slice(0, slash) === name) errs.push(duplicate(fldPath.index_(i), name));
        }
      }
      names.add(key);
    }
    if (!podClaimNames.has(name)) {
      const detail =
        'must be one of the names in pod.spec.resourceClaims' +
        (podClaimNames.size === 0 ? ' which is empty' : ': ' + sorted([...podClaimNames]).join(', '));
      errs.push(new FieldError('FieldValueNotFound', fldPath.index_(i).toString(), name, detail));
    }
  });
  return errs;
}

// ---- volumes ----------------------------------------------------------------------------------------------------

/** validatePathNoBacksteps: no `..` element. */
function validatePathNoBacksteps(targetPath: string, fldPath: Path): ErrorList {
  return targetPath.replace(/\\/g, '/').split('/').includes('..')
    ? [invalid(fldPath, targetPath, "must not contain '..'")]
    : [];
}

/** validateLocalDescendingPath: relative, no `..` element. */
function validateLocalDescendingPath(targetPath: string, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (isAbs(targetPath)) errs.push(invalid(fldPath, targetPath, 'must be a relative path'));
  errs.push(...validatePathNoBacksteps(targetPath, fldPath));
  return errs;
}

/** ValidateLocalNonReservedPath: a local descending path that does not start with `..`. */
function validateLocalNonReservedPath(targetPath: string, fldPath: Path): ErrorList {
  const errs = validateLocalDescendingPath(targetPath, fldPath);
  if (targetPath.startsWith('..') && !targetPath.startsWith('../')) {
    errs.push(invalid(fldPath, targetPath, "must not start with '..'"));
  }
  return errs;
}

function validateFileMode(mode: number | undefined, fldPath: Path): ErrorList {
  if (mode === undefined || mode === null) return [];
  return mode > 0o777 || mode < 0 ? [invalid(fldPath, mode, fileModeErrorMsg)] : [];
}

function validateKeyToPath(kp: KeyToPath, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (!kp.key) errs.push(required(fldPath.child('key'), ''));
  if (!kp.path) errs.push(required(fldPath.child('path'), ''));
  errs.push(...validateLocalNonReservedPath(str(kp.path), fldPath.child('path')));
  errs.push(...validateFileMode(kp.mode, fldPath.child('mode')));
  return errs;
}

const supportedHostPathTypes = [
  '',
  'DirectoryOrCreate',
  'Directory',
  'FileOrCreate',
  'File',
  'Socket',
  'CharDevice',
  'BlockDevice',
];

const validVolumeDownwardAPIFieldPathExpressions = [
  'metadata.name',
  'metadata.namespace',
  'metadata.labels',
  'metadata.annotations',
  'metadata.uid',
];
const validEnvDownwardAPIFieldPathExpressions = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
];
const validContainerResourceFieldPathExpressions = [
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
];
const hugepagesPrefixesDownwardAPI = ['requests.hugepages-', 'limits.hugepages-'];

/** fieldpath.SplitMaybeSubscriptedPath: `metadata.labels['app']` → [metadata.labels, app]. */
function splitMaybeSubscriptedPath(fieldPath: string): [string, string, boolean] {
  if (!fieldPath.endsWith("']")) return [fieldPath, '', false];
  const s = fieldPath.slice(0, -2);
  const i = s.indexOf("['");
  if (i <= 0) return [fieldPath, '', false];
  return [s.slice(0, i), s.slice(i + 2), true];
}

const downwardAPIFieldLabels = new Set([
  'metadata.annotations',
  'metadata.labels',
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.serviceAccountName',
  'spec.schedulerName',
  'status.phase',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** pods.ConvertDownwardAPIFieldLabel: the internal field path, or an Error with Go's message. */
export function convertDownwardAPIFieldLabel(version: string, label: string): string {
  if (version !== 'v1') throw new Error(`unsupported pod version: ${version}`);
  const [path, , ok] = splitMaybeSubscriptedPath(label);
  if (ok) {
    if (path === 'metadata.annotations' || path === 'metadata.labels') return label;
    throw new Error(`field label does not support subscript: ${label}`);
  }
  if (downwardAPIFieldLabels.has(label)) return label;
  if (label === 'spec.host') return 'spec.nodeName';
  throw new Error(`field label not supported: ${label}`);
}

function validateObjectFieldSelector(
  fs: ObjectFieldSelector,
  expressions: readonly string[],
  fldPath: Path,
): ErrorList {
  if (!fs.apiVersion) return [required(fldPath.child('apiVersion'), '')];
  if (!fs.fieldPath) return [required(fldPath.child('fieldPath'), '')];
  let internalFieldPath: string;
  try {
    internalFieldPath = convertDownwardAPIFieldLabel(fs.apiVersion, fs.fieldPath);
  } catch (e) {
    return [
      invalid(
        fldPath.child('fieldPath'),
        fs.fieldPath,
        `error converting fieldPath: ${(e as Error).message}`,
      ),
    ];
  }
  const [path, subscript, ok] = splitMaybeSubscriptedPath(internalFieldPath);
  if (ok) {
    if (path === 'metadata.annotations') return validateQualifiedName(subscript.toLowerCase(), fldPath);
    if (path === 'metadata.labels') return validateQualifiedName(subscript, fldPath);
    return [invalid(fldPath, path, 'does not support subscript')];
  }
  if (!expressions.includes(path))
    return [notSupported(fldPath.child('fieldPath'), path, sorted(expressions))];
  return [];
}

const cpuDivisors = new Set(['1m', '1']);
const byteDivisors = new Set([
  '1',
  '1k',
  '1M',
  '1G',
  '1T',
  '1P',
  '1E',
  '1Ki',
  '1Mi',
  '1Gi',
  '1Ti',
  '1Pi',
  '1Ei',
]);

function validateContainerResourceDivisor(rName: string, divisor: unknown, fldPath: Path): ErrorList {
  const q = quantityOf(divisor);
  if (!q || q.isZero()) return [];
  const s = q.toString();
  const errs: ErrorList = [];
  if (rName === 'limits.cpu' || rName === 'requests.cpu') {
    if (!cpuDivisors.has(s)) {
      errs.push(
        invalid(
          fldPath.child('divisor'),
          rName,
          "only divisor's values 1m and 1 are supported with the cpu resource",
        ),
      );
    }
  } else if (rName === 'limits.memory' || rName === 'requests.memory') {
    if (!byteDivisors.has(s)) {
      errs.push(
        invalid(
          fldPath.child('divisor'),
          rName,
          "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the memory resource",
        ),
      );
    }
  } else if (rName === 'limits.ephemeral-storage' || rName === 'requests.ephemeral-storage') {
    if (!byteDivisors.has(s)) {
      errs.push(
        invalid(
          fldPath.child('divisor'),
          rName,
          "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the local ephemeral storage resource",
        ),
      );
    }
  }
  if (hugepagesPrefixesDownwardAPI.some((p) => rName.startsWith(p)) && !byteDivisors.has(s)) {
    errs.push(
      invalid(
        fldPath.child('divisor'),
        rName,
        "only divisor's values 1, 1k, 1M, 1G, 1T, 1P, 1E, 1Ki, 1Mi, 1Gi, 1Ti, 1Pi, 1Ei are supported with the hugepages resource",
      ),
    );
  }
  return errs;
}

function validateContainerResourceFieldSelector(
  fs: ResourceFieldSelector,
  fldPath: Path,
  volume: boolean,
): ErrorList {
  const errs: ErrorList = [];
  const resource = str(fs.resource);
  if (volume && !fs.containerName) {
    errs.push(required(fldPath.child('containerName'), ''));
  } else if (resource === '') {
    errs.push(required(fldPath.child('resource'), ''));
  } else if (!validContainerResourceFieldPathExpressions.includes(resource)) {
    if (!hugepagesPrefixesDownwardAPI.some((p) => resource.startsWith(p))) {
      errs.push(
        notSupported(fldPath.child('resource'), resource, sorted(validContainerResourceFieldPathExpressions)),
      );
    }
  }
  errs.push(...validateContainerResourceDivisor(resource, fs.divisor, fldPath));
  return errs;
}

function validateDownwardAPIVolumeFile(file: DownwardAPIVolumeFile, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (!file.path) errs.push(required(fldPath.child('path'), ''));
  errs.push(...validateLocalNonReservedPath(str(file.path), fldPath.child('path')));
  if (file.fieldRef) {
    errs.push(
      ...validateObjectFieldSelector(
        file.fieldRef,
        validVolumeDownwardAPIFieldPathExpressions,
        fldPath.child('fieldRef'),
      ),
    );
    if (file.resourceFieldRef) {
      errs.push(
        invalid(fldPath, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'),
      );
    }
  } else if (file.resourceFieldRef) {
    errs.push(
      ...validateContainerResourceFieldSelector(
        file.resourceFieldRef,
        fldPath.child('resourceFieldRef'),
        true,
      ),
    );
  } else {
    errs.push(required(fldPath, 'one of fieldRef and resourceFieldRef is required'));
  }
  errs.push(...validateFileMode(file.mode, fldPath.child('mode')));
  return errs;
}

function validateProjectionSources(
  sources: VolumeProjection[],
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  const allPaths = new Set<string>();
  const addPath = (p: string, value: unknown) => {
    if (allPaths.has(p)) errs.push(invalid(fldPath, value, 'conflicting duplicate paths'));
    else allPaths.add(p);
  };
  sources.forEach((source, i) => {
    let numSources = 0;
    const srcPath = fldPath.child('sources').index_(i);
    if (source.secret) {
      numSources++;
      const projPath = srcPath.child('secret');
      if (!source.secret.name) errs.push(required(projPath.child('name'), ''));
      (source.secret.items ?? []).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, projPath.child('items').index_(j)));
        if (kp.path) addPath(kp.path, str(source.secret?.name));
      });
    }
    if (source.configMap) {
      numSources++;
      const projPath = srcPath.child('configMap');
      if (!source.configMap.name) errs.push(required(projPath.child('name'), ''));
      (source.configMap.items ?? []).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, projPath.child('items').index_(j)));
        if (kp.path) addPath(kp.path, str(source.configMap?.name));
      });
    }
    if (source.downwardAPI) {
      numSources++;
      const projPath = srcPath.child('downwardAPI');
      for (const file of source.downwardAPI.items ?? []) {
        errs.push(...validateDownwardAPIVolumeFile(file, projPath));
        if (file.path) addPath(file.path, file.path);
      }
    }
    if (source.serviceAccountToken) {
      numSources++;
      const projPath = srcPath.child('serviceAccountToken');
      const exp = source.serviceAccountToken.expirationSeconds ?? 0;
      if (exp < 10 * 60) {
        errs.push(
          invalid(
            projPath.child('expirationSeconds'),
            exp,
            'may not specify a duration less than 10 minutes',
          ),
        );
      }
      if (exp > 2 ** 32) {
        errs.push(
          invalid(
            projPath.child('expirationSeconds'),
            exp,
            'may not specify a duration larger than 2^32 seconds',
          ),
        );
      }
      const p = str(source.serviceAccountToken.path);
      if (p === '') errs.push(required(fldPath.child('path'), ''));
      else if (!opts.allowNonLocalProjectedTokenPath)
        errs.push(...validateLocalNonReservedPath(p, fldPath.child('path')));
    }
    if (source.clusterTrustBundle) {
      numSources++;
      const projPath = srcPath.child('clusterTrustBundle');
      const ctb = source.clusterTrustBundle;
      if (ctb.name === undefined && ctb.signerName === undefined) {
        errs.push(required(projPath, 'either name or signerName must be specified'));
      }
      const p = str(ctb.path);
      if (p === '') errs.push(required(projPath.child('path'), ''));
      errs.push(...validateLocalNonReservedPath(p, projPath.child('path')));
      addPath(p, p);
    }
    if (source.podCertificate) numSources++;
    if (numSources > 1) errs.push(forbidden(srcPath, 'may not specify more than 1 volume type per source'));
  });
  return errs;
}

/** The volume sources in the order validateVolumeSource checks them, with the path Go reports a second one at. */
const volumeSourceOrder: [field: string, forbiddenPath: string][] = [
  ['emptyDir', 'emptyDir'],
  ['hostPath', 'hostPath'],
  ['gitRepo', 'gitRepo'],
  ['gcePersistentDisk', 'gcePersistentDisk'],
  ['awsElasticBlockStore', 'awsElasticBlockStore'],
  ['secret', 'secret'],
  ['nfs', 'nfs'],
  ['iscsi', 'iscsi'],
  ['glusterfs', 'glusterfs'],
  ['flocker', 'flocker'],
  ['persistentVolumeClaim', 'persistentVolumeClaim'],
  ['rbd', 'rbd'],
  ['cinder', 'cinder'],
  ['cephfs', 'cephFS'],
  ['quobyte', 'quobyte'],
  ['downwardAPI', 'downwarAPI'],
  ['fc', 'fc'],
  ['flexVolume', 'flexVolume'],
  ['configMap', 'configMap'],
  ['azureFile', 'azureFile'],
  ['vsphereVolume', 'vsphereVolume'],
  ['photonPersistentDisk', 'photonPersistentDisk'],
  ['portworxVolume', 'portworxVolume'],
  ['azureDisk', 'azureDisk'],
  ['storageos', 'storageos'],
  ['projected', 'projected'],
  ['scaleIO', 'scaleIO'],
  ['csi', 'csi'],
  ['ephemeral', 'ephemeral'],
  ['image', 'image'],
];

/** validateVolumeSource: exactly one source, and that source's own rules. */
function validateVolumeSource(vol: Volume, fldPath: Path, opts: PodValidationOptions): ErrorList {
  let numVolumes = 0;
  const errs: ErrorList = [];
  for (const [field, forbiddenPath] of volumeSourceOrder) {
    const source = vol[field];
    if (source === undefined || source === null) continue;
    if (numVolumes > 0) {
      errs.push(forbidden(fldPath.child(forbiddenPath), 'may not specify more than 1 volume type'));
      continue;
    }
    numVolumes++;
    const p = fldPath.child(field);
    switch (field) {
      case 'emptyDir': {
        const limit = quantityOf(vol.emptyDir?.sizeLimit);
        if (limit && limit.cmp(zeroQuantity) < 0) {
          errs.push(forbidden(p.child('sizeLimit'), 'SizeLimit field must be a valid resource quantity'));
        }
        break;
      }
      case 'hostPath': {
        const hp = vol.hostPath!;
        if (!hp.path) {
          errs.push(required(p.child('path'), ''));
          break;
        }
        errs.push(...validatePathNoBacksteps(hp.path, p.child('path')));
        if (hp.type !== undefined && hp.type !== null && !supportedHostPathTypes.includes(hp.type)) {
          errs.push(notSupported(p.child('type'), hp.type, sorted(supportedHostPathTypes)));
        }
        break;
      }
      case 'secret': {
        const s = vol.secret!;
        if (!s.secretName) errs.push(required(p.child('secretName'), ''));
        errs.push(...validateFileMode(s.defaultMode, p.child('defaultMode')));
        (s.items ?? []).forEach((kp, i) => errs.push(...validateKeyToPath(kp, p.child('items').index_(i))));
        break;
      }
      case 'nfs': {
        const nfs = vol.nfs!;
        if (!nfs.server) errs.push(required(p.child('server'), ''));
        if (!nfs.path) errs.push(required(p.child('path'), ''));
        if (!isAbs(str(nfs.path)))
          errs.push(invalid(p.child('path'), str(nfs.path), 'must be an absolute path'));
        break;
      }
      case 'persistentVolumeClaim':
        if (!vol.persistentVolumeClaim!.claimName) errs.push(required(p.child('claimName'), ''));
        break;
      case 'downwardAPI': {
        const d = vol.downwardAPI!;
        errs.push(...validateFileMode(d.defaultMode, p.child('defaultMode')));
        for (const file of d.items ?? []) errs.push(...validateDownwardAPIVolumeFile(file, p));
        break;
      }
      case 'configMap': {
        const c = vol.configMap!;
        if (!c.name) errs.push(required(p.child('name'), ''));
        errs.push(...validateFileMode(c.defaultMode, p.child('defaultMode')));
        (c.items ?? []).forEach((kp, i) => errs.push(...validateKeyToPath(kp, p.child('items').index_(i))));
        break;
      }
      case 'projected': {
        const pr = vol.projected!;
        errs.push(...validateFileMode(pr.defaultMode, p.child('defaultMode')));
        errs.push(...validateProjectionSources(pr.sources ?? [], p, opts));
        break;
      }
      default:
        // the other plugins are opaque here
        break;
    }
  }
  if (numVolumes === 0) errs.push(required(fldPath, 'must specify a volume type'));
  return errs;
}

/** ValidateVolumes: unique DNS-label names, one valid source each. Returns the valid volumes by name. */
export function validateVolumes(
  volumes: Volume[] | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): { vols: Map<string, Volume>; errs: ErrorList } {
  const errs: ErrorList = [];
  const vols = new Map<string, Volume>();
  (volumes ?? []).forEach((vol, i) => {
    const idxPath = fldPath.index_(i);
    const namePath = idxPath.child('name');
    const v = (isObject(vol) ? vol : {}) as Volume;
    const el = validateVolumeSource(v, idxPath, opts);
    const name = str(v.name);
    if (name === '') el.push(required(namePath, ''));
    else el.push(...validateDNS1123Label(name, namePath));
    if (vols.has(name)) el.push(duplicate(namePath, name));
    if (el.length === 0) vols.set(name, v);
    else errs.push(...el);
  });
  return { vols, errs };
}

// ---- containers -------------------------------------------------------------------------------------------------

const supportedPortProtocols = ['TCP', 'UDP', 'SCTP'];

function validateContainerPorts(ports: Container['ports'], fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const allNames = new Set<string>();
  (ports ?? []).forEach((port, i) => {
    const idxPath = fldPath.index_(i);
    const name = str(port.name);
    if (name.length > 0) {
      const msgs = isValidPortName(name);
      if (msgs.length !== 0) for (const msg of msgs) errs.push(invalid(idxPath.child('name'), name, msg));
      else if (allNames.has(name)) errs.push(duplicate(idxPath.child('name'), name));
      else allNames.add(name);
    }
    const cp = int(port.containerPort);
    if (cp === 0) errs.push(required(idxPath.child('containerPort'), ''));
    else for (const msg of isValidPortNum(cp)) errs.push(invalid(idxPath.child('containerPort'), cp, msg));
    const hp = int(port.hostPort);
    if (hp !== 0)
      for (const msg of isValidPortNum(hp)) errs.push(invalid(idxPath.child('hostPort'), hp, msg));
    const protocol = str(port.protocol);
    if (protocol === '') errs.push(required(idxPath.child('protocol'), ''));
    else if (!supportedPortProtocols.includes(protocol)) {
      errs.push(notSupported(idxPath.child('protocol'), protocol, sorted(supportedPortProtocols)));
    }
  });
  return errs;
}

function validateKeySelector(s: { name?: string; key?: string }, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const name = str(s.name);
  for (const msg of validateSecretName(name, false)) errs.push(invalid(fldPath.child('name'), name, msg));
  const key = str(s.key);
  if (key === '') errs.push(required(fldPath.child('key'), ''));
  else for (const msg of isConfigMapKey(key)) errs.push(invalid(fldPath.child('key'), key, msg));
  return errs;
}

function validateEnvVarValueFrom(ev: EnvVar, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const from = ev.valueFrom;
  if (!from) return errs;
  let numSources = 0;
  if (from.fieldRef) {
    numSources++;
    errs.push(
      ...validateObjectFieldSelector(
        from.fieldRef,
        validEnvDownwardAPIFieldPathExpressions,
        fldPath.child('fieldRef'),
      ),
    );
  }
  if (from.resourceFieldRef) {
    numSources++;
    errs.push(
      ...validateContainerResourceFieldSelector(
        from.resourceFieldRef,
        fldPath.child('resourceFieldRef'),
        false,
      ),
    );
  }
  if (from.configMapKeyRef) {
    numSources++;
    errs.push(...validateKeySelector(from.configMapKeyRef, fldPath.child('configMapKeyRef')));
  }
  if (from.secretKeyRef) {
    numSources++;
    errs.push(...validateKeySelector(from.secretKeyRef, fldPath.child('secretKeyRef')));
  }
  if (from.fileKeyRef) numSources++;
  if (numSources === 0) {
    errs.push(
      invalid(
        fldPath,
        '',
        'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
      ),
    );
  } else if (str(ev.value).length !== 0) {
    errs.push(invalid(fldPath, '', 'may not be specified when `value` is not empty'));
  } else if (numSources > 1) {
    errs.push(invalid(fldPath, '', 'may not have more than one field specified at a time'));
  }
  return errs;
}

/** ValidateEnv */
export function validateEnv(
  vars: EnvVar[] | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  (vars ?? []).forEach((ev, i) => {
    const idxPath = fldPath.index_(i);
    const name = str(ev.name);
    if (name === '') {
      errs.push(required(idxPath.child('name'), ''));
    } else {
      const msgs = opts.allowRelaxedEnvironmentVariableValidation
        ? isRelaxedEnvVarName(name)
        : isEnvVarName(name);
      for (const msg of msgs) errs.push(invalid(idxPath.child('name'), name, msg));
    }
    errs.push(...validateEnvVarValueFrom(ev, idxPath.child('valueFrom')));
  });
  return errs;
}

/** ValidateEnvFrom (note Go reports a missing source on the list's path, not the item's). */
function validateEnvFrom(vars: Container['envFrom'], fldPath: Path, opts: PodValidationOptions): ErrorList {
  const errs: ErrorList = [];
  (vars ?? []).forEach((ev, i) => {
    const idxPath = fldPath.index_(i);
    const prefix = str(ev.prefix);
    if (prefix.length > 0) {
      const msgs = opts.allowRelaxedEnvironmentVariableValidation
        ? isRelaxedEnvVarName(prefix)
        : isEnvVarName(prefix);
      for (const msg of msgs) errs.push(invalid(idxPath.child('prefix'), prefix, msg));
    }
    let numSources = 0;
    for (const [field, nameFn] of [
      ['configMapRef', validateConfigMapName],
      ['secretRef', validateSecretName],
    ] as const) {
      const ref = ev[field];
      if (!ref) continue;
      numSources++;
      const name = str(ref.name);
      const p = idxPath.child(field).child('name');
      if (name === '') errs.push(required(p, ''));
      else for (const msg of nameFn(name, true)) errs.push(invalid(p, name, msg));
    }
    if (numSources === 0)
      errs.push(invalid(fldPath, '', 'must specify one of: `configMapRef` or `secretRef`'));
    else if (numSources > 1)
      errs.push(invalid(fldPath, '', 'may not have more than one field specified at a time'));
  });
  return errs;
}

const supportedMountPropagations = ['Bidirectional', 'HostToContainer', 'None'];
const supportedRecursiveReadOnly = ['Disabled', 'IfPossible', 'Enabled'];

/** ValidateVolumeMounts: existing volume names, unique mount paths, sub-paths. */
function validateVolumeMounts(c: Container, volumes: Map<string, Volume>, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const mountpoints = new Set<string>();
  const devices = new Map((c.volumeDevices ?? []).map((d) => [str(d.name), str(d.devicePath)]));
  (c.volumeMounts ?? []).forEach((mnt, i) => {
    const idxPath = fldPath.index_(i);
    const name = str(mnt.name);
    const mountPath = str(mnt.mountPath);
    if (name === '') errs.push(required(idxPath.child('name'), ''));
    if (!volumes.has(name)) errs.push(notFound(idxPath.child('name'), name));
    if (mountPath === '') errs.push(required(idxPath.child('mountPath'), ''));
    if (mountpoints.has(mountPath))
      errs.push(invalid(idxPath.child('mountPath'), mountPath, 'must be unique'));
    mountpoints.add(mountPath);
    if (devices.has(name))
      errs.push(invalid(idxPath.child('name'), name, 'must not already exist in volumeDevices'));
    if ([...devices.values()].includes(mountPath)) {
      errs.push(
        invalid(idxPath.child('mountPath'), mountPath, 'must not already exist as a path in volumeDevices'),
      );
    }
    const vol = volumes.get(name);
    if (vol && vol.image !== undefined && vol.image !== null) {
      if (mnt.subPath)
        errs.push(invalid(idxPath.child('subPath'), mnt.subPath, 'not allowed in image volume sources'));
      if (mnt.subPathExpr) {
        errs.push(
          invalid(idxPath.child('subPathExpr'), mnt.subPathExpr, 'not allowed in image volume sources'),
        );
      }
    }
    if (mnt.subPath) errs.push(...validateLocalDescendingPath(mnt.subPath, fldPath.child('subPath')));
    if (mnt.subPathExpr) {
      if (mnt.subPath) {
        errs.push(
          invalid(
            idxPath.child('subPathExpr'),
            mnt.subPathExpr,
            'subPathExpr and subPath are mutually exclusive',
          ),
        );
      }
      errs.push(...validateLocalDescendingPath(mnt.subPathExpr, fldPath.child('subPathExpr')));
    }
    if (mnt.mountPropagation !== undefined && mnt.mountPropagation !== null) {
      const mp = mnt.mountPropagation;
      const p = fldPath.child('mountPropagation');
      if (!supportedMountPropagations.includes(mp))
        errs.push(notSupported(p, mp, supportedMountPropagations));
      const privileged = c.securityContext?.privileged === true;
      if (mp === 'Bidirectional' && !privileged) {
        errs.push(forbidden(p, 'Bidirectional mount propagation is available only to privileged containers'));
      }
    }
    if (mnt.recursiveReadOnly !== undefined && mnt.recursiveReadOnly !== null) {
      const p = fldPath.child('recursiveReadOnly');
      const rro = mnt.recursiveReadOnly;
      if (rro === 'Enabled' || rro === 'IfPossible') {
        if (!mnt.readOnly) errs.push(forbidden(p, 'may only be specified when readOnly is true'));
        if (mnt.mountPropagation && mnt.mountPropagation !== 'None') {
          errs.push(forbidden(p, 'may only be specified when mountPropagation is None or not specified'));
        }
      } else if (rro !== 'Disabled') {
        errs.push(notSupported(p, rro, sorted(supportedRecursiveReadOnly)));
      }
    }
  });
  return errs;
}

function validateVolumeDevices(c: Container, volumes: Map<string, Volume>, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const mounts = new Map((c.volumeMounts ?? []).map((m) => [str(m.name), str(m.mountPath)]));
  const devicePaths = new Set<string>();
  const deviceNames = new Set<string>();
  (c.volumeDevices ?? []).forEach((dev, i) => {
    const idxPath = fldPath.index_(i);
    const name = str(dev.name);
    const devPath = str(dev.devicePath);
    const vol = volumes.get(name);
    const isPVC = !!vol && (vol.persistentVolumeClaim !== undefined || vol.ephemeral !== undefined);
    if (name === '') errs.push(required(idxPath.child('name'), ''));
    if (deviceNames.has(name)) errs.push(invalid(idxPath.child('name'), name, 'must be unique'));
    if (vol && !isPVC) {
      errs.push(
        invalid(
          idxPath.child('name'),
          name,
          'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode',
        ),
      );
    }
    if (!vol) errs.push(notFound(idxPath.child('name'), name));
    if (devPath === '') errs.push(required(idxPath.child('devicePath'), ''));
    if (devicePaths.has(devPath)) errs.push(invalid(idxPath.child('devicePath'), devPath, 'must be unique'));
    if (devPath.length > 0 && validatePathNoBacksteps(devPath, fldPath).length > 0) {
      errs.push(invalid(idxPath.child('devicePath'), devPath, "can not contain backsteps ('..')"));
    } else {
      devicePaths.add(devPath);
    }
    if (mounts.has(name))
      errs.push(invalid(idxPath.child('name'), name, 'must not already exist in volumeMounts'));
    if ([...mounts.values()].includes(devPath)) {
      errs.push(
        invalid(idxPath.child('devicePath'), devPath, 'must not already exist as a path in volumeMounts'),
      );
    }
    if (name.length > 0) deviceNames.add(name);
  });
  return errs;
}

/** ValidatePortNumOrName */
function validatePortNumOrName(port: unknown, fldPath: Path): ErrorList {
  if (typeof port === 'number') return isValidPortNum(port).map((msg) => invalid(fldPath, port, msg));
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(fldPath, port, msg));
  return [internalError(fldPath, new Error(`unknown type: ${typeof port}`))];
}

interface CommonHandler {
  exec?: { command?: string[] };
  httpGet?: Probe['httpGet'];
  tcpSocket?: { port?: number | string };
  grpc?: { port?: number };
  sleep?: { seconds?: number };
}

function validateHandler(
  handler: CommonHandler,
  gracePeriod: number | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  let numHandlers = 0;
  const errs: ErrorList = [];
  const one = (name: keyof CommonHandler, check: () => ErrorList) => {
    if (handler[name] === undefined || handler[name] === null) return;
    if (numHandlers > 0) {
      errs.push(forbidden(fldPath.child(name), 'may not specify more than 1 handler type'));
      return;
    }
    numHandlers++;
    errs.push(...check());
  };
  one('exec', () =>
    (handler.exec?.command ?? []).length === 0 ? [required(fldPath.child('exec').child('command'), '')] : [],
  );
  one('httpGet', () => {
    const h = handler.httpGet!;
    const p = fldPath.child('httpGet');
    const e: ErrorList = [];
    if (!h.path) e.push(required(p.child('path'), ''));
    e.push(...validatePortNumOrName(h.port, p.child('port')));
    const scheme = str(h.scheme);
    if (scheme !== 'HTTP' && scheme !== 'HTTPS')
      e.push(notSupported(p.child('scheme'), scheme, ['HTTP', 'HTTPS']));
    for (const header of h.httpHeaders ?? []) {
      for (const msg of isHTTPHeaderName(str(header.name)))
        e.push(invalid(p.child('httpHeaders'), str(header.name), msg));
    }
    return e;
  });
  one('tcpSocket', () =>
    validatePortNumOrName(handler.tcpSocket!.port, fldPath.child('tcpSocket').child('port')),
  );
  one('grpc', () => validatePortNumOrName(int(handler.grpc!.port), fldPath.child('grpc').child('port')));
  one('sleep', () => {
    const seconds = int(handler.sleep!.seconds);
    if (gracePeriod === undefined) return [];
    if (opts.allowPodLifecycleSleepActionZeroValue) {
      if (seconds < 0 || seconds > gracePeriod) {
        return [
          invalid(
            fldPath.child('sleep'),
            seconds,
            `must be non-negative and less than terminationGracePeriodSeconds (${gracePeriod})`,
          ),
        ];
      }
    } else if (seconds <= 0 || seconds > gracePeriod) {
      return [
        invalid(
          fldPath.child('sleep'),
          seconds,
          `must be greater than 0 and less than terminationGracePeriodSeconds (${gracePeriod}). Enable AllowPodLifecycleSleepActionZeroValue feature gate for zero sleep.`,
        ),
      ];
    }
    return [];
  });
  if (numHandlers === 0) errs.push(required(fldPath, 'must specify a handler type'));
  return errs;
}

function validateProbe(
  probe: Probe,
  gracePeriod: number | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs = validateHandler(
    { exec: probe.exec, httpGet: probe.httpGet, tcpSocket: probe.tcpSocket, grpc: probe.grpc },
    gracePeriod,
    fldPath,
    opts,
  );
  errs.push(
    ...validateNonnegativeField(int(probe.initialDelaySeconds), fldPath.child('initialDelaySeconds')),
  );
  errs.push(...validateNonnegativeField(int(probe.timeoutSeconds), fldPath.child('timeoutSeconds')));
  errs.push(...validateNonnegativeField(int(probe.periodSeconds), fldPath.child('periodSeconds')));
  errs.push(...validateNonnegativeField(int(probe.successThreshold), fldPath.child('successThreshold')));
  errs.push(...validateNonnegativeField(int(probe.failureThreshold), fldPath.child('failureThreshold')));
  const tgps = probe.terminationGracePeriodSeconds;
  if (tgps !== undefined && tgps !== null && tgps <= 0) {
    errs.push(invalid(fldPath.child('terminationGracePeriodSeconds'), tgps, 'must be greater than 0'));
  }
  return errs;
}

function validateLivenessOrStartupProbe(
  probe: Probe | undefined,
  gracePeriod: number | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  if (!probe) return [];
  const errs = validateProbe(probe, gracePeriod, fldPath, opts);
  if (int(probe.successThreshold) !== 1) {
    errs.push(invalid(fldPath.child('successThreshold'), int(probe.successThreshold), 'must be 1'));
  }
  return errs;
}

function validateReadinessProbe(
  probe: Probe | undefined,
  gracePeriod: number | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  if (!probe) return [];
  const errs = validateProbe(probe, gracePeriod, fldPath, opts);
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds !== null) {
    errs.push(
      invalid(
        fldPath.child('terminationGracePeriodSeconds'),
        probe.terminationGracePeriodSeconds,
        'must not be set for readinessProbes',
      ),
    );
  }
  return errs;
}

function validateLifecycle(
  c: Container,
  gracePeriod: number | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  const lh = (h: LifecycleHandler): CommonHandler => ({
    exec: h.exec,
    httpGet: h.httpGet,
    tcpSocket: h.tcpSocket,
    sleep: h.sleep,
  });
  if (c.lifecycle?.postStart)
    errs.push(...validateHandler(lh(c.lifecycle.postStart), gracePeriod, fldPath.child('postStart'), opts));
  if (c.lifecycle?.preStop)
    errs.push(...validateHandler(lh(c.lifecycle.preStop), gracePeriod, fldPath.child('preStop'), opts));
  return errs;
}

function validatePullPolicy(policy: string, fldPath: Path): ErrorList {
  if (policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath, '')];
  return [notSupported(fldPath, policy, ['Always', 'IfNotPresent', 'Never'])];
}

function validateResizePolicy(c: Container, fldPath: Path, podRestartPolicy: string): ErrorList {
  const errs: ErrorList = [];
  const seen = new Set<string>();
  (c.resizePolicy ?? []).forEach((p, i) => {
    const rn = str(p.resourceName);
    const rp = str(p.restartPolicy);
    if (seen.has(rn)) errs.push(duplicate(fldPath.index_(i), rn));
    seen.add(rn);
    if (rn === '') errs.push(required(fldPath, ''));
    else if (rn !== 'cpu' && rn !== 'memory') errs.push(notSupported(fldPath, rn, ['cpu', 'memory']));
    if (rp === '') errs.push(required(fldPath, ''));
    else if (rp !== 'NotRequired' && rp !== 'RestartContainer') {
      errs.push(notSupported(fldPath, rp, ['NotRequired', 'RestartContainer']));
    }
    if (podRestartPolicy === 'Never' && rp !== 'NotRequired') {
      errs.push(invalid(fldPath, rp, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
    }
  });
  return errs;
}

function validateSeccompProfileField(sp: SeccompProfile | undefined, fldPath: Path): ErrorList {
  if (!sp) return [];
  const errs: ErrorList = [];
  const type = str(sp.type);
  if (type === '') errs.push(required(fldPath.child('type'), 'type is required when seccompProfile is set'));
  else if (type !== 'Localhost' && type !== 'RuntimeDefault' && type !== 'Unconfined') {
    errs.push(notSupported(fldPath.child('type'), type, ['Localhost', 'RuntimeDefault', 'Unconfined']));
  }
  if (type === 'Localhost') {
    if (sp.localhostProfile === undefined || sp.localhostProfile === null) {
      errs.push(required(fldPath.child('localhostProfile'), 'must be set when seccomp type is Localhost'));
    } else {
      errs.push(...validateLocalDescendingPath(sp.localhostProfile, fldPath.child('localhostProfile')));
    }
  } else if (sp.localhostProfile !== undefined && sp.localhostProfile !== null) {
    errs.push(
      invalid(fldPath.child('localhostProfile'), sp, 'can only be set when seccomp type is Localhost'),
    );
  }
  return errs;
}

function validateAppArmorProfileField(profile: SeccompProfile | undefined, fldPath: Path): ErrorList {
  if (!profile) return [];
  const errs: ErrorList = [];
  const type = str(profile.type);
  switch (type) {
    case 'Localhost': {
      const lp = profile.localhostProfile;
      if (lp === undefined || lp === null) {
        errs.push(required(fldPath.child('localhostProfile'), 'must be set when AppArmor type is Localhost'));
      } else {
        if (lp.trim() !== lp)
          errs.push(invalid(fldPath.child('localhostProfile'), lp, 'must not be padded with whitespace'));
        else if (lp === '')
          errs.push(
            required(fldPath.child('localhostProfile'), 'must be set when AppArmor type is Localhost'),
          );
        if (byteLen(lp) > 4095) errs.push(tooLong(fldPath.child('localhostProfile'), '', 4095));
      }
      break;
    }
    case 'RuntimeDefault':
    case 'Unconfined':
      if (profile.localhostProfile !== undefined && profile.localhostProfile !== null) {
        errs.push(
          invalid(
            fldPath.child('localhostProfile'),
            profile.localhostProfile,
            'can only be set when AppArmor type is Localhost',
          ),
        );
      }
      break;
    case '':
      errs.push(required(fldPath.child('type'), 'type is required when appArmorProfile is set'));
      break;
    default:
      errs.push(notSupported(fldPath.child('type'), type, ['Localhost', 'RuntimeDefault', 'Unconfined']));
  }
  return errs;
}

/** ValidateSecurityContext (container level). */
function validateSecurityContext(
  sc: SecurityContext | undefined,
  fldPath: Path,
  hostUsers: boolean,
  opts: PodValidationOptions,
): ErrorList {
  if (!sc) return [];
  const errs: ErrorList = [];
  if (sc.privileged === true && !opts.allowPrivileged) {
    errs.push(forbidden(fldPath.child('privileged'), 'disallowed by cluster policy'));
  }
  if (sc.runAsUser !== undefined && sc.runAsUser !== null) {
    for (const msg of idErrors(sc.runAsUser))
      errs.push(invalid(fldPath.child('runAsUser'), sc.runAsUser, msg));
  }
  if (sc.runAsGroup !== undefined && sc.runAsGroup !== null) {
    for (const msg of idErrors(sc.runAsGroup))
      errs.push(invalid(fldPath.child('runAsGroup'), sc.runAsGroup, msg));
  }
  if (sc.procMount !== undefined && sc.procMount !== null) {
    if (sc.procMount !== 'Default' && sc.procMount !== 'Unmasked') {
      errs.push(notSupported(fldPath.child('procMount'), sc.procMount, ['Default', 'Unmasked']));
    }
    if (hostUsers && sc.procMount === 'Unmasked') {
      errs.push(
        invalid(fldPath.child('procMount'), sc.procMount, '`hostUsers` must be false to use `Unmasked`'),
      );
    }
  }
  errs.push(...validateSeccompProfileField(sc.seccompProfile, fldPath.child('seccompProfile')));
  if (sc.allowPrivilegeEscalation === false) {
    if (sc.privileged === true) {
      errs.push(
        invalid(fldPath, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'),
      );
    }
    for (const cap of sc.capabilities?.add ?? []) {
      if (cap === 'CAP_SYS_ADMIN') {
        errs.push(
          invalid(
            fldPath,
            sc,
            'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN',
          ),
        );
      }
    }
  }
  errs.push(...validateAppArmorProfileField(sc.appArmorProfile, fldPath.child('appArmorProfile')));
  return errs;
}

interface ContainerContext {
  volumes: Map<string, Volume>;
  podClaimNames: Set<string>;
  podRestartPolicy: string;
  hostUsers: boolean;
  opts: PodValidationOptions;
}

/** validateContainerCommon: what regular, init and ephemeral containers share. */
function validateContainerCommon(c: Container, path: Path, ctx: ContainerContext): ErrorList {
  const errs: ErrorList = [];
  const namePath = path.child('name');
  const name = str(c.name);
  if (name === '') errs.push(required(namePath, ''));
  else errs.push(...validateDNS1123Label(name, namePath));
  if (!c.image) errs.push(required(path.child('image'), ''));
  const tmp = str(c.terminationMessagePolicy);
  if (tmp === '') errs.push(required(path.child('terminationMessagePolicy'), ''));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(notSupported(path.child('terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validateContainerPorts(c.ports, path.child('ports')));
  errs.push(...validateEnv(c.env, path.child('env'), ctx.opts));
  errs.push(...validateEnvFrom(c.envFrom, path.child('envFrom'), ctx.opts));
  errs.push(...validateVolumeMounts(c, ctx.volumes, path.child('volumeMounts')));
  errs.push(...validateVolumeDevices(c, ctx.volumes, path.child('volumeDevices')));
  errs.push(...validatePullPolicy(str(c.imagePullPolicy), path.child('imagePullPolicy')));
  errs.push(
    ...validateResourceRequirements(
      c.resources,
      validateContainerResourceName,
      ctx.podClaimNames,
      path.child('resources'),
      ctx.opts,
    ),
  );
  errs.push(...validateResizePolicy(c, path.child('resizePolicy'), ctx.podRestartPolicy));
  errs.push(
    ...validateSecurityContext(c.securityContext, path.child('securityContext'), ctx.hostUsers, ctx.opts),
  );
  return errs;
}

/** AccumulateUniqueHostPorts / checkHostPortConflicts */
function checkHostPortConflicts(containers: Container[], fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((p, pi) => {
      const port = int(p.hostPort);
      if (port === 0) return;
      const key = `${str(p.protocol)}/${str(p.hostIP)}/${port}`;
      if (seen.has(key))
        errs.push(duplicate(fldPath.index_(ci).child('ports').index_(pi).child('hostPort'), key));
      else seen.add(key);
    });
  });
  return errs;
}

function validateContainers(
  containers: Container[] | undefined,
  gracePeriod: number | undefined,
  fldPath: Path,
  ctx: ContainerContext,
): ErrorList {
  if (!containers || containers.length === 0) return [required(fldPath, '')];
  const errs: ErrorList = [];
  const allNames = new Set<string>();
  containers.forEach((c, i) => {
    const path = fldPath.index_(i);
    errs.push(...validateContainerCommon(c, path, ctx));
    const name = str(c.name);
    if (allNames.has(name)) errs.push(duplicate(path.child('name'), name));
    else allNames.add(name);
    if (c.lifecycle) errs.push(...validateLifecycle(c, gracePeriod, path.child('lifecycle'), ctx.opts));
    errs.push(
      ...validateLivenessOrStartupProbe(c.livenessProbe, gracePeriod, path.child('livenessProbe'), ctx.opts),
    );
    errs.push(
      ...validateReadinessProbe(c.readinessProbe, gracePeriod, path.child('readinessProbe'), ctx.opts),
    );
    errs.push(
      ...validateLivenessOrStartupProbe(c.startupProbe, gracePeriod, path.child('startupProbe'), ctx.opts),
    );
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) {
      errs.push(forbidden(path.child('restartPolicy'), 'may not be set for non-init containers'));
    }
  });
  errs.push(...checkHostPortConflicts(containers, fldPath));
  return errs;
}

function validateInitContainers(
  initContainers: Container[] | undefined,
  regular: Container[] | undefined,
  gracePeriod: number | undefined,
  fldPath: Path,
  ctx: ContainerContext,
): ErrorList {
  const errs: ErrorList = [];
  const allNames = new Set((regular ?? []).map((c) => str(c.name)));
  (initContainers ?? []).forEach((c, i) => {
    const idxPath = fldPath.index_(i);
    errs.push(...validateContainerCommon(c, idxPath, ctx));
    let restartAlways = false;
    if (c.restartPolicy !== undefined && c.restartPolicy !== null) {
      if (c.restartPolicy !== 'Always')
        errs.push(notSupported(idxPath.child('restartPolicy'), c.restartPolicy, ['Always']));
      restartAlways = c.restartPolicy === 'Always';
    }
    const name = str(c.name);
    if (allNames.has(name)) errs.push(duplicate(idxPath.child('name'), name));
    else if (name.length > 0) allNames.add(name);
    errs.push(...checkHostPortConflicts([c], fldPath));
    if (restartAlways) {
      if (c.lifecycle) errs.push(...validateLifecycle(c, gracePeriod, idxPath.child('lifecycle'), ctx.opts));
      errs.push(
        ...validateLivenessOrStartupProbe(
          c.livenessProbe,
          gracePeriod,
          idxPath.child('livenessProbe'),
          ctx.opts,
        ),
      );
      errs.push(
        ...validateReadinessProbe(c.readinessProbe, gracePeriod, idxPath.child('readinessProbe'), ctx.opts),
      );
      errs.push(
        ...validateLivenessOrStartupProbe(
          c.startupProbe,
          gracePeriod,
          idxPath.child('startupProbe'),
          ctx.opts,
        ),
      );
    } else {
      const msg = 'may not be set for init containers without restartPolicy=Always';
      if (c.lifecycle) errs.push(forbidden(idxPath.child('lifecycle'), msg));
      if (c.livenessProbe) errs.push(forbidden(idxPath.child('livenessProbe'), msg));
      if (c.readinessProbe) errs.push(forbidden(idxPath.child('readinessProbe'), msg));
      if (c.startupProbe) errs.push(forbidden(idxPath.child('startupProbe'), msg));
    }
    if (!ctx.opts.allowSidecarResizePolicy && (c.resizePolicy ?? []).length > 0) {
      errs.push(
        invalid(idxPath.child('resizePolicy'), c.resizePolicy, 'must not be set for init containers'),
      );
    }
  });
  return errs;
}

/** The EphemeralContainerCommon fields an ephemeral container may not set, in Go field order. */
const disallowedEphemeralFields = [
  'ports',
  'resources',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
];

const isZeroValue = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.values(v).every((x) => isZeroValue(x)));

function validateEphemeralContainers(
  ephemeral: EphemeralContainer[] | undefined,
  spec: PodSpec,
  fldPath: Path,
  ctx: ContainerContext,
): ErrorList {
  const errs: ErrorList = [];
  if (!ephemeral || ephemeral.length === 0) return errs;
  const otherNames = new Set(
    [...(spec.containers ?? []), ...(spec.initContainers ?? [])].map((c) => str(c.name)),
  );
  const allNames = new Set(otherNames);
  ephemeral.forEach((ec, i) => {
    const idxPath = fldPath.index_(i);
    errs.push(...validateContainerCommon(ec, idxPath, ctx));
    errs.push(...validateContainerOnlyForPod(ec, idxPath));
    const name = str(ec.name);
    if (allNames.has(name)) errs.push(duplicate(idxPath.child('name'), name));
    else allNames.add(name);
    if (ec.targetContainerName && !otherNames.has(ec.targetContainerName)) {
      errs.push(notFound(idxPath.child('targetContainerName'), ec.targetContainerName));
    }
    for (const field of disallowedEphemeralFields) {
      if (!isZeroValue((ec as Record<string, unknown>)[field])) {
        errs.push(forbidden(idxPath.child(field), 'cannot be set for an Ephemeral Container'));
      }
    }
    (ec.volumeMounts ?? []).forEach((vm, j) => {
      const p = idxPath.child('volumeMounts').index_(j);
      if (vm.subPath) errs.push(forbidden(p.child('subPath'), 'cannot be set for an Ephemeral Container'));
      if (vm.subPathExpr)
        errs.push(forbidden(p.child('subPathExpr'), 'cannot be set for an Ephemeral Container'));
    });
  });
  return errs;
}

/** validateContainerOnlyForPod: Pods (not templates) may not have images with surrounding whitespace. */
function validateContainerOnlyForPod(c: Container, path: Path): ErrorList {
  const image = str(c.image);
  return image.length !== image.trim().length
    ? [invalid(path.child('image'), image, 'must not have leading or trailing whitespace')]
    : [];
}

// ---- pod-level fields -------------------------------------------------------------------------------------------

function validateRestartPolicy(policy: string, fldPath: Path): ErrorList {
  if (policy === 'Always' || policy === 'OnFailure' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath, '')];
  return [notSupported(fldPath, policy, ['Always', 'OnFailure', 'Never'])];
}

function validateDNSPolicy(policy: string, fldPath: Path): ErrorList {
  const valid = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (valid.includes(policy)) return [];
  if (policy === '') return [required(fldPath, '')];
  return [notSupported(fldPath, policy, valid)];
}

function validatePreemptionPolicy(policy: string, fldPath: Path): ErrorList {
  if (policy === 'PreemptLowerPriority' || policy === 'Never') return [];
  if (policy === '') return [required(fldPath, '')];
  return [notSupported(fldPath, policy, ['PreemptLowerPriority', 'Never'])];
}

const sysctlSegmentFmt = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const sysctlContainSlashFmt = `(${sysctlSegmentFmt}[\\./])*${sysctlSegmentFmt}`;
const sysctlRegexp = new RegExp(`^${sysctlContainSlashFmt}$`);

/** utilsysctl.GetNamespace, reduced to the two namespaces the host checks need. */
function sysctlNamespace(name: string): 'net' | 'ipc' | '' {
  const n = name.replace(/\//g, '.');
  if (n.startsWith('net.')) return 'net';
  if (
    n.startsWith('kernel.shm') ||
    n.startsWith('kernel.msg') ||
    n === 'kernel.sem' ||
    n.startsWith('fs.mqueue.')
  ) {
    return 'ipc';
  }
  return '';
}

function validatePodSpecSecurityContext(
  sc: PodSecurityContext | undefined,
  spec: PodSpec,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  if (!sc) return errs;
  if (sc.fsGroup !== undefined && sc.fsGroup !== null) {
    for (const msg of idErrors(sc.fsGroup)) errs.push(invalid(fldPath.child('fsGroup'), sc.fsGroup, msg));
  }
  if (sc.runAsUser !== undefined && sc.runAsUser !== null) {
    for (const msg of idErrors(sc.runAsUser))
      errs.push(invalid(fldPath.child('runAsUser'), sc.runAsUser, msg));
  }
  if (sc.runAsGroup !== undefined && sc.runAsGroup !== null) {
    for (const msg of idErrors(sc.runAsGroup))
      errs.push(invalid(fldPath.child('runAsGroup'), sc.runAsGroup, msg));
  }
  (sc.supplementalGroups ?? []).forEach((gid, g) => {
    for (const msg of idErrors(gid))
      errs.push(invalid(fldPath.child('supplementalGroups').index_(g), gid, msg));
  });
  if (spec.shareProcessNamespace === true && spec.hostPID) {
    errs.push(
      invalid(
        fldPath.child('shareProcessNamespace'),
        spec.shareProcessNamespace,
        'ShareProcessNamespace and HostPID cannot both be enabled',
      ),
    );
  }
  const names = new Set<string>();
  (sc.sysctls ?? []).forEach((s, i) => {
    const p = fldPath.child('sysctls').index_(i).child('name');
    const name = str(s.name);
    if (name === '') errs.push(required(p, ''));
    else if (name.length > 253 || !sysctlRegexp.test(name)) {
      errs.push(
        invalid(p, name, `must have at most 253 characters and match regex ^${sysctlContainSlashFmt}$`),
      );
    } else if (names.has(name)) errs.push(duplicate(p, name));
    if (!opts.allowNamespacedSysctlsForHostNetAndHostIPC) {
      const ns = sysctlNamespace(name);
      if (spec.hostNetwork && ns === 'net')
        errs.push(invalid(p, name, "may not be specified when 'hostNetwork' is true"));
      else if (spec.hostIPC && ns === 'ipc')
        errs.push(invalid(p, name, "may not be specified when 'hostIPC' is true"));
    }
    names.add(name);
  });
  if (sc.fsGroupChangePolicy !== undefined && sc.fsGroupChangePolicy !== null) {
    if (sc.fsGroupChangePolicy !== 'OnRootMismatch' && sc.fsGroupChangePolicy !== 'Always') {
      errs.push(
        notSupported(fldPath.child('fsGroupChangePolicy'), sc.fsGroupChangePolicy, [
          'Always',
          'OnRootMismatch',
        ]),
      );
    }
  }
  errs.push(...validateSeccompProfileField(sc.seccompProfile, fldPath.child('seccompProfile')));
  errs.push(...validateAppArmorProfileField(sc.appArmorProfile, fldPath.child('appArmorProfile')));
  if (sc.supplementalGroupsPolicy !== undefined && sc.supplementalGroupsPolicy !== null) {
    if (sc.supplementalGroupsPolicy !== 'Merge' && sc.supplementalGroupsPolicy !== 'Strict') {
      errs.push(
        notSupported(fldPath.child('supplementalGroupsPolicy'), sc.supplementalGroupsPolicy, [
          'Merge',
          'Strict',
        ]),
      );
    }
  }
  if (sc.seLinuxChangePolicy !== undefined && sc.seLinuxChangePolicy !== null) {
    const p = fldPath.child('seLinuxChangePolicy');
    if (opts.allowOnlyRecursiveSELinuxChangePolicy) {
      if (sc.seLinuxChangePolicy !== 'Recursive')
        errs.push(notSupported(p, sc.seLinuxChangePolicy, ['Recursive']));
    } else if (sc.seLinuxChangePolicy !== 'Recursive' && sc.seLinuxChangePolicy !== 'MountOption') {
      errs.push(notSupported(p, sc.seLinuxChangePolicy, ['MountOption', 'Recursive']));
    }
  }
  return errs;
}

/** ValidateTolerations */
export function validateTolerations(tolerations: Toleration[] | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  (tolerations ?? []).forEach((t, i) => {
    const idxPath = fldPath.index_(i);
    const key = str(t.key);
    const op = str(t.operator);
    const value = str(t.value);
    const effect = str(t.effect);
    if (key.length > 0) errs.push(...validateLabelName(key, idxPath.child('key')));
    if (key.length === 0 && op !== 'Exists') {
      errs.push(
        invalid(
          idxPath.child('operator'),
          op,
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && effect !== 'NoExecute') {
      errs.push(
        invalid(
          idxPath.child('effect'),
          effect,
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    }
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(value);
      if (msgs.length !== 0) errs.push(invalid(idxPath.child('operator'), value, msgs.join(';')));
    } else if (op === 'Exists') {
      if (value.length > 0)
        errs.push(
          invalid(idxPath.child('operator'), value, "value must be empty when `operator` is 'Exists'"),
        );
    } else {
      errs.push(notSupported(idxPath.child('operator'), op, ['Equal', 'Exists']));
    }
    if (effect.length > 0 && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(effect)) {
      errs.push(
        notSupported(idxPath.child('effect'), effect, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
      );
    }
  });
  return errs;
}

function validatePodDNSConfig(spec: PodSpec, fldPath: Path, opts: PodValidationOptions): ErrorList {
  const errs: ErrorList = [];
  const cfg = spec.dnsConfig;
  if (spec.dnsPolicy === 'None') {
    if (!cfg) return [required(fldPath, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((cfg.nameservers ?? []).length === 0) {
      return [
        required(
          fldPath.child('nameservers'),
          'must provide at least one DNS nameserver when `dnsPolicy` is None',
        ),
      ];
    }
  }
  if (!cfg) return errs;
  const nameservers = cfg.nameservers ?? [];
  if (nameservers.length > 3)
    errs.push(invalid(fldPath.child('nameservers'), nameservers, 'must not have more than 3 nameservers'));
  nameservers.forEach((ns, i) => {
    for (const msg of isValidIP(ns)) errs.push(invalid(fldPath.child('nameservers').index_(i), ns, msg));
  });
  const searches = cfg.searches ?? [];
  if (searches.length > 32)
    errs.push(invalid(fldPath.child('searches'), searches, 'must not have more than 32 search paths'));
  if (searches.join(' ').length > 2048) {
    errs.push(
      invalid(
        fldPath.child('searches'),
        searches,
        'must not have more than 2048 characters (including spaces) in the search list',
      ),
    );
  }
  searches.forEach((search, i) => {
    const p = fldPath.child('searches').index_(i);
    if (opts.allowRelaxedDNSSearchValidation) {
      if (search !== '.') {
        const s = search.endsWith('.') ? search.slice(0, -1) : search;
        // IsDNS1123SubdomainWithUnderscore
        if (
          s.length > 253 ||
          !/^[a-z0-9_]([-a-z0-9_]*[a-z0-9])?(\.[a-z0-9_]([-a-z0-9_]*[a-z0-9])?)*$/.test(s)
        ) {
          const fmt = '[a-z0-9_]([-a-z0-9_]*[a-z0-9])?(\\.[a-z0-9_]([-a-z0-9_]*[a-z0-9])?)*';
          const msgs: string[] = [];
          if (byteLen(s) > 253) msgs.push('must be no more than 253 characters');
          if (!new RegExp(`^${fmt}$`).test(s)) {
            msgs.push(
              `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '${fmt}')`,
            );
          }
          for (const msg of msgs) errs.push(invalid(p, s, msg));
        }
      }
    } else {
      errs.push(...validateDNS1123Subdomain(search.endsWith('.') ? search.slice(0, -1) : search, p));
    }
  });
  (cfg.options ?? []).forEach((o, i) => {
    if (!o.name) errs.push(required(fldPath.child('options').index_(i), 'must not be empty'));
  });
  return errs;
}

/** validatePodResources: pod-level resources (PodLevelResources). */
function validatePodResources(
  spec: PodSpec,
  podClaimNames: Set<string>,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const res = spec.resources;
  if (!res) return [];
  const errs: ErrorList = [];
  if (res.claims !== undefined)
    errs.push(forbidden(fldPath.child('claims'), 'claims cannot be set for Resources at pod-level'));
  errs.push(...validateResourceRequirements(res, validatePodResourceName, podClaimNames, fldPath, opts));
  // Pod-level requests must be ≥ the sum of container requests; container limits ≤ pod limits.
  const reqPath = fldPath.child('requests');
  const sums = new Map<string, Quantity>();
  for (const c of spec.containers ?? []) {
    for (const [name, raw] of Object.entries(c.resources?.requests ?? {})) {
      const q = quantityOf(raw);
      if (q) sums.set(name, sums.has(name) ? sums.get(name)!.add(q) : q);
    }
  }
  for (const [name, sum] of sums) {
    const podReq = quantityOf(res.requests?.[name]) ?? zeroQuantity;
    if (sum.cmp(podReq) > 0) {
      errs.push(
        invalid(
          reqPath.key(name),
          podReq.toString(),
          `must be greater than or equal to aggregate container requests of ${sum.toString()}`,
        ),
      );
    }
  }
  (spec.containers ?? []).forEach((c, i) => {
    for (const [name, raw] of Object.entries(c.resources?.limits ?? {})) {
      const podLimit =
        res.limits && Object.prototype.hasOwnProperty.call(res.limits, name)
          ? quantityOf(res.limits[name])
          : null;
      const ctrLimit = quantityOf(raw);
      if (podLimit && ctrLimit && ctrLimit.cmp(podLimit) > 0) {
        errs.push(
          invalid(
            fldPath.child('containers').index_(i).key(name).child('limits'),
            ctrLimit.toString(),
            `must be less than or equal to pod limits of ${podLimit.toString()}`,
          ),
        );
      }
    }
  });
  return errs;
}

/** validatePodHostNetworkDeps: with hostNetwork, hostPort must equal containerPort. */
function validatePodHostNetworkDeps(spec: PodSpec, fldPath: Path, opts: PodValidationOptions): ErrorList {
  const errs: ErrorList = [];
  if (!spec.hostNetwork) return errs;
  (spec.containers ?? []).forEach((c, i) => {
    (c.ports ?? []).forEach((port, j) => {
      const hp = int(port.hostPort);
      const cp = int(port.containerPort);
      if ((opts.resourceIsPod || hp !== 0) && hp !== cp) {
        errs.push(
          invalid(
            fldPath.child('containers').index_(i).child('ports').index_(j).child('hostPort'),
            hp,
            'must match `containerPort` when `hostNetwork` is true',
          ),
        );
      }
    });
  });
  return errs;
}

/**
 * ValidatePodSpec: the PodSpec of a Pod or template. `podMeta` is set only for real pods (generic ephemeral
 * volumes need the pod's name).
 */
export function validatePodSpec(
  spec: PodSpec | undefined,
  _podMeta: ObjectMeta | undefined,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const s: PodSpec = spec ?? {};
  const errs: ErrorList = [];
  if (s.terminationGracePeriodSeconds === undefined || s.terminationGracePeriodSeconds === null) {
    errs.push(required(fldPath.child('terminationGracePeriodSeconds'), ''));
  }
  const gracePeriod = s.terminationGracePeriodSeconds ?? undefined;
  const hostUsers = s.hostUsers !== false;
  const { vols, errs: volErrs } = validateVolumes(s.volumes, fldPath.child('volumes'), opts);
  errs.push(...volErrs);
  const podClaimNames = new Set((s.resourceClaims ?? []).map((c) => str(c?.name)).filter((n) => n !== ''));
  errs.push(...validatePodResourceClaims(s.resourceClaims, fldPath.child('resourceClaims')));
  const ctx: ContainerContext = {
    volumes: vols,
    podClaimNames,
    podRestartPolicy: str(s.restartPolicy),
    hostUsers,
    opts,
  };
  errs.push(...validateContainers(s.containers, gracePeriod, fldPath.child('containers'), ctx));
  errs.push(
    ...validateInitContainers(
      s.initContainers,
      s.containers,
      gracePeriod,
      fldPath.child('initContainers'),
      ctx,
    ),
  );
  errs.push(
    ...validateEphemeralContainers(s.ephemeralContainers, s, fldPath.child('ephemeralContainers'), ctx),
  );
  if (opts.podLevelResourcesEnabled)
    errs.push(...validatePodResources(s, podClaimNames, fldPath.child('resources'), opts));
  errs.push(...validatePodHostNetworkDeps(s, fldPath, opts));
  errs.push(...validateRestartPolicy(str(s.restartPolicy), fldPath.child('restartPolicy')));
  errs.push(...validateDNSPolicy(str(s.dnsPolicy), fldPath.child('dnsPolicy')));
  errs.push(...validateLabels(s.nodeSelector, fldPath.child('nodeSelector')));
  errs.push(...validatePodSpecSecurityContext(s.securityContext, s, fldPath.child('securityContext'), opts));
  (s.imagePullSecrets ?? []).forEach((ref, i) => {
    const extra = isObject(ref) ? Object.keys(ref).filter((k) => k !== 'name') : [];
    if (extra.length > 0)
      errs.push(invalid(fldPath.child('imagePullSecrets').index_(i), ref, 'only name may be set'));
  });
  errs.push(...validatePodDNSConfig(s, fldPath.child('dnsConfig'), opts));
  (s.readinessGates ?? []).forEach((g, i) => {
    errs.push(
      ...validateQualifiedName(
        str(g.conditionType),
        fldPath.child('readinessGates').index_(i).child('conditionType'),
      ),
    );
  });
  const gates = new Set<string>();
  (s.schedulingGates ?? []).forEach((g, i) => {
    const name = str(g.name);
    errs.push(...validateQualifiedName(name, fldPath.child('schedulingGates').index_(i)));
    if (gates.has(name)) errs.push(duplicate(fldPath.child('schedulingGates').index_(i), name));
    gates.add(name);
  });
  if (s.hostUsers === false) {
    if (s.hostNetwork)
      errs.push(forbidden(fldPath.child('hostNetwork'), 'when `pod.Spec.HostUsers` is false'));
    if (s.hostPID) errs.push(forbidden(fldPath.child('HostPID'), 'when `pod.Spec.HostUsers` is false'));
    if (s.hostIPC) errs.push(forbidden(fldPath.child('HostIPC'), 'when `pod.Spec.HostUsers` is false'));
  }
  const sa = str(s.serviceAccountName);
  if (sa.length > 0)
    for (const msg of validateServiceAccountName(sa, false))
      errs.push(invalid(fldPath.child('serviceAccountName'), sa, msg));
  const nodeName = str(s.nodeName);
  if (nodeName.length > 0)
    for (const msg of validateNodeName(nodeName, false))
      errs.push(invalid(fldPath.child('nodeName'), nodeName, msg));
  if (s.activeDeadlineSeconds !== undefined && s.activeDeadlineSeconds !== null) {
    const v = s.activeDeadlineSeconds;
    if (v < 1 || v > maxInt32)
      errs.push(invalid(fldPath.child('activeDeadlineSeconds'), v, inclusiveRangeError(1, maxInt32)));
  }
  if (s.hostname) errs.push(...validateDNS1123Label(s.hostname, fldPath.child('hostname')));
  if (s.subdomain) errs.push(...validateDNS1123Label(s.subdomain, fldPath.child('subdomain')));
  if ((s.tolerations ?? []).length > 0)
    errs.push(...validateTolerations(s.tolerations, fldPath.child('tolerations')));
  (s.hostAliases ?? []).forEach((ha, i) => {
    const p = fldPath.child('hostAliases').index_(i);
    for (const msg of isValidIP(str(ha.ip))) errs.push(invalid(p.child('ip'), str(ha.ip), msg));
    (ha.hostnames ?? []).forEach((h, j) =>
      errs.push(...validateDNS1123Subdomain(h, p.child('hostnames').index_(j))),
    );
  });
  const pcn = str(s.priorityClassName);
  if (pcn.length > 0)
    for (const msg of validatePriorityClassName(pcn, false))
      errs.push(invalid(fldPath.child('priorityClassName'), pcn, msg));
  if (s.runtimeClassName !== undefined && s.runtimeClassName !== null) {
    for (const msg of nameIsDNSSubdomain(s.runtimeClassName, false)) {
      errs.push(invalid(fldPath.child('runtimeClassName'), s.runtimeClassName, msg));
    }
  }
  if (s.preemptionPolicy !== undefined && s.preemptionPolicy !== null) {
    errs.push(...validatePreemptionPolicy(s.preemptionPolicy, fldPath.child('preemptionPolicy')));
  }
  if (s.overhead) {
    errs.push(
      ...validateResourceRequirements(
        { limits: s.overhead },
        validateContainerResourceName,
        new Set(),
        fldPath.child('overhead'),
        opts,
      ),
    );
  }
  if (s.os) {
    const name = str(s.os.name);
    if (name === '') errs.push(required(fldPath.child('os').child('name'), 'cannot be empty'));
    else if (name !== 'linux' && name !== 'windows')
      errs.push(notSupported(fldPath.child('os'), name, ['linux', 'windows']));
    else if (name === 'linux') errs.push(...validateLinux(s, fldPath));
  }
  return errs;
}

function validateLinux(spec: PodSpec, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  if (spec.securityContext?.windowsOptions) {
    errs.push(
      forbidden(
        fldPath.child('securityContext').child('windowsOptions'),
        'windows options cannot be set for a linux pod',
      ),
    );
  }
  visitContainersWithPath(spec, fldPath, (c, p) => {
    if (c.securityContext?.windowsOptions) {
      errs.push(
        forbidden(
          p.child('securityContext').child('windowsOptions'),
          'windows options cannot be set for a linux pod',
        ),
      );
    }
  });
  return errs;
}

function validatePodResourceClaims(claims: Record<string, unknown>[] | undefined, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const names = new Set<string>();
  (claims ?? []).forEach((claim, i) => {
    const p = fldPath.index_(i);
    const name = str(claim?.name);
    if (name === '') errs.push(required(p.child('name'), ''));
    else if (names.has(name)) errs.push(duplicate(p.child('name'), name));
    else {
      errs.push(...validateDNS1123Label(name, p.child('name')));
      names.add(name);
    }
    const rcn = claim?.resourceClaimName;
    const rctn = claim?.resourceClaimTemplateName;
    if (rcn !== undefined && rctn !== undefined) {
      errs.push(
        invalid(
          p,
          claim,
          'at most one of `resourceClaimName` or `resourceClaimTemplateName` may be specified',
        ),
      );
    }
    if (rcn === undefined && rctn === undefined) {
      errs.push(invalid(p, claim, 'must specify one of: `resourceClaimName`, `resourceClaimTemplateName`'));
    }
  });
  return errs;
}

/** podshelper.VisitContainersWithPath: init, regular, then ephemeral containers. */
function visitContainersWithPath(spec: PodSpec, specPath: Path, fn: (c: Container, p: Path) => void): void {
  (spec.initContainers ?? []).forEach((c, i) => fn(c, specPath.child('initContainers').index_(i)));
  (spec.containers ?? []).forEach((c, i) => fn(c, specPath.child('containers').index_(i)));
  (spec.ephemeralContainers ?? []).forEach((c, i) => fn(c, specPath.child('ephemeralContainers').index_(i)));
}

// ---- metadata ---------------------------------------------------------------------------------------------------

const standardFinalizers = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** validateKubeFinalizerName: unqualified finalizers must be standard ones. */
function validateKubeFinalizerName(value: string, fldPath: Path): ErrorList {
  if (!value.includes('/') && !standardFinalizers.has(value)) {
    return [invalid(fldPath, value, 'name is neither a standard finalizer name nor is it fully qualified')];
  }
  return [];
}

/** core's ValidateObjectMeta: the generic checks plus the standard-finalizer rule. */
export function validateCoreObjectMeta(
  meta: ObjectMeta | undefined,
  requiresNamespace: boolean,
  nameFn: ValidateNameFunc,
  fldPath: Path,
): ErrorList {
  const errs = validateObjectMeta(meta, requiresNamespace, nameFn, fldPath);
  (meta?.finalizers ?? []).forEach((f, i) =>
    errs.push(...validateKubeFinalizerName(f, fldPath.child('finalizers').index_(i))),
  );
  return errs;
}

/** core's ValidateObjectMetaUpdate */
export function validateCoreObjectMetaUpdate(
  newMeta: ObjectMeta | undefined,
  oldMeta: ObjectMeta | undefined,
  fldPath: Path,
): ErrorList {
  const errs = validateObjectMetaUpdate(newMeta, oldMeta, fldPath);
  (newMeta?.finalizers ?? []).forEach((f, i) =>
    errs.push(...validateKubeFinalizerName(f, fldPath.child('finalizers').index_(i))),
  );
  return errs;
}

const mirrorPodAnnotationKey = 'kubernetes.io/config.mirror';
const podDeletionCostKey = 'controller.kubernetes.io/pod-deletion-cost';
const seccompPodAnnotationKey = 'seccomp.security.alpha.kubernetes.io/pod';
const seccompContainerAnnotationKeyPrefix = 'container.seccomp.security.alpha.kubernetes.io/';
const appArmorContainerAnnotationKeyPrefix = 'container.apparmor.security.beta.kubernetes.io/';

function validateSeccompProfileAnnotation(p: string, fldPath: Path): ErrorList {
  if (p === 'runtime/default' || p === 'docker/default' || p === 'unconfined') return [];
  if (p.startsWith('localhost/')) return validateLocalDescendingPath(p.slice('localhost/'.length), fldPath);
  return [invalid(fldPath, p, 'must be a valid seccomp profile')];
}

/** ValidatePodSpecificAnnotations */
function validatePodSpecificAnnotations(
  annotations: Record<string, string> | undefined,
  spec: PodSpec,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  const a = annotations ?? {};
  if (Object.prototype.hasOwnProperty.call(a, mirrorPodAnnotationKey) && !spec.nodeName) {
    errs.push(
      invalid(
        fldPath.key(mirrorPodAnnotationKey),
        a[mirrorPodAnnotationKey],
        'must set spec.nodeName if mirror pod annotation is set',
      ),
    );
  }
  if (!opts.allowInvalidPodDeletionCost && Object.prototype.hasOwnProperty.call(a, podDeletionCostKey)) {
    const v = a[podDeletionCostKey]!;
    const n = /^[+-]?[0-9]+$/.test(v) ? Number(v) : NaN;
    if (!(n >= -2147483648 && n <= maxInt32))
      errs.push(invalid(fldPath.key(podDeletionCostKey), v, 'must be a 32bit integer'));
  }
  if (Object.prototype.hasOwnProperty.call(a, seccompPodAnnotationKey)) {
    errs.push(
      ...validateSeccompProfileAnnotation(
        a[seccompPodAnnotationKey]!,
        fldPath.child(seccompPodAnnotationKey),
      ),
    );
  }
  for (const [k, v] of Object.entries(a)) {
    if (k.startsWith(seccompContainerAnnotationKeyPrefix))
      errs.push(...validateSeccompProfileAnnotation(v, fldPath.child(k)));
  }
  for (const [k, v] of Object.entries(a)) {
    if (!k.startsWith(appArmorContainerAnnotationKeyPrefix)) continue;
    const containerName = k.slice(appArmorContainerAnnotationKeyPrefix.length);
    let found = false;
    visitContainersWithPath(spec, newPath('spec'), (c) => {
      if (c.name === containerName) found = true;
    });
    if (!found) errs.push(invalid(fldPath.key(k), containerName, 'container not found'));
    if (v !== '' && v !== 'runtime/default' && v !== 'unconfined' && !v.startsWith('localhost/')) {
      errs.push(invalid(fldPath.key(k), v, `invalid AppArmor profile name: "${v}"`));
    }
  }
  return errs;
}

/** ValidatePodSpecificAnnotationUpdates */
function validatePodSpecificAnnotationUpdates(
  newPod: PodObject,
  oldPod: PodObject,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  const newA = newPod.metadata?.annotations ?? {};
  const oldA = oldPod.metadata?.annotations ?? {};
  const has = (o: Record<string, string>, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const [k, oldVal] of Object.entries(oldA)) {
    if (has(newA, k) && newA[k] === oldVal) continue;
    if (k.startsWith(appArmorContainerAnnotationKeyPrefix))
      errs.push(forbidden(fldPath.key(k), 'may not remove or update AppArmor annotations'));
    if (k === mirrorPodAnnotationKey)
      errs.push(forbidden(fldPath.key(k), 'may not remove or update mirror pod annotation'));
  }
  for (const k of Object.keys(newA)) {
    if (has(oldA, k)) continue;
    if (k.startsWith(appArmorContainerAnnotationKeyPrefix))
      errs.push(forbidden(fldPath.key(k), 'may not add AppArmor annotations'));
    if (k === mirrorPodAnnotationKey)
      errs.push(forbidden(fldPath.key(k), 'may not add mirror pod annotation'));
  }
  errs.push(...validatePodSpecificAnnotations(newA, newPod.spec ?? {}, fldPath, opts));
  return errs;
}

// ---- Pod --------------------------------------------------------------------------------------------------------

/** validatePodMetadataAndSpec: what ValidatePodCreate and ValidatePodUpdate share. */
function validatePodMetadataAndSpec(pod: PodObject, opts: PodValidationOptions): ErrorList {
  const metaPath = newPath('metadata');
  const specPath = newPath('spec');
  const spec = pod.spec ?? {};
  const errs = validateCoreObjectMeta(pod.metadata, true, validatePodName, metaPath);
  errs.push(
    ...validatePodSpecificAnnotations(pod.metadata?.annotations, spec, metaPath.child('annotations'), opts),
  );
  errs.push(...validatePodSpec(spec, pod.metadata, specPath, opts));
  if (!spec.serviceAccountName) {
    (spec.volumes ?? []).forEach((v, vi) => {
      (v.projected?.sources ?? []).forEach((source, si) => {
        if (source.serviceAccountToken) {
          errs.push(
            forbidden(
              specPath
                .child('volumes')
                .index_(vi)
                .child('projected')
                .child('sources')
                .index_(si)
                .child('serviceAccountToken'),
              'must not be specified when serviceAccountName is not set',
            ),
          );
        }
      });
    });
  }
  (spec.containers ?? []).forEach((c, i) =>
    errs.push(...validateContainerOnlyForPod(c, specPath.child('containers').index_(i))),
  );
  (spec.initContainers ?? []).forEach((c, i) =>
    errs.push(...validateContainerOnlyForPod(c, specPath.child('initContainers').index_(i))),
  );
  return errs;
}

/** ValidatePodCreate: a pod on its initial create. */
export function validatePodCreate(
  pod: PodObject,
  opts: PodValidationOptions = defaultPodValidationOptions({ resourceIsPod: true }),
): ErrorList {
  const errs = validatePodMetadataAndSpec(pod, opts);
  const fldPath = newPath('spec');
  const spec = pod.spec ?? {};
  if ((spec.ephemeralContainers ?? []).length > 0)
    errs.push(forbidden(fldPath.child('ephemeralContainers'), 'cannot be set on create'));
  if (spec.nodeName && (spec.schedulingGates ?? []).length !== 0) {
    errs.push(
      forbidden(fldPath.child('nodeName'), 'cannot be set until all schedulingGates have been cleared'),
    );
  }
  errs.push(...validateSeccompAnnotationsAndFields(pod, fldPath));
  return errs;
}

/** The name the brief and older Go code used; ValidatePodCreate's checks. */
export const validatePod = validatePodCreate;

function seccompAnnotationMatches(
  annotation: string,
  profile: SeccompProfile,
): FieldError['type'] | 'profile' | null {
  switch (profile.type) {
    case 'Unconfined':
      return annotation === 'unconfined' ? null : 'FieldValueForbidden';
    case 'RuntimeDefault':
      return annotation === 'runtime/default' || annotation === 'docker/default'
        ? null
        : 'FieldValueForbidden';
    case 'Localhost':
      if (!annotation.startsWith('localhost/')) return 'FieldValueForbidden';
      return annotation.slice('localhost/'.length) === profile.localhostProfile ? null : 'profile';
    default:
      return null;
  }
}

/** validateSeccompAnnotationsAndFields: when both an annotation and a field are set, they must agree. */
function validateSeccompAnnotationsAndFields(pod: PodObject, specPath: Path): ErrorList {
  const errs: ErrorList = [];
  const a = pod.metadata?.annotations ?? {};
  const spec = pod.spec ?? {};
  const check = (annotation: string | undefined, profile: SeccompProfile | undefined, p: Path) => {
    if (annotation === undefined || !profile) return;
    const r = seccompAnnotationMatches(annotation, profile);
    if (r === 'profile')
      errs.push(forbidden(p.child('localhostProfile'), 'seccomp profile in annotation and field must match'));
    else if (r) errs.push(forbidden(p.child('type'), 'seccomp type in annotation and field must match'));
  };
  check(
    a[seccompPodAnnotationKey],
    spec.securityContext?.seccompProfile,
    specPath.child('securityContext').child('seccompProfile'),
  );
  visitContainersWithPath(spec, specPath, (c, p) => {
    check(
      a[seccompContainerAnnotationKeyPrefix + str(c.name)],
      c.securityContext?.seccompProfile,
      p.child('securityContext').child('seccompProfile'),
    );
  });
  return errs;
}

const updatablePodSpecFields = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

/** ValidateContainerUpdates: same containers, images present. Returns stop=true when the count changed. */
function validateContainerUpdates(
  newC: Container[] | undefined,
  oldC: Container[] | undefined,
  fldPath: Path,
): { errs: ErrorList; stop: boolean } {
  const n = newC ?? [];
  const o = oldC ?? [];
  if (n.length !== o.length)
    return { errs: [forbidden(fldPath, 'pod updates may not add or remove containers')], stop: true };
  const errs: ErrorList = [];
  n.forEach((c, i) => {
    const image = str(c.image);
    if (image === '') errs.push(required(fldPath.index_(i).child('image'), ''));
    if (image.trim().length !== image.length) {
      errs.push(
        invalid(fldPath.index_(i).child('image'), image, 'must not have leading or trailing whitespace'),
      );
    }
  });
  return { errs, stop: false };
}

/**
 * ValidatePodUpdate: only images, activeDeadlineSeconds (down), tolerations (additions), scheduling gates
 * (removals) and a negative terminationGracePeriodSeconds (to 1) may change in the spec.
 */
export function validatePodUpdate(
  newPod: PodObject,
  oldPod: PodObject,
  opts: PodValidationOptions = defaultPodValidationOptions({ resourceIsPod: true }),
): ErrorList {
  const fldPath = newPath('metadata');
  const errs = validateCoreObjectMetaUpdate(newPod.metadata, oldPod.metadata, fldPath);
  errs.push(...validatePodMetadataAndSpec(newPod, opts));
  errs.push(...validatePodSpecificAnnotationUpdates(newPod, oldPod, fldPath.child('annotations'), opts));
  const specPath = newPath('spec');
  const newSpec = newPod.spec ?? {};
  const oldSpec = oldPod.spec ?? {};

  let r = validateContainerUpdates(newSpec.containers, oldSpec.containers, specPath.child('containers'));
  errs.push(...r.errs);
  if (r.stop) return errs;
  r = validateContainerUpdates(
    newSpec.initContainers,
    oldSpec.initContainers,
    specPath.child('initContainers'),
  );
  errs.push(...r.errs);
  if (r.stop) return errs;

  const newADS = newSpec.activeDeadlineSeconds;
  const oldADS = oldSpec.activeDeadlineSeconds;
  if (newADS !== undefined && newADS !== null) {
    if (newADS < 0 || newADS > maxInt32) {
      errs.push(invalid(specPath.child('activeDeadlineSeconds'), newADS, inclusiveRangeError(0, maxInt32)));
      return errs;
    }
    if (oldADS !== undefined && oldADS !== null && oldADS < newADS) {
      errs.push(
        invalid(
          specPath.child('activeDeadlineSeconds'),
          newADS,
          'must be less than or equal to previous value',
        ),
      );
      return errs;
    }
  } else if (oldADS !== undefined && oldADS !== null) {
    errs.push(
      invalid(
        specPath.child('activeDeadlineSeconds'),
        null,
        'must not update from a positive integer to nil value',
      ),
    );
  }

  errs.push(
    ...validateOnlyAddedTolerations(newSpec.tolerations, oldSpec.tolerations, specPath.child('tolerations')),
  );
  errs.push(
    ...validateOnlyDeletedSchedulingGates(
      newSpec.schedulingGates,
      oldSpec.schedulingGates,
      specPath.child('schedulingGates'),
    ),
  );

  if (semanticDeepEqual(newSpec, oldSpec)) return errs;

  // Munge the updatable fields back to their old values; whatever still differs may not change.
  const munged = JSON.parse(JSON.stringify(newSpec)) as PodSpec;
  (munged.containers ?? []).forEach((c, i) => setOrDelete(c, 'image', oldSpec.containers?.[i]?.image));
  (munged.initContainers ?? []).forEach((c, i) =>
    setOrDelete(c, 'image', oldSpec.initContainers?.[i]?.image),
  );
  setOrDelete(munged, 'activeDeadlineSeconds', oldSpec.activeDeadlineSeconds);
  setOrDelete(munged, 'schedulingGates', oldSpec.schedulingGates);
  setOrDelete(munged, 'tolerations', oldSpec.tolerations);
  const oldTGPS = oldSpec.terminationGracePeriodSeconds;
  if (
    oldTGPS !== undefined &&
    oldTGPS !== null &&
    oldTGPS < 0 &&
    munged.terminationGracePeriodSeconds === 1
  ) {
    munged.terminationGracePeriodSeconds = oldTGPS;
  }
  if ((oldSpec.schedulingGates ?? []).length > 0) {
    // gated pods may add to nodeSelector and change node affinity
    setOrDelete(munged, 'nodeSelector', oldSpec.nodeSelector);
    if (munged.affinity || oldSpec.affinity) {
      const affinity = { ...(munged.affinity ?? {}) } as Record<string, unknown>;
      setOrDelete(
        affinity,
        'nodeAffinity',
        (oldSpec.affinity as Record<string, unknown> | undefined)?.nodeAffinity,
      );
      if (Object.keys(affinity).length === 0 && !oldSpec.affinity) delete munged.affinity;
      else munged.affinity = affinity;
    }
  }
  if (!semanticDeepEqual(munged, oldSpec)) {
    errs.push(
      forbidden(
        specPath,
        `pod updates may not change fields other than ${updatablePodSpecFields.join(',')}\n${specDiff(oldSpec, munged)}`,
      ),
    );
  }
  return errs;
}

function setOrDelete(obj: object, key: string, value: unknown): void {
  const o = obj as Record<string, unknown>;
  if (value === undefined) delete o[key];
  else o[key] = JSON.parse(JSON.stringify(value));
}

/** validateOnlyAddedTolerations: existing tolerations may only change their tolerationSeconds. */
function validateOnlyAddedTolerations(
  newT: Toleration[] | undefined,
  oldT: Toleration[] | undefined,
  fldPath: Path,
): ErrorList {
  const strip = (t: Toleration) => {
    const { tolerationSeconds: _ts, ...rest } = t;
    return rest;
  };
  for (const old of oldT ?? []) {
    if (!(newT ?? []).some((n) => semanticDeepEqual(strip(old), strip(n)))) {
      return [forbidden(fldPath, 'existing toleration can not be modified except its tolerationSeconds')];
    }
  }
  return validateTolerations(newT, fldPath);
}

/** validateOnlyDeletedSchedulingGates */
function validateOnlyDeletedSchedulingGates(
  newG: { name?: string }[] | undefined,
  oldG: { name?: string }[] | undefined,
  fldPath: Path,
): ErrorList {
  if (!newG || newG.length === 0) return [];
  const additional = new Map<string, number>();
  newG.forEach((g, i) => additional.set(str(g.name), i));
  for (const g of oldG ?? []) additional.delete(str(g.name));
  return [...additional].map(([gate, i]) =>
    forbidden(
      fldPath.index_(i).child('name'),
      `only deletion is allowed, but found new scheduling gate '${gate}'`,
    ),
  );
}

/**
 * apiequality.Semantic.DeepEqual over JSON-shaped values: absent, null and empty lists compare equal (Go treats
 * nil and empty slices alike); quantities compare by value only when written identically (canonical form).
 */
export function semanticDeepEqual(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  if (empty(a) && empty(b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => semanticDeepEqual(x, b[i]));
  }
  if (isObject(a)) {
    if (!isObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!semanticDeepEqual(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** Go field names for the spec keys whose capitalization is not just the first letter. */
const goFieldNames: Record<string, string> = {
  dnsPolicy: 'DNSPolicy',
  dnsConfig: 'DNSConfig',
  hostPID: 'HostPID',
  hostIPC: 'HostIPC',
  setHostnameAsFQDN: 'SetHostnameAsFQDN',
  os: 'OS',
};

/**
 * A readable stand-in for Go's cmp.Diff(oldSpec, mungedSpec) in the `pod updates may not change fields` message:
 * the differing top-level fields of core.PodSpec, old value with `-`, new with `+`.
 */
function specDiff(oldSpec: PodSpec, newSpec: PodSpec): string {
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])];
  const lines = ['  core.PodSpec{'];
  const show = (v: unknown) => (v === undefined ? 'nil' : JSON.stringify(v));
  let unchanged = 0;
  for (const k of keys) {
    const o = (oldSpec as Record<string, unknown>)[k];
    const n = (newSpec as Record<string, unknown>)[k];
    if (semanticDeepEqual(o, n)) {
      unchanged++;
      continue;
    }
    const name = goFieldNames[k] ?? k.charAt(0).toUpperCase() + k.slice(1);
    lines.push(`- \t${name}: ${show(o)},`, `+ \t${name}: ${show(n)},`);
  }
  if (unchanged > 0) lines.push('  \t... // ' + unchanged + ' identical fields');
  lines.push('  }');
  return lines.join('\n') + '\n';
}

/** ValidatePodStatusUpdate: status changes that should not happen in normal operation. */
export function validatePodStatusUpdate(
  newPod: PodObject,
  oldPod: PodObject,
  opts: PodValidationOptions = defaultPodValidationOptions({ resourceIsPod: true }),
): ErrorList {
  const metaPath = newPath('metadata');
  const errs = validateCoreObjectMetaUpdate(newPod.metadata, oldPod.metadata, metaPath);
  errs.push(...validatePodSpecificAnnotationUpdates(newPod, oldPod, metaPath.child('annotations'), opts));
  const status = newPod.status ?? {};
  const oldStatus = oldPod.status ?? {};
  (status.conditions ?? []).forEach((c, i) => {
    if (c.type === 'PodScheduled' || c.type === 'Ready' || c.type === 'Initialized') return;
    errs.push(...validateQualifiedName(str(c.type), metaPath.child('conditions').index_(i).child('Type')));
  });
  const fldPath = newPath('status');
  if (str(newPod.spec?.nodeName) !== str(oldPod.spec?.nodeName)) {
    errs.push(forbidden(fldPath.child('nodeName'), 'may not be changed directly'));
  }
  const nnn = str(status.nominatedNodeName);
  if (nnn !== str(oldStatus.nominatedNodeName) && nnn.length > 0) {
    for (const msg of validateNodeName(nnn, false))
      errs.push(invalid(fldPath.child('nominatedNodeName'), nnn, msg));
  }
  errs.push(
    ...validateImmutableField(str(status.qosClass), str(oldStatus.qosClass), fldPath.child('qosClass')),
  );
  const restartPolicy = str(oldPod.spec?.restartPolicy);
  errs.push(
    ...validateContainerStateTransition(
      status.containerStatuses,
      oldStatus.containerStatuses,
      fldPath.child('containerStatuses'),
      restartPolicy,
      () => false,
    ),
  );
  const restartableInit = new Set(
    (oldPod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => str(c.name)),
  );
  errs.push(
    ...validateContainerStateTransition(
      status.initContainerStatuses,
      oldStatus.initContainerStatuses,
      fldPath.child('initContainerStatuses'),
      restartPolicy,
      (n) => restartableInit.has(n),
    ),
  );
  errs.push(
    ...validateContainerStateTransition(
      status.ephemeralContainerStatuses,
      oldStatus.ephemeralContainerStatuses,
      fldPath.child('ephemeralContainerStatuses'),
      'Never',
      () => false,
    ),
  );
  const podIPs = status.podIPs ?? [];
  podIPs.forEach((ip, i) => {
    for (const msg of isValidIP(str(ip.ip)))
      errs.push(invalid(fldPath.child('podIPs').index_(i), str(ip.ip), msg));
  });
  if (podIPs.length > 1) {
    const families = podIPs.map((ip) => (str(ip.ip).includes(':') ? 6 : 4));
    if (podIPs.length > 2 || families[0] === families[1]) {
      errs.push(
        invalid(fldPath.child('podIPs'), podIPs, 'may specify no more than one IP for each IP family'),
      );
    }
    const seen = new Set<string>();
    podIPs.forEach((ip, i) => {
      if (seen.has(str(ip.ip))) errs.push(duplicate(fldPath.child('podIPs').index_(i), ip));
      seen.add(str(ip.ip));
    });
  }
  const hostIPs = status.hostIPs ?? [];
  if (hostIPs.length > 0) {
    if (str(status.hostIP) !== str(hostIPs[0]!.ip)) {
      errs.push(
        invalid(
          fldPath.child('hostIPs').index_(0).child('ip'),
          str(hostIPs[0]!.ip),
          'must be equal to `hostIP`',
        ),
      );
    }
    hostIPs.forEach((ip, i) => {
      for (const msg of isValidIP(str(ip.ip)))
        errs.push(invalid(fldPath.child('hostIPs').index_(i), str(ip.ip), msg));
    });
  }
  return errs;
}

/** ValidateContainerStateTransition: terminated containers that may not restart stay terminated. */
function validateContainerStateTransition(
  newStatuses: ContainerStatus[] | undefined,
  oldStatuses: ContainerStatus[] | undefined,
  fldPath: Path,
  restartPolicy: string,
  restartable: (name: string) => boolean,
): ErrorList {
  const errs: ErrorList = [];
  if (restartPolicy === 'Always') return errs;
  (oldStatuses ?? []).forEach((old, i) => {
    const term = old.state?.terminated;
    if (!term) return;
    if (int(term.exitCode) !== 0 && restartPolicy === 'OnFailure') return;
    if (restartable(str(old.name))) return;
    for (const n of newStatuses ?? []) {
      if (n.name === old.name && !n.state?.terminated) {
        errs.push(
          forbidden(fldPath.index_(i).child('state'), 'may not be transitioned to non-terminated state'),
        );
      }
    }
  });
  return errs;
}

// ---- PodTemplateSpec --------------------------------------------------------------------------------------------

/** ValidatePodTemplateSpec: a workload's pod template (labels, annotations, spec; no ephemeral containers). */
export function validatePodTemplateSpec(
  template: PodTemplateSpec | undefined,
  fldPath: Path,
  opts: PodValidationOptions = defaultPodValidationOptions(),
): ErrorList {
  const t = template ?? {};
  const spec = t.spec ?? {};
  const errs: ErrorList = [];
  errs.push(...validateLabels(t.metadata?.labels, fldPath.child('labels')));
  errs.push(...validateAnnotations(t.metadata?.annotations, fldPath.child('annotations')));
  errs.push(
    ...validatePodSpecificAnnotations(t.metadata?.annotations, spec, fldPath.child('annotations'), opts),
  );
  errs.push(...validatePodSpec(spec, undefined, fldPath.child('spec'), opts));
  errs.push(...validateSeccompAnnotationsAndFields({ metadata: t.metadata, spec }, fldPath.child('spec')));
  if ((spec.ephemeralContainers ?? []).length > 0) {
    errs.push(
      forbidden(
        fldPath.child('spec', 'ephemeralContainers'),
        'ephemeral containers not allowed in pod template',
      ),
    );
  }
  return errs;
}
