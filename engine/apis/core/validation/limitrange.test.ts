import { describe, expect, it } from 'vitest';
import type { LimitRange, LimitRangeItem } from '../limitrange_types';
import { SetDefaults_LimitRangeItem } from '../v1/limitrange_defaults';
import { validateLimitRange } from './limitrange';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const lr = (...limits: LimitRangeItem[]): LimitRange => ({
  metadata: { name: 'limits', namespace: 'default' },
  spec: { limits },
});
/** %#v of a resource.Quantity parsed from a short decimal text such as "2" or "500m" */
const goQ = (value: number, scale: number, s: string, format = 'DecimalSI') =>
  `resource.Quantity{i:resource.int64Amount{value:${value}, scale:${scale}}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"${s}", Format:"${format}"}`;

describe('validateLimitRange', () => {
  it.each<[string, LimitRange, string[]]>([
    [
      'a full Container item',
      lr({
        type: 'Container',
        min: { cpu: '100m' },
        defaultRequest: { cpu: '250m' },
        default: { cpu: '500m' },
        max: { cpu: '1' },
        maxLimitRequestRatio: { cpu: '4' },
      }),
      [],
    ],
    ['a PVC item with storage bounds', lr({ type: 'PersistentVolumeClaim', max: { storage: '10Gi' } }), []],
    ['no limits at all', { metadata: { name: 'x', namespace: 'default' }, spec: {} }, []],
    [
      'an unknown type',
      lr({ type: 'Node' }),
      ['spec.limits[0].type: Invalid value: "Node": must be a standard limit type or fully qualified'],
    ],
    [
      'the same type twice',
      lr({ type: 'Pod' }, { type: 'Pod' }),
      ['spec.limits[1].type: Duplicate value: "Pod"'],
    ],
    [
      'a resource containers cannot ask for',
      lr({ type: 'Container', max: { pods: '1' } }),
      ['spec.limits[0].max[pods]: Invalid value: pods: must be a standard resource for containers'],
    ],
    [
      'an unqualified unknown resource',
      lr({ type: 'PersistentVolumeClaim', max: { storage: '1Gi', disks: '1' } }),
      [
        'spec.limits[0].max[disks]: Invalid value: disks: must be a standard resource type or fully qualified',
      ],
    ],
    [
      'defaults on a Pod item',
      lr({ type: 'Pod', default: { cpu: '1' }, defaultRequest: { cpu: '1' } }),
      [
        "spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'",
        "spec.limits[0].defaultRequest: Forbidden: may not be specified when `type` is 'Pod'",
      ],
    ],
    [
      'a PVC item without storage bounds',
      lr({ type: 'PersistentVolumeClaim', min: { 'requests.storage': '1Gi' } }),
      [
        'spec.limits[0].limits: Required value: either minimum or maximum storage value is required, but neither was provided',
      ],
    ],
    [
      'min above max',
      lr({ type: 'Pod', min: { cpu: '2' }, max: { cpu: '1' } }),
      [`spec.limits[0].min[cpu]: Invalid value: ${goQ(2, 0, '2')}: min value 2 is greater than max value 1`],
    ],
    [
      'min above defaultRequest, defaultRequest above default and max',
      lr({ type: 'Container', min: { cpu: '1' }, defaultRequest: { cpu: '500m' } }),
      [
        `spec.limits[0].defaultRequest[cpu]: Invalid value: ${goQ(500, -3, '500m')}: min value 1 is greater than default request value 500m`,
      ],
    ],
    [
      'defaultRequest above default and max',
      lr({
        type: 'Container',
        max: { memory: '1Gi' },
        default: { memory: '1Gi' },
        defaultRequest: { memory: '2Gi' },
      }),
      [
        `spec.limits[0].defaultRequest[memory]: Invalid value: ${goQ(2147483648, 0, '2Gi', 'BinarySI')}: default request value 2Gi is greater than max value 1Gi`,
        `spec.limits[0].defaultRequest[memory]: Invalid value: ${goQ(2147483648, 0, '2Gi', 'BinarySI')}: default request value 2Gi is greater than default limit value 1Gi`,
      ],
    ],
    [
      'min above default, default above max (Go reports min and max as the values)',
      lr({
        type: 'Container',
        min: { cpu: '3' },
        default: { cpu: '2' },
        defaultRequest: { cpu: '3' },
        max: { cpu: '1' },
      }),
      [
        `spec.limits[0].min[cpu]: Invalid value: ${goQ(3, 0, '3')}: min value 3 is greater than max value 1`,
        `spec.limits[0].defaultRequest[cpu]: Invalid value: ${goQ(3, 0, '3')}: default request value 3 is greater than max value 1`,
        `spec.limits[0].defaultRequest[cpu]: Invalid value: ${goQ(3, 0, '3')}: default request value 3 is greater than default limit value 2`,
        `spec.limits[0].default[cpu]: Invalid value: ${goQ(3, 0, '3')}: min value 3 is greater than default value 2`,
        `spec.limits[0].default[cpu]: Invalid value: ${goQ(1, 0, '1')}: default value 2 is greater than max value 1`,
      ],
    ],
    [
      'a ratio below 1',
      lr({ type: 'Container', maxLimitRequestRatio: { cpu: '500m' } }),
      [
        `spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: ${goQ(500, -3, '500m')}: ratio 500m is less than 1`,
      ],
    ],
    [
      'a ratio above max/min',
      lr({ type: 'Pod', min: { cpu: '1' }, max: { cpu: '2' }, maxLimitRequestRatio: { cpu: '3' } }),
      [
        `spec.limits[0].maxLimitRequestRatio[cpu]: Invalid value: ${goQ(3, 0, '3')}: ratio 3 is greater than max/min = 2.000000`,
      ],
    ],
    [
      'hugepages default and defaultRequest that differ',
      lr({
        type: 'Container',
        default: { 'hugepages-2Mi': '4Mi' },
        defaultRequest: { 'hugepages-2Mi': '2Mi' },
      }),
      [
        `spec.limits[0].defaultRequest[hugepages-2Mi]: Invalid value: ${goQ(2097152, 0, '2Mi', 'BinarySI')}: default value 4Mi must equal to defaultRequest value 2Mi in hugepages-2Mi`,
      ],
    ],
    [
      'a bad name',
      { metadata: { name: 'Bad_Name', namespace: 'default' }, spec: { limits: [] } },
      [
        "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
  ])('%s', (_name, obj, want) => {
    expect(msgs(validateLimitRange(obj))).toEqual(want);
  });
});

describe('SetDefaults_LimitRangeItem', () => {
  it.each<[string, LimitRangeItem, LimitRangeItem]>([
    [
      'max becomes the default limit, which becomes the default request',
      { type: 'Container', max: { cpu: '1' } },
      { type: 'Container', max: { cpu: '1' }, default: { cpu: '1' }, defaultRequest: { cpu: '1' } },
    ],
    [
      'min fills a default request the default limit did not',
      { type: 'Container', min: { memory: '64Mi' }, default: { cpu: '500m' } },
      {
        type: 'Container',
        min: { memory: '64Mi' },
        default: { cpu: '500m' },
        defaultRequest: { cpu: '500m', memory: '64Mi' },
      },
    ],
    [
      'given values are kept',
      { type: 'Container', max: { cpu: '2' }, default: { cpu: '1' }, defaultRequest: { cpu: '100m' } },
      { type: 'Container', max: { cpu: '2' }, default: { cpu: '1' }, defaultRequest: { cpu: '100m' } },
    ],
    ['Pod items are left alone', { type: 'Pod', max: { cpu: '2' } }, { type: 'Pod', max: { cpu: '2' } }],
  ])('%s', (_name, item, want) => {
    SetDefaults_LimitRangeItem(item);
    expect(item).toEqual(want);
  });
});
