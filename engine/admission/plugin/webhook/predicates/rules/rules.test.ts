import { describe, expect, it } from 'vitest';
import type { RuleWithOperations } from '../../../../../apis/admissionregistration/types';
import type { Attributes } from '../../../../interfaces';
import { newAttributes } from '../../../../testing/attributes';
import { isExemptAdmissionConfigurationResource, ruleMatches } from './rules';

const attrs = (over: Partial<Attributes> = {}): Attributes => newAttributes({ name: 'web', ...over });

const rule = (over: Partial<RuleWithOperations> = {}): RuleWithOperations => ({
  operations: ['CREATE'],
  apiGroups: [''],
  apiVersions: ['v1'],
  resources: ['pods'],
  scope: '*',
  ...over,
});

const namespaceAttrs = attrs({
  name: 'team-a',
  namespace: 'team-a',
  resource: { group: '', version: 'v1', resource: 'namespaces' },
  kind: { group: '', version: 'v1', kind: 'Namespace' },
});
const deploymentAttrs = attrs({
  resource: { group: 'apps', version: 'v1', resource: 'deployments' },
  kind: { group: 'apps', version: 'v1', kind: 'Deployment' },
});

describe('ruleMatches', () => {
  it.each<[string, Partial<RuleWithOperations>, Attributes, boolean]>([
    ['the exact rule', {}, attrs(), true],
    ['another operation', { operations: ['UPDATE'] }, attrs(), false],
    ['operation *', { operations: ['*'] }, attrs({ operation: 'DELETE' }), true],
    ['another group', { apiGroups: ['apps'] }, attrs(), false],
    ['group *', { apiGroups: ['*'], resources: ['deployments'] }, deploymentAttrs, true],
    ['another version', { apiVersions: ['v2'] }, attrs(), false],
    ['version *', { apiVersions: ['*'] }, attrs(), true],
    ['resource * on a pod', { resources: ['*'] }, attrs(), true],
    ['resource * on a subresource', { resources: ['*'] }, attrs({ subresource: 'status' }), false],
    ['pods on pods/status', {}, attrs({ subresource: 'status' }), false],
    ['pods/* on pods/status', { resources: ['pods/*'] }, attrs({ subresource: 'status' }), true],
    [
      'pods/* on the pod itself (Go: sub "*" matches the empty subresource too)',
      { resources: ['pods/*'] },
      attrs(),
      true,
    ],
    [
      '*/status on deployments/status',
      { apiGroups: ['apps'], resources: ['*/status'] },
      { ...deploymentAttrs, subresource: 'status' },
      true,
    ],
    [
      '*/* on anything',
      { apiGroups: ['*'], resources: ['*/*'] },
      { ...deploymentAttrs, subresource: 'scale' },
      true,
    ],
    ['scope Namespaced on a pod', { scope: 'Namespaced' }, attrs(), true],
    ['scope Cluster on a pod', { scope: 'Cluster' }, attrs(), false],
    [
      'scope Namespaced on a Namespace',
      { scope: 'Namespaced', resources: ['namespaces'] },
      namespaceAttrs,
      false,
    ],
    ['scope Cluster on a Namespace', { scope: 'Cluster', resources: ['namespaces'] }, namespaceAttrs, true],
    [
      'scope Cluster on a cluster-scoped object',
      { scope: 'Cluster', resources: ['*'], apiGroups: ['*'] },
      attrs({
        namespace: '',
        resource: { group: 'rbac.authorization.k8s.io', version: 'v1', resource: 'clusterroles' },
      }),
      true,
    ],
    ['no scope (unset means *)', { scope: undefined }, attrs(), true],
  ])('%s', (_name, over, a, want) => {
    expect(ruleMatches(rule(over), a)).toBe(want);
  });
});

describe('isExemptAdmissionConfigurationResource', () => {
  it.each([
    ['MutatingWebhookConfiguration', true],
    ['ValidatingWebhookConfiguration', true],
    ['ValidatingAdmissionPolicy', true],
    ['SomethingElse', false],
  ])('%s → %s', (kind, want) => {
    expect(
      isExemptAdmissionConfigurationResource(
        attrs({ kind: { group: 'admissionregistration.k8s.io', version: 'v1', kind } }),
      ),
    ).toBe(want);
  });
  it('does not exempt a same-named kind of another group', () => {
    expect(
      isExemptAdmissionConfigurationResource(
        attrs({ kind: { group: 'example.com', version: 'v1', kind: 'MutatingWebhookConfiguration' } }),
      ),
    ).toBe(false);
  });
});
