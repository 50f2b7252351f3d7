// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateService, ValidateServiceCreate,
// ValidateServiceUpdate, ValidateServiceStatusUpdate, ValidateServiceClusterIPsRelatedFields,
// validateServicePort, ValidateNonSpecialIP, ValidateLoadBalancerStatus, …) and pkg/api/service/util.go
// (ExternallyAccessible, NeedsHealthCheck) @ v1.34.0
import {
  duplicate,
  forbidden,
  invalid,
  notSupported,
  required,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { isDNS1123Subdomain, isValidPortNum } from '../../../util/validation/validation';
import {
  nameIsDNS1035Label,
  validateLabels,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import type { Service, ServicePort, ServiceSpec } from '../service_types';
import {
  ClusterIPNone,
  IPFamilyPolicySingleStack,
  IPv4Protocol,
  IPv6Protocol,
  MaxClientIPServiceAffinitySeconds,
  ServiceAffinityClientIP,
  ServiceAffinityNone,
  ServiceTypeClusterIP,
  ServiceTypeExternalName,
  ServiceTypeLoadBalancer,
  ServiceTypeNodePort,
} from '../v1/service_types';
import {
  goStringSlice,
  validateDNS1123Label,
  validateDNS1123Subdomain,
  validatePortNumOrName,
  validateQualifiedName,
  withGoSyntax,
} from './common';
import {
  isDualStackIPStrings,
  isIPv6String,
  isLinkLocalMulticast,
  isLinkLocalUnicast,
  isLoopback,
  isUnspecified,
  isValidCIDRForLegacyField,
  isValidIPForLegacyField,
  parseIPSloppy,
} from './ip';

export const validateServiceName = nameIsDNS1035Label;

/** pkg/apis/core annotation keys Service validation looks at. */
export const AnnotationLoadBalancerSourceRangesKey = 'service.beta.kubernetes.io/load-balancer-source-ranges';
export const DeprecatedAnnotationTopologyAwareHints = 'service.kubernetes.io/topology-aware-hints';
export const AnnotationTopologyMode = 'service.kubernetes.io/topology-mode';

const supportedSessionAffinityType = [ServiceAffinityClientIP, ServiceAffinityNone];
const supportedServiceType = [
  ServiceTypeClusterIP,
  ServiceTypeExternalName,
  ServiceTypeLoadBalancer,
  ServiceTypeNodePort,
];
const supportedServiceInternalTrafficPolicy = ['Cluster', 'Local'];
const validExternalTrafficPolicies = ['Cluster', 'Local'];
const supportedServiceIPFamily = [IPv4Protocol, IPv6Protocol];
const supportedServiceIPFamilyPolicy = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
/** supportedPortProtocols, sorted as sets.List gives them. */
export const supportedPortProtocols = ['SCTP', 'TCP', 'UDP'];
const supportedLoadBalancerIPMode = ['Proxy', 'VIP'];
/** PreferSameTrafficDistribution is beta (on) in 1.34, adding PreferSameZone and PreferSameNode. */
const supportedTrafficDistribution = ['PreferClose', 'PreferSameZone', 'PreferSameNode'];

const specOf = (svc: Service): ServiceSpec => svc.spec ?? {};
const portsOf = (svc: Service): ServicePort[] => specOf(svc).ports ?? [];

/** isHeadlessService: exactly one clusterIP, "None". */
export function isHeadlessService(svc: Service | undefined): boolean {
  const ips = svc?.spec?.clusterIPs ?? [];
  return ips.length === 1 && ips[0] === ClusterIPNone;
}

/** apiservice.ExternallyAccessible */
export function externallyAccessible(svc: Service): boolean {
  const spec = specOf(svc);
  return (
    spec.type === ServiceTypeLoadBalancer ||
    spec.type === ServiceTypeNodePort ||
    (spec.type === ServiceTypeClusterIP && (spec.externalIPs ?? []).length > 0)
  );
}

/** apiservice.RequestsOnlyLocalTraffic */
export function requestsOnlyLocalTraffic(svc: Service): boolean {
  const spec = specOf(svc);
  if (spec.type !== ServiceTypeLoadBalancer && spec.type !== ServiceTypeNodePort) return false;
  return spec.externalTrafficPolicy === 'Local';
}

/** apiservice.NeedsHealthCheck: a LoadBalancer with externalTrafficPolicy Local. */
export function needsHealthCheck(svc: Service): boolean {
  return specOf(svc).type === ServiceTypeLoadBalancer && requestsOnlyLocalTraffic(svc);
}

/** core.ServicePort{Protocol, Port}, the key of the duplicate-port check, as Go's %#v prints it. */
const portKey = (p: ServicePort) =>
  `core.ServicePort{Name:"", Protocol:${JSON.stringify(p.protocol ?? '')}, AppProtocol:(*string)(nil), Port:${p.port ?? 0}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;

/** ValidateService: the checks shared by create and update. */
export function validateService(service: Service): ErrorList {
  const metaPath = newPath('metadata');
  const errs = validateObjectMeta(service.metadata, true, validateServiceName, metaPath);
  const annotations = service.metadata?.annotations ?? {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(annotations, k);
  if (has(AnnotationTopologyMode) && has(DeprecatedAnnotationTopologyAwareHints)) {
    const mode = annotations[AnnotationTopologyMode]!;
    if (mode !== annotations[DeprecatedAnnotationTopologyAwareHints]) {
      errs.push(
        invalid(
          metaPath.child('annotations').key(AnnotationTopologyMode),
          mode,
          `must match annotations[${DeprecatedAnnotationTopologyAwareHints}] when both are specified`,
        ),
      );
    }
  }

  const spec = specOf(service);
  const specPath = newPath('spec');
  const ports = portsOf(service);
  const headless = isHeadlessService(service);
  const clusterIPs = spec.clusterIPs ?? [];
  if (ports.length === 0 && !headless && spec.type !== ServiceTypeExternalName) {
    errs.push(required(specPath.child('ports'), ''));
  }
  switch (spec.type) {
    case ServiceTypeLoadBalancer:
      if (headless) {
        errs.push(
          invalid(
            specPath.child('clusterIPs').index_(0),
            clusterIPs[0],
            "may not be set to 'None' for LoadBalancer services",
          ),
        );
      }
      break;
    case ServiceTypeNodePort:
      if (headless) {
        errs.push(
          invalid(
            specPath.child('clusterIPs').index_(0),
            clusterIPs[0],
            "may not be set to 'None' for NodePort services",
          ),
        );
      }
      break;
    case ServiceTypeExternalName: {
      // note: the strategy sets clusterIPs from clusterIP
      if (clusterIPs.length > 0)
        errs.push(forbidden(specPath.child('clusterIPs'), 'may not be set for ExternalName services'));
      if ((spec.ipFamilies ?? []).length > 0) {
        errs.push(forbidden(specPath.child('ipFamilies'), 'may not be set for ExternalName services'));
      }
      if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) {
        errs.push(forbidden(specPath.child('ipFamilyPolicy'), 'may not be set for ExternalName services'));
      }
      // The value (a CNAME) may have a trailing dot to denote it as fully qualified
      const cname = (spec.externalName ?? '').replace(/\.$/, '');
      if (cname.length > 0) errs.push(...validateDNS1123Subdomain(cname, specPath.child('externalName')));
      else errs.push(required(specPath.child('externalName'), ''));
      break;
    }
  }

  const allPortNames = new Set<string>();
  const portsPath = specPath.child('ports');
  ports.forEach((p, i) =>
    errs.push(...validateServicePort(p, ports.length > 1, allPortNames, portsPath.index_(i))),
  );

  if (spec.selector !== undefined && spec.selector !== null) {
    errs.push(...validateLabels(spec.selector, specPath.child('selector')));
  }

  const affinity = spec.sessionAffinity ?? '';
  if (affinity.length === 0) errs.push(required(specPath.child('sessionAffinity'), ''));
  else if (!supportedSessionAffinityType.includes(affinity)) {
    errs.push(notSupported(specPath.child('sessionAffinity'), affinity, supportedSessionAffinityType));
  }
  if (affinity === ServiceAffinityClientIP) {
    errs.push(...validateClientIPAffinityConfig(spec, specPath.child('sessionAffinityConfig')));
  } else if (
    affinity === ServiceAffinityNone &&
    spec.sessionAffinityConfig !== undefined &&
    spec.sessionAffinityConfig !== null
  ) {
    errs.push(
      forbidden(
        specPath.child('sessionAffinityConfig'),
        `must not be set when session affinity is ${ServiceAffinityNone}`,
      ),
    );
  }

  // dualstack <-> ClusterIPs <-> ipfamilies
  errs.push(...validateServiceClusterIPsRelatedFields(service));

  const ipPath = specPath.child('externalIPs');
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const ipErrs = isValidIPForLegacyField(ipPath.index_(i), ip);
    errs.push(...(ipErrs.length > 0 ? ipErrs : validateNonSpecialIP(ip, ipPath.index_(i))));
  });

  const type = spec.type ?? '';
  if (type.length === 0) errs.push(required(specPath.child('type'), ''));
  else if (!supportedServiceType.includes(type))
    errs.push(notSupported(specPath.child('type'), type, supportedServiceType));

  if (type === ServiceTypeClusterIP) {
    ports.forEach((p, i) => {
      if ((p.nodePort ?? 0) !== 0) {
        errs.push(
          forbidden(portsPath.index_(i).child('nodePort'), "may not be used when `type` is 'ClusterIP'"),
        );
      }
    });
  }

  // Check for duplicate NodePorts, considering (protocol,port) pairs
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    const np = p.nodePort ?? 0;
    if (np === 0) return;
    const key = `${p.protocol ?? ''}/${np}`;
    if (nodePorts.has(key)) errs.push(duplicate(portsPath.index_(i).child('nodePort'), np));
    nodePorts.add(key);
  });

  // Check for duplicate Ports, considering (protocol,port) pairs
  const seenPorts = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port ?? 0}`;
    if (seenPorts.has(key))
      errs.push(
        withGoSyntax(duplicate(portsPath.index_(i), { protocol: p.protocol, port: p.port }), portKey(p)),
      );
    seenPorts.add(key);
  });

  // Validate SourceRanges field or annotation.
  const ranges = spec.loadBalancerSourceRanges ?? [];
  if (ranges.length > 0) {
    const fieldPath = specPath.child('LoadBalancerSourceRanges');
    if (type !== ServiceTypeLoadBalancer) {
      errs.push(forbidden(fieldPath, "may only be used when `type` is 'LoadBalancer'"));
    }
    // Note: due to a historical accident these values are allowed to be space-padded.
    ranges.forEach((v, idx) => errs.push(...isValidCIDRForLegacyField(fieldPath.index_(idx), v.trim())));
  } else if (has(AnnotationLoadBalancerSourceRangesKey)) {
    const fieldPath = newPath('metadata', 'annotations').key(AnnotationLoadBalancerSourceRangesKey);
    if (type !== ServiceTypeLoadBalancer) {
      errs.push(forbidden(fieldPath, "may only be used when `type` is 'LoadBalancer'"));
    }
    const val = annotations[AnnotationLoadBalancerSourceRangesKey]!.trim();
    if (val !== '') {
      for (const v of val.split(',')) errs.push(...isValidCIDRForLegacyField(fieldPath, v.trim()));
    }
  }

  const allocateNodePorts = spec.allocateLoadBalancerNodePorts;
  if (allocateNodePorts !== undefined && allocateNodePorts !== null && type !== ServiceTypeLoadBalancer) {
    errs.push(
      forbidden(
        specPath.child('allocateLoadBalancerNodePorts'),
        "may only be used when `type` is 'LoadBalancer'",
      ),
    );
  }
  if (type === ServiceTypeLoadBalancer && (allocateNodePorts === undefined || allocateNodePorts === null)) {
    // Go's path lacks the `spec.` prefix.
    errs.push(required(newPath('allocateLoadBalancerNodePorts'), ''));
  }

  errs.push(...validateLoadBalancerClassField(undefined, service));
  errs.push(...validateServiceExternalTrafficPolicy(service));
  errs.push(...validateServiceInternalTrafficFieldsValue(service));
  errs.push(...validateServiceTrafficDistribution(service));
  return errs;
}

function validateServicePort(
  sp: ServicePort,
  requireName: boolean,
  allNames: Set<string>,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const name = sp.name ?? '';
  if (requireName && name.length === 0) {
    errs.push(required(fldPath.child('name'), ''));
  } else if (name.length !== 0) {
    errs.push(...validateDNS1123Label(name, fldPath.child('name')));
    if (allNames.has(name)) errs.push(duplicate(fldPath.child('name'), name));
    else allNames.add(name);
  }
  const port = sp.port ?? 0;
  for (const msg of isValidPortNum(port)) errs.push(invalid(fldPath.child('port'), port, msg));
  const protocol = sp.protocol ?? '';
  if (protocol.length === 0) errs.push(required(fldPath.child('protocol'), ''));
  else if (!supportedPortProtocols.includes(protocol)) {
    errs.push(notSupported(fldPath.child('protocol'), protocol, supportedPortProtocols));
  }
  errs.push(...validatePortNumOrName(sp.targetPort, fldPath.child('targetPort')));
  if (sp.appProtocol !== undefined && sp.appProtocol !== null) {
    errs.push(...validateQualifiedName(sp.appProtocol, fldPath.child('appProtocol')));
  }
  return errs;
}

function validateClientIPAffinityConfig(spec: ServiceSpec, fldPath: Path): ErrorList {
  const when = `when session affinity type is ${ServiceAffinityClientIP}`;
  const config = spec.sessionAffinityConfig;
  if (!config) return [required(fldPath, when)];
  if (!config.clientIP) return [required(fldPath.child('clientIP'), when)];
  const timeout = config.clientIP.timeoutSeconds;
  const timeoutPath = fldPath.child('clientIP').child('timeoutSeconds');
  if (timeout === undefined || timeout === null) return [required(timeoutPath, when)];
  if (timeout <= 0 || timeout > MaxClientIPServiceAffinitySeconds) {
    return [
      invalid(
        timeoutPath,
        timeout,
        `must be greater than 0 and less than ${MaxClientIPServiceAffinitySeconds}`,
      ),
    ];
  }
  return [];
}

/** ValidateNonSpecialIP: no unspecified, loopback, link-local or link-local multicast addresses. */
export function validateNonSpecialIP(ipAddress: string, fldPath: Path): ErrorList {
  const ip = parseIPSloppy(ipAddress);
  if (!ip) return [invalid(fldPath, ipAddress, 'must be a valid IP address')];
  const errs: ErrorList = [];
  if (isUnspecified(ip)) errs.push(invalid(fldPath, ipAddress, `may not be unspecified (${ipAddress})`));
  if (isLoopback(ip))
    errs.push(invalid(fldPath, ipAddress, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (isLinkLocalUnicast(ip)) {
    errs.push(invalid(fldPath, ipAddress, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  }
  if (isLinkLocalMulticast(ip)) {
    errs.push(
      invalid(fldPath, ipAddress, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'),
    );
  }
  return errs;
}

function validateServiceExternalTrafficPolicy(service: Service): ErrorList {
  const errs: ErrorList = [];
  const spec = specOf(service);
  const fldPath = newPath('spec');
  const etp = spec.externalTrafficPolicy ?? '';
  if (!externallyAccessible(service)) {
    if (etp !== '') {
      errs.push(
        invalid(
          fldPath.child('externalTrafficPolicy'),
          etp,
          'may only be set for externally-accessible services',
        ),
      );
    }
  } else if (etp === '') {
    errs.push(required(fldPath.child('externalTrafficPolicy'), ''));
  } else if (!validExternalTrafficPolicies.includes(etp)) {
    errs.push(notSupported(fldPath.child('externalTrafficPolicy'), etp, validExternalTrafficPolicies));
  }
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck(service)) {
    if (hc !== 0) {
      errs.push(
        invalid(
          fldPath.child('healthCheckNodePort'),
          hc,
          "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        ),
      );
    }
  } else if (hc === 0) {
    errs.push(required(fldPath.child('healthCheckNodePort'), ''));
  } else {
    for (const msg of isValidPortNum(hc)) errs.push(invalid(fldPath.child('healthCheckNodePort'), hc, msg));
  }
  return errs;
}

function validateServiceExternalTrafficFieldsUpdate(before: Service, after: Service): ErrorList {
  if (needsHealthCheck(before) && needsHealthCheck(after)) {
    if ((after.spec?.healthCheckNodePort ?? 0) !== (before.spec?.healthCheckNodePort ?? 0)) {
      return [forbidden(newPath('spec', 'healthCheckNodePort'), 'field is immutable')];
    }
  }
  return [];
}

function validateServiceInternalTrafficFieldsValue(service: Service): ErrorList {
  const spec = specOf(service);
  const itp = spec.internalTrafficPolicy;
  const path = newPath('spec').child('internalTrafficPolicy');
  if (itp === undefined || itp === null) {
    // Not forbidden on other types for historical reasons.
    if (
      spec.type === ServiceTypeNodePort ||
      spec.type === ServiceTypeLoadBalancer ||
      spec.type === ServiceTypeClusterIP
    ) {
      return [required(path, '')];
    }
    return [];
  }
  return supportedServiceInternalTrafficPolicy.includes(itp)
    ? []
    : [notSupported(path, itp, supportedServiceInternalTrafficPolicy)];
}

function validateServiceTrafficDistribution(service: Service): ErrorList {
  const td = specOf(service).trafficDistribution;
  if (td === undefined || td === null) return [];
  return supportedTrafficDistribution.includes(td)
    ? []
    : [notSupported(newPath('spec').child('trafficDistribution'), td, supportedTrafficDistribution)];
}

/** ValidateServiceCreate */
export function validateServiceCreate(service: Service): ErrorList {
  return validateService(service);
}

/**
 * ValidateServiceUpdate: clusterIPs and ipFamilies may gain or lose a secondary entry but never change their
 * primary (unless to/from ExternalName), loadBalancerClass and healthCheckNodePort are fixed, then
 * ValidateService.
 */
export function validateServiceUpdate(service: Service, oldService: Service): ErrorList {
  const errs = validateObjectMetaUpdate(service.metadata, oldService.metadata, newPath('metadata'));
  errs.push(...validateUpgradeDowngradeClusterIPs(oldService, service));
  errs.push(...validateUpgradeDowngradeIPFamilies(oldService, service));
  errs.push(...validateLoadBalancerClassField(oldService, service));
  errs.push(...validateServiceExternalTrafficFieldsUpdate(oldService, service));
  errs.push(...validateService(service));
  return errs;
}

/** ValidateServiceStatusUpdate */
export function validateServiceStatusUpdate(service: Service, oldService: Service): ErrorList {
  const errs = validateObjectMetaUpdate(service.metadata, oldService.metadata, newPath('metadata'));
  errs.push(...validateLoadBalancerStatus(service, newPath('status', 'loadBalancer')));
  return errs;
}

/** ValidateLoadBalancerStatus (AllowServiceLBStatusOnNonLB is off by default). */
export function validateLoadBalancerStatus(service: Service, fldPath: Path): ErrorList {
  const errs: ErrorList = [];
  const ingress = service.status?.loadBalancer?.ingress ?? [];
  const ingrPath = fldPath.child('ingress');
  if (specOf(service).type !== ServiceTypeLoadBalancer && ingress.length !== 0) {
    return [forbidden(ingrPath, "may only be used when `spec.type` is 'LoadBalancer'")];
  }
  ingress.forEach((ing, i) => {
    const idxPath = ingrPath.index_(i);
    const ip = ing.ip ?? '';
    if (ip.length > 0) errs.push(...isValidIPForLegacyField(idxPath.child('ip'), ip));
    if (ing.ipMode === undefined || ing.ipMode === null) {
      if (ip.length > 0) errs.push(required(idxPath.child('ipMode'), 'must be specified when `ip` is set'));
    } else if (ip.length === 0) {
      errs.push(forbidden(idxPath.child('ipMode'), 'may not be specified when `ip` is not set'));
    } else if (!supportedLoadBalancerIPMode.includes(ing.ipMode)) {
      errs.push(notSupported(idxPath.child('ipMode'), ing.ipMode, supportedLoadBalancerIPMode));
    }
    const hostname = ing.hostname ?? '';
    if (hostname.length > 0) {
      for (const msg of isDNS1123Subdomain(hostname))
        errs.push(invalid(idxPath.child('hostname'), hostname, msg));
      if (parseIPSloppy(hostname)) {
        errs.push(invalid(idxPath.child('hostname'), hostname, 'must be a DNS name, not an IP address'));
      }
    }
  });
  return errs;
}

/**
 * ValidateServiceClusterIPsRelatedFields: clusterIP/clusterIPs in sync, valid families and policy, valid IPs
 * (at most one per family). Exported because the allocator runs it before allocating.
 */
export function validateServiceClusterIPsRelatedFields(service: Service): ErrorList {
  const spec = specOf(service);
  // ClusterIP, ClusterIPs, IPFamilyPolicy and IPFamilies are validated prior for ExternalName services
  if (spec.type === ServiceTypeExternalName) return [];
  const errs: ErrorList = [];
  let hasInvalidIPs = false;
  const specPath = newPath('spec');
  const clusterIPsField = specPath.child('clusterIPs');
  const ipFamiliesField = specPath.child('ipFamilies');
  const ipFamilyPolicyField = specPath.child('ipFamilyPolicy');
  const clusterIP = spec.clusterIP ?? '';
  const clusterIPs = spec.clusterIPs ?? [];
  const families = spec.ipFamilies ?? [];

  // Make sure ClusterIP and ClusterIPs are synced.
  if (clusterIP.length !== 0) {
    if (clusterIPs.length === 0) errs.push(required(clusterIPsField, ''));
    else if (clusterIPs[0] !== clusterIP)
      errs.push(invalid(clusterIPsField, [...clusterIPs], 'first value must match `clusterIP`'));
  } else if (clusterIPs.length !== 0) {
    errs.push(invalid(clusterIPsField, [...clusterIPs], 'must be empty when `clusterIP` is not specified'));
  }

  // ipfamilies stand alone validation: IPv4 or IPv6, no duplicates
  const seen = new Set<string>();
  families.forEach((f, i) => {
    if (!supportedServiceIPFamily.includes(f))
      errs.push(notSupported(ipFamiliesField.index_(i), f, supportedServiceIPFamily));
    if (seen.has(f)) errs.push(duplicate(ipFamiliesField.index_(i), f));
    seen.add(f);
  });

  // IPFamilyPolicy stand alone validation (nil is ok, defaulted in allocation)
  const policy = spec.ipFamilyPolicy;
  if (policy !== undefined && policy !== null && !supportedServiceIPFamilyPolicy.includes(policy)) {
    errs.push(notSupported(ipFamilyPolicyField, policy, supportedServiceIPFamilyPolicy));
  }

  // clusterIPs stand alone validation: valid IPs, "None" only as the first and only value
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === ClusterIPNone) {
      if (clusterIPs.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid(clusterIPsField, [...clusterIPs], "'None' must be the first and only value"));
      }
      return;
    }
    const ipErrs = isValidIPForLegacyField(clusterIPsField.index_(i), ip);
    hasInvalidIPs = ipErrs.length !== 0 || hasInvalidIPs;
    errs.push(...ipErrs);
  });

  if (clusterIPs.length > 2)
    errs.push(invalid(clusterIPsField, [...clusterIPs], 'may only hold up to 2 values'));

  // bad IPs would skew the messages below
  if (hasInvalidIPs) return errs;

  // must be dual stacked ips if they are more than one ip
  if (clusterIPs.length > 1 && !isDualStackIPStrings(clusterIPs)) {
    errs.push(
      invalid(clusterIPsField, [...clusterIPs], 'may specify no more than one IP for each IP family'),
    );
  }

  // match clusterIPs to their families, if they were provided
  if (!isHeadlessService(service) && clusterIPs.length > 0 && families.length > 0) {
    for (let i = 0; i < clusterIPs.length && i < families.length; i++) {
      const ip = clusterIPs[i]!;
      if (families[i] === IPv4Protocol && isIPv6String(ip)) {
        errs.push(
          invalid(
            clusterIPsField.index_(i),
            ip,
            `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``,
          ),
        );
      }
      if (families[i] === IPv6Protocol && !isIPv6String(ip)) {
        errs.push(
          invalid(
            clusterIPsField.index_(i),
            ip,
            `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``,
          ),
        );
      }
    }
  }
  return errs;
}

/** specific validation for clusterIPs in cases of user upgrading or downgrading to/from dualstack */
function validateUpgradeDowngradeClusterIPs(oldService: Service, service: Service): ErrorList {
  const errs: ErrorList = [];
  if (specOf(service).type === ServiceTypeExternalName || specOf(oldService).type === ServiceTypeExternalName)
    return errs;
  if (isHeadlessService(oldService) && isHeadlessService(service)) return errs;
  const oldIPs = oldService.spec?.clusterIPs ?? [];
  const newIPs = service.spec?.clusterIPs ?? [];
  const path = newPath('spec', 'clusterIPs');
  if (oldIPs.length === newIPs.length) {
    oldIPs.forEach((ip, i) => {
      if (ip !== newIPs[i]) errs.push(invalid(path.index_(i), [...newIPs], 'may not change once set'));
    });
  } else if (oldIPs.length > newIPs.length) {
    if (newIPs.length === 0) {
      const ips = service.spec?.clusterIPs;
      errs.push(
        withGoSyntax(
          invalid(path.index_(0), ips ?? null, 'primary clusterIP can not be unset'),
          goStringSlice('string', ips),
        ),
      );
    }
    if (oldIPs.length > 0 && newIPs.length > 0 && newIPs[0] !== oldIPs[0]) {
      errs.push(invalid(path.index_(0), [...newIPs], 'may not change once set'));
    }
    // a released secondary IP needs ipFamilyPolicy SingleStack
    const policy = service.spec?.ipFamilyPolicy;
    if (newIPs.length === 1 && policy !== IPFamilyPolicySingleStack) {
      errs.push(
        invalid(
          newPath('spec', 'ipFamilyPolicy'),
          policy ?? null,
          "must be set to 'SingleStack' when releasing the secondary clusterIP",
        ),
      );
    }
  } else if (oldIPs.length > 0 && newIPs[0] !== oldIPs[0]) {
    errs.push(invalid(path.index_(0), [...newIPs], 'may not change once set'));
  }
  return errs;
}

/** specific validation for ipFamilies in cases of user upgrading or downgrading to/from dualstack */
function validateUpgradeDowngradeIPFamilies(oldService: Service, service: Service): ErrorList {
  const errs: ErrorList = [];
  if (specOf(service).type === ServiceTypeExternalName || specOf(oldService).type === ServiceTypeExternalName)
    return errs;
  const oldHeadless = isHeadlessService(oldService);
  const newHeadless = isHeadlessService(service);
  // if changed to/from headless, or headless (which can change families), bail out
  if (oldHeadless !== newHeadless || newHeadless) return errs;
  const oldFams = oldService.spec?.ipFamilies ?? [];
  const newFams = service.spec?.ipFamilies ?? [];
  const newIPs = service.spec?.clusterIPs ?? [];
  const path = newPath('spec', 'ipFamilies');
  // the bad value is a []core.IPFamily, which Go prints as such
  const famsText = goStringSlice('core.IPFamily', service.spec?.ipFamilies);
  if (oldFams.length === newFams.length) {
    oldFams.forEach((f, i) => {
      if (f !== newFams[i]) {
        errs.push(withGoSyntax(invalid(path.index_(0), [...newFams], 'may not change once set'), famsText));
      }
    });
  } else if (oldFams.length > newFams.length) {
    // Go checks clusterIPs here, and reports the clusterIPs as the bad value of ipFamilies[0] below.
    if (newIPs.length === 0) {
      errs.push(
        withGoSyntax(invalid(path.index_(0), [...newFams], 'primary ipFamily can not be unset'), famsText),
      );
    }
    if (newFams.length > 0 && newFams[0] !== oldFams[0])
      errs.push(invalid(path.index_(0), [...newIPs], 'may not change once set'));
    const policy = service.spec?.ipFamilyPolicy;
    if (newFams.length === 1 && policy !== IPFamilyPolicySingleStack) {
      errs.push(
        invalid(
          newPath('spec', 'ipFamilyPolicy'),
          policy ?? null,
          "must be set to 'SingleStack' when releasing the secondary ipFamily",
        ),
      );
    }
  } else if (oldFams.length > 0 && newFams.length > 0 && newFams[0] !== oldFams[0]) {
    errs.push(invalid(path.index_(0), [...newIPs], 'may not change once set'));
  }
  return errs;
}

/** validateLoadBalancerClassField: fixed once set on a LoadBalancer; a qualified name; LoadBalancer only. */
function validateLoadBalancerClassField(oldService: Service | undefined, service: Service): ErrorList {
  const errs: ErrorList = [];
  const cls = service.spec?.loadBalancerClass;
  const isLB = (s: Service) => specOf(s).type === ServiceTypeLoadBalancer;
  const path = newPath('spec', 'loadBalancerClass');
  if (oldService && isLB(oldService) && isLB(service)) {
    const oldCls = oldService.spec?.loadBalancerClass ?? null;
    if ((cls ?? null) !== oldCls) errs.push(invalid(path, cls ?? null, 'may not change once set'));
  }
  if (isLB(service)) {
    if (cls !== undefined && cls !== null) errs.push(...validateQualifiedName(cls, path));
  } else if (cls !== undefined && cls !== null) {
    errs.push(forbidden(path, "may only be used when `type` is 'LoadBalancer'"));
  }
  return errs;
}
