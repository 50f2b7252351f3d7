import { describe, expect, it } from 'vitest';
import { newPath } from '../../../util/validation/field/path';
import {
  getWarningsForCIDR,
  getWarningsForIP,
  ipString,
  isDualStackIPStrings,
  isIPv6String,
  parseCIDRSloppy,
  parseIPSloppy,
} from './ip';

describe('parseIPSloppy / ipString', () => {
  it.each<[string, string | null]>([
    ['10.96.0.1', '10.96.0.1'],
    ['010.096.000.001', '10.96.0.1'],
    ['256.1.1.1', null],
    ['1.2.3', null],
    ['::1', '::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['fe80::1:0:0:1', 'fe80::1:0:0:1'],
    ['1:0:0:1:0:0:0:1', '1:0:0:1::1'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['1::2::3', null],
    ['12345::', null],
    ['', null],
  ])('%s', (s, want) => {
    const ip = parseIPSloppy(s);
    expect(ip ? ipString(ip) : null).toBe(want);
  });

  it('families', () => {
    expect(isIPv6String('fd00::1')).toBe(true);
    expect(isIPv6String('::ffff:1.2.3.4')).toBe(false);
    expect(isDualStackIPStrings(['10.0.0.1', 'fd00::1'])).toBe(true);
    expect(isDualStackIPStrings(['10.0.0.1', '10.0.0.2'])).toBe(false);
  });

  it('CIDRs', () => {
    expect(parseCIDRSloppy('10.96.0.0/12')?.networkString).toBe('10.96.0.0/12');
    expect(parseCIDRSloppy('10.96.1.5/12')?.networkString).toBe('10.96.0.0/12');
    expect(parseCIDRSloppy('10.0.0.0/33')).toBeNull();
    expect(parseCIDRSloppy('10.0.0.0')).toBeNull();
  });
});

describe('warnings', () => {
  const p = newPath('spec', 'externalIPs').index_(0);
  it.each<[string, string[]]>([
    ['1.2.3.4', []],
    [
      '01.2.3.4',
      [
        'spec.externalIPs[0]: non-standard IP address "01.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
      ],
    ],
    [
      '::ffff:1.2.3.4',
      [
        'spec.externalIPs[0]: non-standard IP address "::ffff:1.2.3.4" will be considered invalid in a future Kubernetes release: use "1.2.3.4"',
      ],
    ],
    [
      '2001:DB8::1',
      [
        'spec.externalIPs[0]: IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")',
      ],
    ],
  ])('IP %s', (ip, want) => {
    expect(getWarningsForIP(p, ip)).toEqual(want);
  });

  const r = newPath('spec', 'loadBalancerSourceRanges').index_(0);
  it.each<[string, string[]]>([
    ['10.0.0.0/8', []],
    [
      '10.0.0.1/8',
      [
        'spec.loadBalancerSourceRanges[0]: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
      ],
    ],
    [
      '010.0.0.0/8',
      [
        'spec.loadBalancerSourceRanges[0]: non-standard CIDR value "010.0.0.0/8" will be considered invalid in a future Kubernetes release: use "10.0.0.0/8"',
      ],
    ],
    [
      '2001:DB8::/32',
      [
        'spec.loadBalancerSourceRanges[0]: IPv6 CIDR value "2001:DB8::/32" should be in RFC 5952 canonical format ("2001:db8::/32")',
      ],
    ],
  ])('CIDR %s', (cidr, want) => {
    expect(getWarningsForCIDR(r, cidr)).toEqual(want);
  });
});
