// Go twin: k8s.io/kubernetes/pkg/registry/core/service/ipallocator (Allocator, MetaAllocator, calculateRangeOffset,
// ErrAllocated, ErrMismatchedNetwork, ErrFull), pkg/registry/core/service/portallocator (PortAllocator,
// PortAllocationOperation, ErrNotInRange) and pkg/registry/core/service/storage/alloc.go + storage.go
// (allocateCreate, allocateUpdate, releaseAllocatedResources, normalizeClusterIPs, patchAllocatedValues,
// defaultOnReadService) @ v1.34.0
//
// The cluster is single-stack IPv4: --service-cluster-ip-range=10.96.0.0/12 and
// --service-node-port-range=30000-32767. Allocation is deterministic: Go starts at a random point of the
// upper (dynamic) sub-range; we start at its beginning unless the server config supplies `random`.
import { newInternalError, newInvalid } from '../../../api/errors/errors';
import { invalid, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import type { Service, ServicePort } from '../../../apis/core/service_types';
import {
  ClusterIPNone,
  IPFamilyPolicyPreferDualStack,
  IPFamilyPolicyRequireDualStack,
  IPFamilyPolicySingleStack,
  IPv4Protocol,
  IPv6Protocol,
  ServiceTypeClusterIP,
  ServiceTypeExternalName,
  ServiceTypeLoadBalancer,
  ServiceTypeNodePort,
} from '../../../apis/core/v1/service_types';
import { isIPv4String, isIPv6String, parseIPSloppy, isIPv4 } from '../../../apis/core/validation/ip';
import {
  needsHealthCheck,
  validateServiceClusterIPsRelatedFields,
} from '../../../apis/core/validation/service';

const serviceKind = { group: '', kind: 'Service' };

/** An allocator failure; the message is Go's error text. */
export class AllocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AllocationError';
  }
}

export const ErrFull = 'range is full';
export const ErrIPAllocated = 'provided IP is already allocated';
export const ErrMismatchedNetwork = 'the provided network does not match the current range';
export const ErrPortAllocated = 'provided port is already allocated';

export interface AllocatorOptions {
  /** a float in [0, 1), like Math.random, from the server config; absent = deterministic first-fit */
  random?: () => number;
}

/**
 * A set of offsets [0, size) with the static/dynamic split of ServiceIPStaticSubrange and
 * ServiceNodePortStaticSubrange: dynamic allocation prefers [offset, size), then falls back to [0, offset).
 */
class Range {
  private readonly used = new Set<number>();
  constructor(
    readonly size: number,
    readonly offset: number,
    private readonly random?: () => number,
  ) {}

  has(i: number): boolean {
    return this.used.has(i);
  }
  mark(i: number): void {
    this.used.add(i);
  }
  unmark(i: number): void {
    this.used.delete(i);
  }
  count(): number {
    return this.used.size;
  }
  /** The offset AllocateNext would pick, without taking it; null when full. */
  next(): number | null {
    if (this.used.size >= this.size) return null;
    const pick = (lo: number, n: number): number | null => {
      if (n <= 0) return null;
      const start = this.random ? Math.floor(this.random() * n) % n : 0;
      for (let k = 0; k < n; k++) {
        const at = lo + ((start + k) % n);
        if (!this.used.has(at)) return at;
      }
      return null;
    };
    return pick(this.offset, this.size - this.offset) ?? pick(0, this.offset);
  }
}

/** calculateRangeOffset: min(max(min, size/step), max), 0 for tiny ranges. */
function calculateRangeOffset(size: number, min: number, max: number, step: number): number {
  if (size <= min) return 0;
  const offset = Math.floor(size / step);
  return Math.min(Math.max(offset, min), max);
}

const ipv4ToNumber = (ip: Uint8Array) => ((ip[12]! << 24) >>> 0) + (ip[13]! << 16) + (ip[14]! << 8) + ip[15]!;
const numberToIPv4 = (n: number) =>
  `${(n >>> 24) & 0xff}.${(n >>> 16) & 0xff}.${(n >>> 8) & 0xff}.${n & 0xff}`;

/** The ClusterIP allocator of one IPv4 service CIDR (the network and broadcast addresses are not usable). */
export class ClusterIPAllocator {
  readonly family = IPv4Protocol;
  readonly cidr: string;
  private readonly first: number;
  private readonly range: Range;

  constructor(cidr = '10.96.0.0/12', opts: AllocatorOptions = {}) {
    const [addr, bitsText] = cidr.split('/');
    const ip = parseIPSloppy(addr ?? '');
    const bits = Number(bitsText);
    if (!ip || !isIPv4(ip) || !Number.isInteger(bits) || bits < 1 || bits > 30) {
      throw new Error(
        `unsupported service CIDR ${JSON.stringify(cidr)}: only IPv4 /1-/30 ranges are modelled`,
      );
    }
    const hostBits = 32 - bits;
    const network = (ipv4ToNumber(ip) >>> hostBits) * 2 ** hostBits;
    this.cidr = `${numberToIPv4(network)}/${bits}`;
    this.first = network + 1;
    const size = 2 ** hostBits - 2;
    this.range = new Range(size, calculateRangeOffset(size, 16, 256, 16), opts.random);
  }

  private offsetOf(ipText: string): number | null {
    const ip = parseIPSloppy(ipText);
    if (!ip || !isIPv4(ip)) return null;
    const off = ipv4ToNumber(ip) - this.first;
    return off >= 0 && off < this.range.size ? off : null;
  }

  has(ip: string): boolean {
    const off = this.offsetOf(ip);
    return off !== null && this.range.has(off);
  }

  /** Allocate (AllocateService): ErrMismatchedNetwork outside the range, ErrAllocated when taken. */
  allocate(ip: string, dryRun = false): void {
    const off = this.offsetOf(ip);
    if (off === null) throw new AllocationError(ErrMismatchedNetwork);
    if (this.range.has(off)) throw new AllocationError(ErrIPAllocated);
    if (!dryRun) this.range.mark(off);
  }

  /** AllocateNext: the next free address of the dynamic sub-range (then the static one). */
  allocateNext(dryRun = false): string {
    const off = this.range.next();
    if (off === null) throw new AllocationError(ErrFull);
    if (!dryRun) this.range.mark(off);
    return numberToIPv4(this.first + off);
  }

  release(ip: string): void {
    const off = this.offsetOf(ip);
    if (off !== null) this.range.unmark(off);
  }

  used(): number {
    return this.range.count();
  }
}

/** The NodePort allocator of --service-node-port-range (default 30000-32767). */
export class NodePortAllocator {
  readonly base: number;
  readonly size: number;
  private readonly range: Range;

  constructor(base = 30000, size = 2768, opts: AllocatorOptions = {}) {
    this.base = base;
    this.size = size;
    this.range = new Range(size, calculateRangeOffset(size, 16, 128, 32), opts.random);
  }

  /** net.PortRange.String(): `30000-32767` */
  rangeString(): string {
    return `${this.base}-${this.base + this.size - 1}`;
  }

  has(port: number): boolean {
    return this.range.has(port - this.base);
  }

  allocate(port: number, dryRun = false): void {
    const off = port - this.base;
    if (!Number.isInteger(off) || off < 0 || off >= this.size) {
      throw new AllocationError(
        `provided port is not in the valid range. The range of valid ports is ${this.rangeString()}`,
      );
    }
    if (this.range.has(off)) throw new AllocationError(ErrPortAllocated);
    if (!dryRun) this.range.mark(off);
  }

  allocateNext(dryRun = false): number {
    const off = this.range.next();
    if (off === null) throw new AllocationError(ErrFull);
    if (!dryRun) this.range.mark(off);
    return this.base + off;
  }

  release(port: number): void {
    const off = port - this.base;
    if (off >= 0 && off < this.size) this.range.unmark(off);
  }

  used(): number {
    return this.range.count();
  }
}

/** storage.Allocators: one IP allocator per configured family (IPv4 only here) and the NodePort allocator. */
export interface ServiceAllocators {
  clusterIPs: ClusterIPAllocator;
  nodePorts: NodePortAllocator;
}

export function newServiceAllocators(
  opts: AllocatorOptions & { cidr?: string; nodePortBase?: number; nodePortSize?: number } = {},
): ServiceAllocators {
  return {
    clusterIPs: new ClusterIPAllocator(opts.cidr, opts),
    nodePorts: new NodePortAllocator(opts.nodePortBase, opts.nodePortSize, opts),
  };
}

/** KubernetesServiceIP: the first address of the range, which the `kubernetes` Service takes explicitly. */
export const KubernetesServiceIP = '10.96.0.1';

/** What an allocation did, so the caller can undo it if the create/update fails later (txn.Revert). */
export interface AllocationTxn {
  /** apply the releases an update deferred (old node ports, released IPs) */
  commit(): void;
  /** give back everything this transaction allocated */
  revert(): void;
}

// ---- helpers (storage.go / alloc.go) -------------------------------------------------------------------

const specOf = (svc: Service) => (svc.spec ??= {});
const portsOf = (svc: Service): ServicePort[] => svc.spec?.ports ?? [];
const needsClusterIP = (svc: Service) => svc.spec?.type !== ServiceTypeExternalName;
const needsNodePort = (svc: Service) =>
  svc.spec?.type === ServiceTypeNodePort || svc.spec?.type === ServiceTypeLoadBalancer;
const needsHCNodePort = (svc: Service) =>
  svc.spec?.type === ServiceTypeLoadBalancer && svc.spec?.externalTrafficPolicy === 'Local';
const sameStrings = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((v, i) => v === (b ?? [])[i]);
const sameClusterIPs = (a: Service, b: Service) => sameStrings(a.spec?.clusterIPs, b.spec?.clusterIPs);
const sameIPFamilies = (a: Service, b: Service) => sameStrings(a.spec?.ipFamilies, b.spec?.ipFamilies);
const getIPFamilyPolicy = (svc: Service) => svc.spec?.ipFamilyPolicy ?? '';
const familyOf = (ip: string) =>
  isIPv4String(ip) ? IPv4Protocol : isIPv6String(ip) ? IPv6Protocol : 'unknown';
const otherFamily = (f: string) => (f === IPv4Protocol ? IPv6Protocol : IPv4Protocol);
const nameOf = (svc: Service) => svc.metadata?.name ?? '';

/** normalizeClusterIPs: keeps clusterIP and clusterIPs in sync for clients that only set the singular field. */
export function normalizeClusterIPs(newSvc: Service, oldSvc: Service | null): void {
  const spec = specOf(newSvc);
  const clusterIP = spec.clusterIP ?? '';
  if (!oldSvc) {
    // A create: a singular-only (old) client gets the plural initialised.
    if (clusterIP.length > 0 && (spec.clusterIPs ?? []).length === 0) spec.clusterIPs = [clusterIP];
    return;
  }
  const oldSpec = oldSvc.spec ?? {};
  const oldIP = oldSpec.clusterIP ?? '';
  // ClusterIPs were cleared by an old client patching some other field
  if ((oldSpec.clusterIPs ?? []).length > 0 && (spec.clusterIPs ?? []).length === 0 && oldIP === clusterIP) {
    spec.clusterIPs = [...oldSpec.clusterIPs!];
  }
  if (oldIP !== clusterIP) {
    if (oldIP.length > 0 && clusterIP.length === 0) {
      // a client clearing it: clear the plural on their behalf when it was not changed
      if (sameClusterIPs(oldSvc, newSvc)) delete spec.clusterIPs;
    } else if (sameClusterIPs(oldSvc, newSvc)) {
      spec.clusterIPs = [clusterIP];
    }
  }
}

/** patchAllocatedValues: an update that omits allocated values (clusterIP, nodePorts, …) keeps them. */
export function patchAllocatedValues(newSvc: Service, oldSvc: Service): void {
  const spec = specOf(newSvc);
  const oldSpec = oldSvc.spec ?? {};
  if (needsClusterIP(oldSvc) && needsClusterIP(newSvc)) {
    if (!spec.clusterIP) spec.clusterIP = oldSpec.clusterIP ?? '';
    if ((spec.clusterIPs ?? []).length === 0 && (oldSpec.clusterIPs ?? []).length > 0) {
      spec.clusterIPs = [...oldSpec.clusterIPs!];
    }
  }
  if (needsNodePort(oldSvc) && needsNodePort(newSvc)) {
    const used = (svc: Service) =>
      new Set(
        portsOf(svc)
          .map((p) => p.nodePort ?? 0)
          .filter((n) => n !== 0),
      );
    const newUsed = used(newSvc);
    const both = new Set([...used(oldSvc)].filter((n) => newUsed.has(n)));
    const byName = new Map<string, number>();
    for (const p of portsOf(oldSvc)) byName.set(p.name ?? '', p.nodePort ?? 0);
    for (const p of portsOf(newSvc)) {
      if ((p.nodePort ?? 0) === 0) {
        const oldVal = byName.get(p.name ?? '') ?? 0;
        if (!both.has(oldVal)) p.nodePort = oldVal;
      }
    }
  }
  if (needsHCNodePort(oldSvc) && needsHCNodePort(newSvc) && !spec.healthCheckNodePort) {
    spec.healthCheckNodePort = oldSpec.healthCheckNodePort ?? 0;
  }
}

/** defaultOnReadService: the Decorator that fills clusterIPs/ipFamilies/ipFamilyPolicy on objects that predate them. */
export function defaultOnReadService(svc: Service, primaryIPFamily = IPv4Protocol): void {
  normalizeClusterIPs(svc, null);
  const spec = specOf(svc);
  if (needsClusterIP(svc) && (spec.ipFamilies ?? []).length === 0) {
    if (spec.clusterIP === ClusterIPNone) {
      if (Object.keys(spec.selector ?? {}).length === 0) {
        // Headless + selectorless: assume dual-stack endpoints.
        spec.ipFamilyPolicy = IPFamilyPolicyRequireDualStack;
        spec.ipFamilies = [primaryIPFamily, otherFamily(primaryIPFamily)];
      } else {
        spec.ipFamilyPolicy = IPFamilyPolicySingleStack;
        spec.ipFamilies = [primaryIPFamily];
      }
    } else {
      spec.ipFamilies = (spec.clusterIPs ?? []).map((ip) => (isIPv6String(ip) ? IPv6Protocol : IPv4Protocol));
      if (spec.ipFamilies.length === 1) spec.ipFamilyPolicy = IPFamilyPolicySingleStack;
      else if (spec.ipFamilies.length === 2) spec.ipFamilyPolicy = IPFamilyPolicyRequireDualStack;
      if (spec.ipFamilies.length === 0) delete spec.ipFamilies;
    }
  }
  // internalTrafficPolicy was defaulted for ExternalName by mistake; it is dropped on read.
  if (spec.type === ServiceTypeExternalName) delete spec.internalTrafficPolicy;
}

function isMatchingPreferDualStackClusterIPFields(service: Service, oldService: Service | null): boolean {
  if (!oldService || !service.spec?.ipFamilyPolicy) return false;
  const type = service.spec.type;
  if (oldService.spec?.type !== type) return false;
  if (type !== ServiceTypeClusterIP && type !== ServiceTypeNodePort && type !== ServiceTypeLoadBalancer)
    return false;
  if (service.spec.ipFamilyPolicy !== IPFamilyPolicyPreferDualStack) return false;
  const oldPolicy = oldService.spec?.ipFamilyPolicy;
  if (oldPolicy && oldPolicy !== IPFamilyPolicyPreferDualStack) return false;
  return sameClusterIPs(oldService, service) && sameIPFamilies(oldService, service);
}

/** initIPFamilyFields: defaults ipFamilyPolicy and ipFamilies, and checks them against the cluster's families. */
function initIPFamilyFields(al: ServiceAllocators, service: Service, oldService: Service | null): void {
  const spec = specOf(service);
  if (spec.type === ServiceTypeExternalName) return;
  if (isMatchingPreferDualStackClusterIPFields(service, oldService)) return;
  const configured = new Set<string>([al.clusterIPs.family]);
  const defaultFamily = al.clusterIPs.family;

  if (spec.ipFamilyPolicy === undefined || spec.ipFamilyPolicy === null) {
    if (oldService?.spec?.ipFamilyPolicy) spec.ipFamilyPolicy = oldService.spec.ipFamilyPolicy;
    else if (spec.clusterIP === ClusterIPNone && Object.keys(spec.selector ?? {}).length === 0) {
      spec.ipFamilyPolicy = IPFamilyPolicyRequireDualStack;
    } else spec.ipFamilyPolicy = IPFamilyPolicySingleStack;
  }

  const pre = validateServiceClusterIPsRelatedFields(service);
  if (pre.length !== 0) throw newInvalid(serviceKind, nameOf(service), pre);

  const el: ErrorList = [];
  const policyPath = newPath('spec', 'ipFamilyPolicy');
  if (oldService) {
    if (getIPFamilyPolicy(service) === IPFamilyPolicySingleStack) {
      // setting the policy to single-stack is clear intent, as long as the lists did not change
      if (sameClusterIPs(oldService, service) && (spec.clusterIPs ?? []).length > 1)
        spec.clusterIPs = spec.clusterIPs!.slice(0, 1);
      if (sameIPFamilies(oldService, service) && (spec.ipFamilies ?? []).length > 1)
        spec.ipFamilies = spec.ipFamilies!.slice(0, 1);
    } else {
      const reduced = (n: string[] | undefined, o: string[] | undefined) =>
        (n ?? []).length > 0 && (n ?? []).length < (o ?? []).length;
      if (reduced(spec.clusterIPs, oldService.spec?.clusterIPs)) {
        el.push(
          invalid(
            policyPath,
            spec.ipFamilyPolicy,
            "must be 'SingleStack' to release the secondary cluster IP",
          ),
        );
      }
      if (reduced(spec.ipFamilies, oldService.spec?.ipFamilies)) {
        el.push(
          invalid(
            policyPath,
            spec.ipFamilyPolicy,
            "must be 'SingleStack' to release the secondary IP family",
          ),
        );
      }
    }
  }

  if (getIPFamilyPolicy(service) === IPFamilyPolicySingleStack) {
    if ((spec.clusterIPs ?? []).length === 2) {
      el.push(
        invalid(
          policyPath,
          spec.ipFamilyPolicy,
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
        ),
      );
    }
    if ((spec.ipFamilies ?? []).length === 2) {
      el.push(
        invalid(
          policyPath,
          spec.ipFamilyPolicy,
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified",
        ),
      );
    }
  }

  // Infer ipFamilies from clusterIPs.
  const clusterIPs = spec.clusterIPs ?? [];
  for (let i = 0; i < clusterIPs.length; i++) {
    const ip = clusterIPs[i]!;
    if (ip === ClusterIPNone) break;
    const fam = familyOf(ip);
    if (i >= (spec.ipFamilies ?? []).length) {
      if (!configured.has(fam)) {
        el.push(
          invalid(
            newPath('spec', 'clusterIPs').index_(i),
            [...clusterIPs],
            `${fam} is not configured on this cluster`,
          ),
        );
      } else {
        spec.ipFamilies = [...(spec.ipFamilies ?? []), fam];
      }
    }
  }
  if (el.length > 0) throw newInvalid(serviceKind, nameOf(service), el);

  // Headless + selectorless may have families the cluster lacks.
  if (spec.clusterIP === ClusterIPNone && Object.keys(spec.selector ?? {}).length === 0) {
    if ((spec.ipFamilies ?? []).length === 0) spec.ipFamilies = [defaultFamily];
    if (spec.ipFamilies!.length < 2 && spec.ipFamilyPolicy !== IPFamilyPolicySingleStack) {
      spec.ipFamilies = [...spec.ipFamilies!, otherFamily(spec.ipFamilies![0]!)];
    }
    return;
  }

  if (getIPFamilyPolicy(service) === IPFamilyPolicyRequireDualStack && configured.size < 2) {
    el.push(
      invalid(policyPath, spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'),
    );
  }
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (!configured.has(f))
      el.push(invalid(newPath('spec', 'ipFamilies').index_(i), f, 'not configured on this cluster'));
  });
  if (el.length > 0) throw newInvalid(serviceKind, nameOf(service), el);
  if ((spec.ipFamilies ?? []).length === 0) spec.ipFamilies = [defaultFamily];
}

/** allocIPs: the given IP, or the next free one; an Invalid error on spec.clusterIPs when taken. */
function allocIP(al: ServiceAllocators, service: Service, ip: string, dryRun: boolean): string {
  if (ip === '') {
    try {
      return al.clusterIPs.allocateNext(dryRun);
    } catch (e) {
      throw newInternalError(new Error(`failed to allocate a serviceIP: ${(e as Error).message}`));
    }
  }
  if (!parseIPSloppy(ip))
    throw newInternalError(new Error(`failed to parse service IP ${JSON.stringify(ip)}`));
  try {
    al.clusterIPs.allocate(ip, dryRun);
  } catch (e) {
    const clusterIPs = [...(service.spec?.clusterIPs ?? [])];
    throw newInvalid(serviceKind, nameOf(service), [
      invalid(
        newPath('spec', 'clusterIPs'),
        clusterIPs,
        `failed to allocate IP ${ip}: ${(e as Error).message}`,
      ),
    ]);
  }
  return ip;
}

/** allocClusterIPs: one IP per family (headless and ExternalName services get none); fills clusterIP(s). */
function allocClusterIPs(al: ServiceAllocators, service: Service, dryRun: boolean): string[] {
  const spec = specOf(service);
  if (spec.type === ServiceTypeExternalName) return [];
  if ((spec.clusterIPs ?? [])[0] === ClusterIPNone) return [];
  const clusterIPs = [...(spec.clusterIPs ?? [])];
  const allocated: string[] = [];
  (spec.ipFamilies ?? []).forEach((family, i) => {
    if (i > clusterIPs.length - 1) clusterIPs.push('');
    if (family !== al.clusterIPs.family) return; // validated earlier
    spec.clusterIPs = clusterIPs;
    const ip = allocIP(al, service, clusterIPs[i]!, dryRun);
    allocated.push(ip);
    clusterIPs[i] = ip;
    if (i === 0) spec.clusterIP = ip;
  });
  spec.clusterIPs = clusterIPs;
  return allocated;
}

const shouldAllocateNodePorts = (svc: Service) =>
  svc.spec?.type === ServiceTypeNodePort ||
  (svc.spec?.type === ServiceTypeLoadBalancer && svc.spec.allocateLoadBalancerNodePorts !== false);

/** A PortAllocationOperation: allocations are immediate (unless dry-run), releases wait for commit. */
class PortOperation {
  readonly allocated: number[] = [];
  readonly deferredReleases: number[] = [];
  constructor(
    private readonly pa: NodePortAllocator,
    private readonly dryRun: boolean,
  ) {}
  allocate(port: number): void {
    // in a dry run, ports this operation already "took" are taken too
    if (this.dryRun && this.allocated.includes(port)) throw new AllocationError(ErrPortAllocated);
    this.pa.allocate(port, this.dryRun);
    this.allocated.push(port);
  }
  allocateNext(): number {
    if (!this.dryRun) {
      const p = this.pa.allocateNext();
      this.allocated.push(p);
      return p;
    }
    // dry run: pick without taking, skipping what this operation picked already
    const taken = this.allocated.slice();
    for (const p of taken) this.pa.allocate(p);
    try {
      const p = this.pa.allocateNext(true);
      this.allocated.push(p);
      return p;
    } finally {
      for (const p of taken) this.pa.release(p);
    }
  }
  releaseDeferred(port: number): void {
    this.deferredReleases.push(port);
  }
  commit(): void {
    if (!this.dryRun) for (const p of this.deferredReleases) this.pa.release(p);
  }
  revert(): void {
    if (!this.dryRun) for (const p of this.allocated) this.pa.release(p);
  }
}

function findRequestedNodePort(port: number, ports: ServicePort[]): number {
  for (const p of ports) if ((p.port ?? 0) === port && (p.nodePort ?? 0) !== 0) return p.nodePort!;
  return 0;
}

/** initNodePorts: requested nodePorts are reserved, the rest allocated; ports sharing a number share a nodePort. */
function initNodePorts(service: Service, op: PortOperation): void {
  const byPort = new Map<number, number>();
  portsOf(service).forEach((sp, i) => {
    if ((sp.nodePort ?? 0) === 0 && !shouldAllocateNodePorts(service)) return;
    const port = sp.port ?? 0;
    const allocatedNodePort = byPort.get(port) ?? 0;
    if (allocatedNodePort === 0) {
      const np = findRequestedNodePort(port, portsOf(service));
      if (np !== 0) {
        try {
          op.allocate(np);
        } catch (e) {
          const el = [
            invalid(newPath('spec', 'ports').index_(i).child('nodePort'), np, (e as Error).message),
          ];
          throw newInvalid(serviceKind, nameOf(service), el);
        }
        sp.nodePort = np;
        byPort.set(port, np);
      } else {
        let nodePort: number;
        try {
          nodePort = op.allocateNext();
        } catch (e) {
          throw newInternalError(new Error(`failed to allocate a nodePort: ${(e as Error).message}`));
        }
        sp.nodePort = nodePort;
        byPort.set(port, nodePort);
      }
    } else if ((sp.nodePort ?? 0) !== allocatedNodePort) {
      if ((sp.nodePort ?? 0) === 0) {
        sp.nodePort = allocatedNodePort;
      } else {
        try {
          op.allocate(sp.nodePort!);
        } catch (e) {
          const el = [
            invalid(newPath('spec', 'ports').index_(i).child('nodePort'), sp.nodePort, (e as Error).message),
          ];
          throw newInvalid(serviceKind, nameOf(service), el);
        }
      }
    }
  });
}

/** allocHealthCheckNodePort: the requested one, or the next free port. */
function allocHealthCheckNodePort(service: Service, op: PortOperation): void {
  const spec = specOf(service);
  const hc = spec.healthCheckNodePort ?? 0;
  if (hc !== 0) {
    try {
      op.allocate(hc);
    } catch (e) {
      throw newInternalError(
        new Error(`failed to allocate requested HealthCheck NodePort ${hc}: ${(e as Error).message}`),
      );
    }
  } else {
    try {
      spec.healthCheckNodePort = op.allocateNext();
    } catch (e) {
      throw newInternalError(
        new Error(`failed to allocate a HealthCheck NodePort 0: ${(e as Error).message}`),
      );
    }
  }
}

/**
 * beginCreate + allocateCreate: syncs clusterIP/clusterIPs, defaults ipFamilyPolicy and ipFamilies, allocates
 * the ClusterIP(s), the NodePorts of NodePort/LoadBalancer services and a healthCheckNodePort when needed.
 * Runs before the strategy's validation, so its Invalid errors (e.g. an IP already allocated) come first.
 * On error nothing stays allocated; on success call `revert()` if the create fails later.
 */
export function allocateServiceFields(
  svc: Service,
  al: ServiceAllocators,
  opts: { dryRun?: boolean } = {},
): AllocationTxn {
  const dryRun = opts.dryRun ?? false;
  normalizeClusterIPs(svc, null);
  initIPFamilyFields(al, svc, null);
  const ips = allocClusterIPs(al, svc, dryRun);
  const releaseIPs = () => {
    if (!dryRun) for (const ip of ips) al.clusterIPs.release(ip);
  };
  const op = new PortOperation(al.nodePorts, dryRun);
  try {
    if (needsNodePort(svc)) initNodePorts(svc, op);
    if (needsHealthCheck(svc)) allocHealthCheckNodePort(svc, op);
  } catch (e) {
    op.revert();
    releaseIPs();
    throw e;
  }
  return {
    commit: () => op.commit(),
    revert: () => {
      op.revert();
      releaseIPs();
    },
  };
}

const collectServiceNodePorts = (svc: Service) =>
  portsOf(svc)
    .map((p) => p.nodePort ?? 0)
    .filter((n) => n !== 0);

/**
 * beginUpdate + allocateUpdate: keeps allocated values the client omitted, then allocates or (on commit)
 * releases what a type change needs: ClusterIPs to/from ExternalName, NodePorts, the healthCheckNodePort.
 */
export function allocateServiceUpdate(
  newSvc: Service,
  oldSvc: Service,
  al: ServiceAllocators,
  opts: { dryRun?: boolean } = {},
): AllocationTxn {
  const dryRun = opts.dryRun ?? false;
  defaultOnReadService(oldSvc, al.clusterIPs.family);
  patchAllocatedValues(newSvc, oldSvc);
  normalizeClusterIPs(newSvc, oldSvc);
  initIPFamilyFields(al, newSvc, oldSvc);

  // Cluster IPs
  let allocatedIPs: string[] = [];
  const releasedIPs: string[] = [];
  if (!isMatchingPreferDualStackClusterIPFields(newSvc, oldSvc)) {
    const oldType = oldSvc.spec?.type;
    const newType = newSvc.spec?.type;
    if (oldType === ServiceTypeExternalName && newType !== ServiceTypeExternalName) {
      allocatedIPs = allocClusterIPs(al, newSvc, dryRun);
    } else if (
      (oldSvc.spec?.clusterIPs ?? [])[0] !== ClusterIPNone &&
      oldType !== ServiceTypeExternalName &&
      newType === ServiceTypeExternalName
    ) {
      releasedIPs.push(
        ...(oldSvc.spec?.clusterIPs ?? []).filter((ip) => familyOf(ip) === al.clusterIPs.family),
      );
    }
  }
  const releaseNewIPs = () => {
    if (!dryRun) for (const ip of allocatedIPs) al.clusterIPs.release(ip);
  };

  // Node ports
  const op = new PortOperation(al.nodePorts, dryRun);
  try {
    const oldNeeds = needsNodePort(oldSvc);
    const newType = newSvc.spec?.type;
    if (oldNeeds && (newType === ServiceTypeExternalName || newType === ServiceTypeClusterIP)) {
      for (const p of collectServiceNodePorts(oldSvc)) op.releaseDeferred(p);
    }
    if (needsNodePort(newSvc)) updateNodePorts(newSvc, oldSvc, op);
    const neededHC = needsHealthCheck(oldSvc);
    const needsHC = needsHealthCheck(newSvc);
    if (!neededHC && needsHC) allocHealthCheckNodePort(newSvc, op);
    else if (neededHC && !needsHC) op.releaseDeferred(oldSvc.spec?.healthCheckNodePort ?? 0);
  } catch (e) {
    op.revert();
    releaseNewIPs();
    throw e;
  }
  return {
    commit: () => {
      op.commit();
      if (!dryRun) for (const ip of releasedIPs) al.clusterIPs.release(ip);
    },
    revert: () => {
      op.revert();
      releaseNewIPs();
    },
  };
}

function updateNodePorts(newSvc: Service, oldSvc: Service, op: PortOperation): void {
  const oldNumbers = collectServiceNodePorts(oldSvc);
  const portAllocated = new Set<number>();
  portsOf(newSvc).forEach((sp, i) => {
    if ((sp.nodePort ?? 0) === 0 && !shouldAllocateNodePorts(newSvc)) return;
    const np = sp.nodePort ?? 0;
    if (np !== 0) {
      if (!oldNumbers.includes(np) && !portAllocated.has(np)) {
        try {
          op.allocate(np);
        } catch (e) {
          const el = [
            invalid(newPath('spec', 'ports').index_(i).child('nodePort'), np, (e as Error).message),
          ];
          throw newInvalid(serviceKind, nameOf(newSvc), el);
        }
        portAllocated.add(np);
      }
    } else {
      try {
        sp.nodePort = op.allocateNext();
      } catch (e) {
        throw newInternalError(new Error(`failed to allocate a nodePort: ${(e as Error).message}`));
      }
    }
  });
  const newNumbers = collectServiceNodePorts(newSvc);
  for (const p of oldNumbers) if (!newNumbers.includes(p)) op.releaseDeferred(p);
}

/** releaseAllocatedResources: on delete, the ClusterIP(s), the NodePorts and the healthCheckNodePort. */
export function releaseServiceFields(svc: Service, al: ServiceAllocators): void {
  const spec = svc.spec ?? {};
  if (spec.type !== ServiceTypeExternalName && (spec.clusterIPs ?? [])[0] !== ClusterIPNone) {
    for (const ip of spec.clusterIPs ?? [])
      if (familyOf(ip) === al.clusterIPs.family) al.clusterIPs.release(ip);
  }
  for (const p of collectServiceNodePorts(svc)) al.nodePorts.release(p);
  if (needsHealthCheck(svc) && (spec.healthCheckNodePort ?? 0) > 0)
    al.nodePorts.release(spec.healthCheckNodePort!);
}
