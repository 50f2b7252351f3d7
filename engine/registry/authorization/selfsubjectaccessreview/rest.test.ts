import { describe, expect, it } from 'vitest';
import { StatusError } from '../../../api/errors/errors';
import {
  AuthorizationSelfSubjectAccessReview,
  type SelfSubjectAccessReview,
  type SelfSubjectAccessReviewSpec,
} from '../../../apis/authorization/types';
import type { Attributes, AuthorizationResult, Authorizer } from '../../../endpoints/filters/authorization';
import type { RequestContext, UserInfo } from '../../../endpoints/request/context';
import { newAuthorizer } from '../../../kubeapiserver/authorizer/config';
import type { RBACListers } from '../../../plugin/auth/authorizer/rbac/rbac';
import { setType } from '../../../runtime/object';
import { SelfSubjectAccessReviewREST } from './rest';

const jane: UserInfo = { name: 'jane', groups: ['system:authenticated'] };
const ctx = (user?: UserInfo): RequestContext => ({ namespace: '', ...(user ? { user } : {}) });
const review = (spec: SelfSubjectAccessReviewSpec, extra: Partial<SelfSubjectAccessReview> = {}) =>
  setType({ spec, ...extra }, AuthorizationSelfSubjectAccessReview) as SelfSubjectAccessReview;
const options = { dryRun: false };

/** Answers `result` and remembers what it was asked. */
function recording(result: AuthorizationResult): Authorizer & { asked: Attributes[] } {
  const asked: Attributes[] = [];
  return { asked, authorize: (a) => (asked.push(a), result) };
}

const rbacListers: RBACListers = {
  getRole: async (ns, name) =>
    ns === 'default' && name === 'pod-reader'
      ? {
          metadata: { namespace: ns, name },
          rules: [{ verbs: ['get', 'list'], apiGroups: [''], resources: ['pods'] }],
        }
      : null,
  getClusterRole: async () => null,
  listRoleBindings: async (ns) =>
    ns === 'default'
      ? [
          {
            metadata: { namespace: ns, name: 'read-pods' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
            subjects: [{ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: 'jane' }],
          },
          {
            metadata: { namespace: ns, name: 'dangling' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'gone' },
            subjects: [
              { kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'system:authenticated' },
            ],
          },
        ]
      : [],
  listClusterRoleBindings: async () => [],
};

describe('SelfSubjectAccessReview REST', () => {
  const rbac = new SelfSubjectAccessReviewREST(newAuthorizer(['RBAC'], rbacListers));

  it.each<[string, SelfSubjectAccessReviewSpec, SelfSubjectAccessReview['status']]>([
    [
      'allowed, with the binding as reason',
      { resourceAttributes: { namespace: 'default', verb: 'list', resource: 'pods' } },
      {
        allowed: true,
        reason: 'RBAC: allowed by RoleBinding "read-pods/default" of Role "pod-reader" to User "jane"',
      },
    ],
    [
      'not allowed: the dangling binding becomes the reason',
      { resourceAttributes: { namespace: 'default', verb: 'delete', resource: 'pods', name: 'web' } },
      { allowed: false, reason: 'RBAC: role.rbac.authorization.k8s.io "gone" not found' },
    ],
    [
      'not allowed in another namespace, with no reason',
      { resourceAttributes: { namespace: 'kube-system', verb: 'list', resource: 'pods' } },
      { allowed: false },
    ],
    ['a non-resource path', { nonResourceAttributes: { path: '/healthz', verb: 'get' } }, { allowed: false }],
  ])('%s', async (_name, spec, status) => {
    const got = (await rbac.create(ctx(jane), review(spec), null, options)) as SelfSubjectAccessReview;
    expect(got.status).toEqual(status);
    expect(got.spec).toEqual(spec);
  });

  it('asks about the requesting user, with every version when none is given', async () => {
    const authz = recording({ decision: 'allow', reason: '' });
    await new SelfSubjectAccessReviewREST(authz).create(
      ctx(jane),
      review({
        resourceAttributes: {
          namespace: 'default',
          verb: 'get',
          group: 'apps',
          resource: 'deployments',
          subresource: 'scale',
          name: 'web',
        },
      }),
      null,
      options,
    );
    expect(authz.asked).toEqual([
      {
        user: jane,
        verb: 'get',
        namespace: 'default',
        apiGroup: 'apps',
        apiVersion: '*',
        resource: 'deployments',
        subresource: 'scale',
        name: 'web',
        resourceRequest: true,
        path: '',
      },
    ]);
  });

  it.each<[string, AuthorizationResult, SelfSubjectAccessReview['status']]>([
    [
      'a deny sets denied',
      { decision: 'deny', reason: 'blocked by policy' },
      { allowed: false, denied: true, reason: 'blocked by policy' },
    ],
    [
      'an evaluation error is reported',
      { decision: 'noOpinion', reason: '', error: new Error('webhook unreachable') },
      { allowed: false, evaluationError: 'webhook unreachable' },
    ],
  ])('%s', async (_name, result, status) => {
    const got = (await new SelfSubjectAccessReviewREST(recording(result)).create(
      ctx(jane),
      review({ nonResourceAttributes: { path: '/metrics', verb: 'get' } }),
      null,
      options,
    )) as SelfSubjectAccessReview;
    expect(got.status).toEqual(status);
  });

  it.each([
    [
      'an unparsable raw label selector is ignored',
      { labelSelector: { rawSelector: 'app in (' } },
      'spec.resourceAttributes.labelSelector ignored due to parse error',
      undefined,
    ],
    [
      'an unknown operator drops only that requirement',
      {
        labelSelector: {
          requirements: [
            { key: 'app', operator: 'In', values: ['web'] },
            { key: 'x', operator: 'Newer' },
          ],
        },
      },
      'spec.resourceAttributes.labelSelector partially ignored due to parse error',
      'app in (web)',
    ],
    [
      'a field selector of one valid requirement',
      { fieldSelector: { requirements: [{ key: 'spec.nodeName', operator: 'In', values: ['n1'] }] } },
      undefined,
      undefined,
    ],
  ])('%s', async (_name, selectors, evaluationError, labelSelector) => {
    const authz = recording({ decision: 'noOpinion', reason: '' });
    const got = (await new SelfSubjectAccessReviewREST(authz).create(
      ctx(jane),
      review({ resourceAttributes: { verb: 'list', resource: 'pods', ...selectors } }),
      null,
      options,
    )) as SelfSubjectAccessReview;
    expect(got.status?.evaluationError).toBe(evaluationError);
    expect(authz.asked[0]?.labelSelector).toBe(labelSelector);
  });

  it('answers an invalid spec with 422 and never asks the authorizer', async () => {
    const authz = recording({ decision: 'allow', reason: '' });
    const err = await new SelfSubjectAccessReviewREST(authz)
      .create(ctx(jane), review({}), null, options)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        '.authorization.k8s.io "" is invalid: spec.resourceAttributes: Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
      reason: 'Invalid',
      details: {
        group: 'authorization.k8s.io',
        causes: [
          {
            reason: 'FieldValueInvalid',
            message:
              'Invalid value: "null": exactly one of nonResourceAttributes or resourceAttributes must be specified',
            field: 'spec.resourceAttributes',
          },
        ],
      },
      code: 422,
    });
    expect(authz.asked).toEqual([]);
  });

  it('refuses a request without a user with 400', async () => {
    const err = await rbac
      .create(ctx(), review({ nonResourceAttributes: { path: '/', verb: 'get' } }), null, options)
      .catch((e: unknown) => e);
    expect((err as StatusError).status.code).toBe(400);
    expect((err as StatusError).message).toBe('no user present on request');
  });

  it('runs validating admission on a copy before authorizing, and stops when it refuses', async () => {
    const authz = recording({ decision: 'allow', reason: '' });
    const seen: unknown[] = [];
    const obj = review({ nonResourceAttributes: { path: '/', verb: 'get' } });
    const err = await new SelfSubjectAccessReviewREST(authz)
      .create(
        ctx(jane),
        obj,
        (o) => {
          seen.push(o);
          throw new Error('denied by admission');
        },
        options,
      )
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('denied by admission');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(obj);
    expect(authz.asked).toEqual([]);
    expect(obj.status).toBeUndefined();
  });

  it('is a cluster-scoped, create-only resource', () => {
    const r = new SelfSubjectAccessReviewREST(recording({ decision: 'allow', reason: '' }));
    expect(r.namespaceScoped()).toBe(false);
    expect(r.singularName).toBe('selfsubjectaccessreview');
    expect('get' in r || 'list' in r || 'delete' in r || 'update' in r).toBe(false);
  });
});
