import { describe, expect, it } from 'vitest';
import type { ObjectMeta } from '../../../runtime/object';
import { newPath } from '../../../util/validation/field/path';
import { validatePathSegmentName } from '../../../util/validation/path';
import {
  maskTrailingDash,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from './objectmeta';

const meta = newPath('metadata');
const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

const subdomainMsg =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const nameParMsg =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('validateObjectMeta', () => {
  it.each<[string, ObjectMeta, boolean, string[]]>([
    ['valid namespaced object', { name: 'nginx', namespace: 'default' }, true, []],
    [
      'missing name',
      { namespace: 'default' },
      true,
      ['metadata.name: Required value: name or generateName is required'],
    ],
    ['missing namespace', { name: 'nginx' }, true, ['metadata.namespace: Required value']],
    [
      'namespace on a cluster-scoped object',
      { name: 'n1', namespace: 'default' },
      false,
      ['metadata.namespace: Forbidden: not allowed on this type'],
    ],
    [
      'uppercase name',
      { name: 'Nginx', namespace: 'default' },
      true,
      [`metadata.name: Invalid value: "Nginx": ${subdomainMsg}`],
    ],
    [
      'bad generateName',
      { name: 'Web-abcde', generateName: 'Web-', namespace: 'default' },
      true,
      [
        `metadata.generateName: Invalid value: "Web-": ${subdomainMsg}`,
        `metadata.name: Invalid value: "Web-abcde": ${subdomainMsg}`,
      ],
    ],
    ['good generateName', { name: 'web-abcde', generateName: 'web-', namespace: 'default' }, true, []],
    [
      'bad namespace',
      { name: 'a', namespace: 'Prod' },
      true,
      [
        `metadata.namespace: Invalid value: "Prod": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      ],
    ],
    [
      'negative generation',
      { name: 'a', namespace: 'd', generation: -1 },
      true,
      ['metadata.generation: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'bad label key',
      { name: 'a', namespace: 'd', labels: { '-app': 'x' } },
      true,
      [`metadata.labels: Invalid value: "-app": ${nameParMsg}`],
    ],
    [
      'bad label value',
      { name: 'a', namespace: 'd', labels: { app: 'a b' } },
      true,
      [
        `metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      ],
    ],
    [
      'uppercase annotation keys are fine',
      { name: 'a', namespace: 'd', annotations: { 'Example.COM/Key': 'v' } },
      true,
      [],
    ],
    [
      'annotations over 256 KiB',
      { name: 'a', namespace: 'd', annotations: { big: 'x'.repeat(256 * 1024) } },
      true,
      ['metadata.annotations: Too long: may not be more than 262144 bytes'],
    ],
    [
      'incomplete owner reference',
      {
        name: 'a',
        namespace: 'd',
        ownerReferences: [{ apiVersion: '', kind: 'ReplicaSet', name: '', uid: '' }],
      },
      true,
      [
        'metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
        'metadata.ownerReferences.name: Invalid value: "": must not be empty',
        'metadata.ownerReferences.uid: Invalid value: "": must not be empty',
      ],
    ],
    [
      'two controllers',
      {
        name: 'a',
        namespace: 'd',
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'r1', uid: '1', controller: true },
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'r2', uid: '2', controller: true },
        ],
      },
      true,
      [
        'metadata.ownerReferences: Invalid value: [{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"r1","uid":"1","controller":true},{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"r2","uid":"2","controller":true}]: Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/r1 and ReplicaSet/r2',
      ],
    ],
    [
      'events may not own objects',
      {
        name: 'a',
        namespace: 'd',
        ownerReferences: [{ apiVersion: 'v1', kind: 'Event', name: 'e', uid: '1' }],
      },
      true,
      [
        'metadata.ownerReferences: Invalid value: {"apiVersion":"v1","kind":"Event","name":"e","uid":"1"}: /v1, Kind=Event is disallowed from being an owner',
      ],
    ],
    [
      'conflicting finalizers',
      { name: 'a', namespace: 'd', finalizers: ['orphan', 'foregroundDeletion'] },
      true,
      [
        'metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set',
      ],
    ],
    [
      'bad managed fields',
      {
        name: 'a',
        namespace: 'd',
        managedFields: [{ manager: 'k', operation: 'Patch', fieldsType: 'FieldsV2' }],
      },
      true,
      [
        'metadata.managedFields[0].operation: Invalid value: "Patch": must be `Apply` or `Update`',
        'metadata.managedFields[0].fieldsType: Invalid value: "FieldsV2": must be `FieldsV1`',
      ],
    ],
  ])('%s', (_name, m, namespaced, want) => {
    expect(msgs(validateObjectMeta(m, namespaced, nameIsDNSSubdomain, meta))).toEqual(want);
  });

  it('uses the name function it is given', () => {
    expect(
      msgs(validateObjectMeta({ name: 'a/b', namespace: 'd' }, true, validatePathSegmentName, meta)),
    ).toEqual(['metadata.name: Invalid value: "a/b": may not contain \'/\'']);
  });
});

describe('name functions', () => {
  it.each([
    ['web-', 'wea'],
    ['a-', 'a'],
    ['-', '-'],
    ['web', 'web'],
  ])('maskTrailingDash(%s) = %s', (input, want) => {
    expect(maskTrailingDash(input)).toBe(want);
  });

  it('accepts a trailing dash only for prefixes', () => {
    expect(nameIsDNSLabel('web-', true)).toEqual([]);
    expect(nameIsDNSLabel('web-', false)).toHaveLength(1);
    expect(nameIsDNSSubdomain('a.b', false)).toEqual([]);
    expect(nameIsDNSLabel('a.b', false)).toEqual(['must not contain dots']);
    expect(nameIsDNS1035Label('1abc', false)).toHaveLength(1);
  });
});

describe('validateObjectMetaUpdate', () => {
  const old: ObjectMeta = {
    name: 'a',
    namespace: 'd',
    uid: 'u1',
    resourceVersion: '5',
    generation: 2,
    creationTimestamp: '2024-01-01T00:00:00Z',
  };
  it.each<[string, ObjectMeta, ObjectMeta, string[]]>([
    ['unchanged', { ...old }, old, []],
    [
      'no resourceVersion',
      { ...old, resourceVersion: '' },
      old,
      ['metadata.resourceVersion: Invalid value: "": must be specified for an update'],
    ],
    ['renamed', { ...old, name: 'b' }, old, ['metadata.name: Invalid value: "b": field is immutable']],
    ['new uid', { ...old, uid: 'u2' }, old, ['metadata.uid: Invalid value: "u2": field is immutable']],
    [
      'generation decremented',
      { ...old, generation: 1 },
      old,
      ['metadata.generation: Invalid value: 1: must not be decremented'],
    ],
    [
      'finalizer added while deleting',
      { ...old, deletionTimestamp: '2024-01-02T00:00:00Z', finalizers: ['a/x', 'b/y'] },
      { ...old, deletionTimestamp: '2024-01-02T00:00:00Z', finalizers: ['a/x'] },
      [
        'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"b/y"}',
      ],
    ],
    [
      'deletionTimestamp cleared',
      { ...old },
      { ...old, deletionTimestamp: '2024-01-02T00:00:00Z' },
      ['metadata.deletionTimestamp: Invalid value: "null": field is immutable'],
    ],
  ])('%s', (_name, n, o, want) => {
    expect(msgs(validateObjectMetaUpdate(n, o, meta))).toEqual(want);
  });
});
