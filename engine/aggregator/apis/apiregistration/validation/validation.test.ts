import { describe, expect, it } from 'vitest';
import type { APIService, APIServiceSpec } from '../types';
import { validateAPIService, validateAPIServiceStatus, validateAPIServiceUpdate } from './validation';
import { newPath } from '../../../../util/validation/field/path';

const local: APIServiceSpec = {
  group: 'example.com',
  version: 'v1',
  groupPriorityMinimum: 1000,
  versionPriority: 15,
};
const remote: APIServiceSpec = { ...local, service: { namespace: 'ns', name: 'svc', port: 443 } };
const obj = (spec: APIServiceSpec, name = `${spec.version ?? ''}.${spec.group ?? ''}`): APIService => ({
  metadata: { name },
  spec,
});
const msgs = (a: APIService) => validateAPIService(a).map((e) => e.error());

describe('ValidateAPIService', () => {
  it.each<[string, APIService]>([
    ['a local APIService', obj(local)],
    ['a remote APIService', obj(remote)],
    ['the legacy core APIService v1.', obj({ ...local, group: '' })],
    ['a remote one with caBundle', obj({ ...remote, caBundle: 'Y2E=' })],
    ['the highest priorities', obj({ ...local, groupPriorityMinimum: 20000, versionPriority: 1000 })],
  ])('accepts %s', (_name, a) => {
    expect(msgs(a)).toEqual([]);
  });

  it.each<[string, APIService, string[]]>([
    [
      'a name other than version.group',
      obj(local, 'example'),
      ['metadata.name: Invalid value: "example": must be `spec.version+"."+spec.group`: "v1.example.com"'],
    ],
    [
      'a name that is not a path segment',
      obj(local, 'a/b'),
      ['metadata.name: Invalid value: "a/b": may not contain \'/\''],
    ],
    [
      'an empty group on a version other than v1',
      obj({ ...local, group: '', version: 'v2' }),
      ['spec.group: Required value: only v1 may have an empty group and it better be legacy kube'],
    ],
    [
      'a group that is not a DNS subdomain',
      obj({ ...local, group: 'Example' }),
      [
        "spec.group: Invalid value: \"Example\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'a version that is not a DNS-1035 label',
      obj({ ...local, version: '1' }),
      [
        "spec.version: Invalid value: \"1\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
      ],
    ],
    [
      'groupPriorityMinimum 0',
      obj({ ...local, groupPriorityMinimum: 0 }),
      ['spec.groupPriorityMinimum: Invalid value: 0: must be positive and less than 20000'],
    ],
    [
      'groupPriorityMinimum 20001',
      obj({ ...local, groupPriorityMinimum: 20001 }),
      ['spec.groupPriorityMinimum: Invalid value: 20001: must be positive and less than 20000'],
    ],
    [
      'versionPriority 0',
      obj({ ...local, versionPriority: 0 }),
      ['spec.versionPriority: Invalid value: 0: must be positive and less than 1000'],
    ],
    [
      'versionPriority 1001',
      obj({ ...local, versionPriority: 1001 }),
      ['spec.versionPriority: Invalid value: 1001: must be positive and less than 1000'],
    ],
    [
      'a caBundle on a local APIService',
      obj({ ...local, caBundle: 'Y2E=' }),
      ['spec.caBundle: Invalid value: "2 bytes": local APIServices may not have a caBundle'],
    ],
    [
      'insecureSkipTLSVerify on a local APIService',
      obj({ ...local, insecureSkipTLSVerify: true }),
      [
        'spec.insecureSkipTLSVerify: Invalid value: true: local APIServices may not have insecureSkipTLSVerify',
      ],
    ],
    [
      'a service without namespace and name',
      obj({ ...remote, service: { port: 443 } }),
      ['spec.service.namespace: Required value', 'spec.service.name: Required value'],
    ],
    [
      'a service port out of range',
      obj({ ...remote, service: { namespace: 'ns', name: 'svc', port: 0 } }),
      ['spec.service.port: Invalid value: 0: port is not valid: must be between 1 and 65535, inclusive'],
    ],
    [
      'insecureSkipTLSVerify with a caBundle',
      obj({ ...remote, insecureSkipTLSVerify: true, caBundle: 'Y2E=' }),
      ['spec.insecureSkipTLSVerify: Invalid value: true: may not be true if caBundle is present'],
    ],
  ])('refuses %s', (_name, a, expected) => {
    expect(msgs(a)).toEqual(expected);
  });

  it('checks the metadata update rules before the object', () => {
    const old: APIService = { ...obj(local), metadata: { name: 'v1.example.com', resourceVersion: '7' } };
    const errs = validateAPIServiceUpdate(
      { ...obj({ ...local, versionPriority: 0 }), metadata: { name: 'v1.example.com' } },
      old,
    );
    expect(errs.map((e) => e.error())).toEqual([
      'metadata.resourceVersion: Invalid value: "": must be specified for an update',
      'spec.versionPriority: Invalid value: 0: must be positive and less than 1000',
    ]);
  });

  it('accepts True, False and Unknown condition statuses only', () => {
    const errs = validateAPIServiceStatus(
      {
        conditions: [
          { type: 'Available', status: 'True' },
          { type: 'Available', status: 'yes' },
        ],
      },
      newPath('status'),
    );
    expect(errs.map((e) => e.error())).toEqual([
      'status.conditions[1].status: Unsupported value: "yes": supported values: "True", "False", "Unknown"',
    ]);
  });
});
