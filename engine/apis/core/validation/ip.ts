// Go twin: k8s.io/utils/net (ParseIPSloppy, ParseCIDRSloppy, IsIPv6String, IsDualStackIPStrings), Go's net.IP
// methods (String, IsLoopback, …) and k8s.io/apimachinery/pkg/util/validation/ip.go (IsValidIPForLegacyField,
// IsValidCIDRForLegacyField, GetWarningsForIP, GetWarningsForCIDR) @ v1.34.0.
//
// An IP is kept as Go keeps it: 16 bytes, IPv4 as an IPv4-mapped IPv6 address.
import { invalid, type ErrorList } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';

export type IP = Uint8Array;

const v4InV6Prefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** Go's old dtoi: decimal digits (leading zeros allowed), at least one; returns [n, consumed] or null. */
function dtoi(s: string): [number, number] | null {
  let n = 0;
  let i = 0;
  for (; i < s.length && s[i]! >= '0' && s[i]! <= '9'; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= 0xffffff) return null;
  }
  return i === 0 ? null : [n, i];
}

function parseIPv4(s: string): number[] | null {
  const p: number[] = [];
  let rest = s;
  for (let i = 0; i < 4; i++) {
    if (rest.length === 0) return null;
    if (i > 0) {
      if (rest[0] !== '.') return null;
      rest = rest.slice(1);
    }
    const r = dtoi(rest);
    if (!r || r[0] > 0xff) return null;
    p.push(r[0]);
    rest = rest.slice(r[1]);
  }
  return rest.length === 0 ? p : null;
}

function parseIPv6(s: string): IP | null {
  const ip = new Uint8Array(16);
  let ellipsis = -1;
  let rest = s;
  if (rest.length >= 2 && rest[0] === ':' && rest[1] === ':') {
    ellipsis = 0;
    rest = rest.slice(2);
    if (rest.length === 0) return ip;
  }
  let i = 0;
  while (i < 16) {
    // hex group
    let n = 0;
    let c = 0;
    for (; c < rest.length && c < 5; c++) {
      const d = parseInt(rest[c]!, 16);
      if (Number.isNaN(d) || !/[0-9a-fA-F]/.test(rest[c]!)) break;
      n = n * 16 + d;
    }
    if (c === 0 || c > 4 || n > 0xffff) return null;
    if (c < rest.length && rest[c] === '.') {
      // embedded IPv4 tail
      if (ellipsis < 0 && i !== 12) return null;
      if (i + 4 > 16) return null;
      const v4 = parseIPv4(rest);
      if (!v4) return null;
      ip.set(v4, i);
      i += 4;
      rest = '';
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    rest = rest.slice(c);
    if (rest.length === 0) break;
    if (rest[0] !== ':' || rest.length === 1) return null;
    rest = rest.slice(1);
    if (rest[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      rest = rest.slice(1);
      if (rest.length === 0) break;
    }
  }
  if (rest.length !== 0) return null;
  if (i < 16) {
    if (ellipsis < 0) return null;
    const n = 16 - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return null;
  }
  return ip;
}

/** netutils.ParseIPSloppy: like Go's pre-1.17 net.ParseIP, leading zeros in IPv4 octets allowed. */
export function parseIPSloppy(s: string): IP | null {
  for (const ch of s) {
    if (ch === '.') {
      const v4 = parseIPv4(s);
      return v4 ? Uint8Array.from([...v4InV6Prefix, ...v4]) : null;
    }
    if (ch === ':') return parseIPv6(s);
  }
  return null;
}

/** net.IP.To4() != nil */
export const isIPv4 = (ip: IP) => v4InV6Prefix.every((b, i) => ip[i] === b);

/** netutils.IsIPv6String: a valid IP that is not IPv4 (nor IPv4-mapped). */
export function isIPv6String(s: string): boolean {
  const ip = parseIPSloppy(s);
  return ip !== null && !isIPv4(ip);
}

/** netutils.IsIPv4String */
export function isIPv4String(s: string): boolean {
  const ip = parseIPSloppy(s);
  return ip !== null && isIPv4(ip);
}

/** netutils.IsDualStackIPStrings: at least one IPv4 and one IPv6 among the (valid) strings. */
export function isDualStackIPStrings(ips: readonly string[]): boolean {
  let v4 = false;
  let v6 = false;
  for (const s of ips) {
    const ip = parseIPSloppy(s);
    if (!ip) return false;
    if (isIPv4(ip)) v4 = true;
    else v6 = true;
  }
  return v4 && v6;
}

/** net.IP.String(): dotted IPv4 for IPv4(-mapped), RFC 5952 for IPv6. */
export function ipString(ip: IP): string {
  if (isIPv4(ip)) return `${ip[12]}.${ip[13]}.${ip[14]}.${ip[15]}`;
  return ipv6String(ip);
}

function ipv6String(ip: IP): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((ip[i]! << 8) | ip[i + 1]!);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += '::';
      i += bestLen - 1;
      continue;
    }
    if (out.length > 0 && !out.endsWith(':')) out += ':';
    out += groups[i]!.toString(16);
  }
  return out;
}

/** netip.Addr.String(): like net.IP.String, but an IPv4-mapped IPv6 address keeps its `::ffff:` form. */
function netipString(ip: IP, is4In6: boolean): string {
  return is4In6 ? `::ffff:${ipString(ip)}` : ipString(ip);
}

/** netip.ParseAddr: strict (no leading zeros in IPv4 octets, at most 3 digits); null when it rejects. */
function netipParse(s: string): { ip: IP; is4: boolean; is4In6: boolean } | null {
  const ip = parseIPSloppy(s);
  if (!ip) return null;
  const v4Part = s.includes(':') ? s.slice(s.lastIndexOf(':') + 1) : s;
  if (v4Part.includes('.') && v4Part.split('.').some((o) => o.length > 1 && o.startsWith('0'))) return null;
  const is4 = !s.includes(':');
  return { ip, is4, is4In6: !is4 && isIPv4(ip) };
}

export const isUnspecified = (ip: IP) =>
  isIPv4(ip) ? ip.slice(12).every((b) => b === 0) : ip.every((b) => b === 0);
export const isLoopback = (ip: IP) =>
  isIPv4(ip) ? ip[12] === 127 : ip.slice(0, 15).every((b) => b === 0) && ip[15] === 1;
export const isLinkLocalUnicast = (ip: IP) =>
  isIPv4(ip) ? ip[12] === 169 && ip[13] === 254 : ip[0] === 0xfe && (ip[1]! & 0xc0) === 0x80;
export const isLinkLocalMulticast = (ip: IP) =>
  isIPv4(ip) ? ip[12] === 224 && ip[13] === 0 && ip[14] === 0 : ip[0] === 0xff && (ip[1]! & 0x0f) === 0x02;

const invalidIPMsg = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const invalidCIDRMsg = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

/**
 * IsValidIPForLegacyField with strictValidation=false: the StrictIPCIDRValidation gate is alpha (off) in 1.34,
 * so only ParseIPSloppy decides.
 */
export function isValidIPForLegacyField(fldPath: Path, value: string): ErrorList {
  return parseIPSloppy(value) ? [] : [invalid(fldPath, value, invalidIPMsg)];
}

interface ParsedCIDR {
  ip: IP;
  bits: number;
  /** the IPNet's (masked) address */
  network: IP;
  /** ipnet.String() */
  networkString: string;
}

/** netutils.ParseCIDRSloppy */
export function parseCIDRSloppy(value: string): ParsedCIDR | null {
  const slash = value.indexOf('/');
  if (slash < 0) return null;
  const addr = value.slice(0, slash);
  const mask = value.slice(slash + 1);
  const ip = parseIPSloppy(addr);
  const isV4Syntax = !addr.includes(':');
  const r = dtoi(mask);
  const iplen = isV4Syntax ? 4 : 16;
  if (!ip || !r || r[1] !== mask.length || r[0] > 8 * iplen) return null;
  const bits = r[0];
  const totalBits = isV4Syntax ? bits + 96 : bits;
  const network = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const keep = Math.max(0, Math.min(8, totalBits - i * 8));
    network[i] = ip[i]! & ((0xff << (8 - keep)) & 0xff);
  }
  const shownBits = isIPv4(network) && !isV4Syntax ? bits - 96 : bits;
  return {
    ip,
    bits,
    network,
    networkString: `${ipString(network)}/${isIPv4(network) ? (isV4Syntax ? bits : shownBits) : bits}`,
  };
}

/** IsValidCIDRForLegacyField with strictValidation=false. */
export function isValidCIDRForLegacyField(fldPath: Path, value: string): ErrorList {
  return parseCIDRSloppy(value) ? [] : [invalid(fldPath, value, invalidCIDRMsg)];
}

/** GetWarningsForIP: leading zeros / IPv4-mapped, and IPv6 not in RFC 5952 form. */
export function getWarningsForIP(fldPath: Path, value: string): string[] {
  const ip = parseIPSloppy(value);
  if (!ip) return [];
  const addr = netipParse(value);
  if (!addr || addr.is4In6) {
    return [
      `${fldPath.toString()}: non-standard IP address ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(ipString(ip))}`,
    ];
  }
  if (!addr.is4) {
    const canonical = netipString(addr.ip, false);
    if (canonical !== value) {
      return [
        `${fldPath.toString()}: IPv6 address ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`,
      ];
    }
  }
  return [];
}

/** GetWarningsForCIDR: bits set past the prefix, leading zeros / IPv4-mapped, non-canonical IPv6. */
export function getWarningsForCIDR(fldPath: Path, value: string): string[] {
  const c = parseCIDRSloppy(value);
  if (!c) return [];
  const warnings: string[] = [];
  const f = fldPath.toString();
  if (!c.ip.every((b, i) => b === c.network[i])) {
    const addrlen = isIPv4(c.ip) && !value.slice(0, value.indexOf('/')).includes(':') ? 32 : 128;
    const single = `${ipString(c.ip)}/${addrlen}`;
    warnings.push(
      `${f}: CIDR value ${JSON.stringify(value)} is ambiguous in this context (should be ${JSON.stringify(c.networkString)} or ${JSON.stringify(single)}?)`,
    );
  }
  const addrPart = value.slice(0, value.indexOf('/'));
  const maskPart = value.slice(value.indexOf('/') + 1);
  const addr = netipParse(addrPart);
  const prefixOK = addr !== null && !(maskPart.length > 1 && maskPart.startsWith('0'));
  if (!prefixOK || addr.is4In6) {
    warnings.push(
      `${f}: non-standard CIDR value ${JSON.stringify(value)} will be considered invalid in a future Kubernetes release: use ${JSON.stringify(c.networkString)}`,
    );
  }
  if (warnings.length === 0 && addr && !addr.is4) {
    const canonical = `${netipString(addr.ip, false)}/${c.bits}`;
    if (canonical !== value) {
      warnings.push(
        `${f}: IPv6 CIDR value ${JSON.stringify(value)} should be in RFC 5952 canonical format (${JSON.stringify(canonical)})`,
      );
    }
  }
  return warnings;
}
