import { describe, expect, it } from 'vitest';
import type { StatusError } from '../../../api/errors/errors';
import {
  AuthorizationSubjectAccessReview,
  type SubjectAccessReview,
  type SubjectAccessReviewSpec,
} from '../../../apis/authorization/types';
import type { Attributes } from '../../../endpoints/filters/authorization';
import type { RequestContext } from '../../../endpoints/request/context';
import { newAuthorizer } from '../../../kubeapiserver/authorizer/config';
import type { RBACListers } from '../../../plugin/auth/authorizer/rbac/rbac';
import { setType } from '../../../runtime/object';
import { SubjectAccessReviewREST } from './rest';

const admin: RequestContext = { namespace: '', user: { name: 'admin', groups: ['system:masters'] } };
const review = (spec: SubjectAccessReviewSpec) =>
  setType({ spec }, AuthorizationSubjectAccessReview) as SubjectAccessReview;
const options = { dryRun: false };

const listers: RBACListers = {
  getRole: async () => null,
  getClusterRole: async (name) =>
    name === 'edit'
      ? { metadata: { name }, rules: [{ verbs: ['*'], apiGroups: ['', 'apps'], resources: ['*'] }] }
      : null,
  listRoleBindings: async () => [],
  listClusterRoleBindings: async () => [
    {
      metadata: { name: 'ops-edit' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' },
      subjects: [{ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: 'ops' }],
    },
  ],
};

describe('SubjectAccessReview REST', () => {
  const rest = new SubjectAccessReviewREST(newAuthorizer(['RBAC'], listers));
  const deleteDeployments = {
    verb: 'delete',
    group: 'apps',
    resource: 'deployments',
    namespace: 'prod',
    name: 'web',
  };

  it.each<[string, SubjectAccessReviewSpec, SubjectAccessReview['status']]>([
    [
      'a member of a bound group',
      { user: 'sam', groups: ['ops'], resourceAttributes: deleteDeployments },
      {
        allowed: true,
        reason: 'RBAC: allowed by ClusterRoleBinding "ops-edit" of ClusterRole "edit" to Group "ops"',
      },
    ],
    [
      'the same user without the group',
      { user: 'sam', resourceAttributes: deleteDeployments },
      { allowed: false },
    ],
    [
      'the user in the spec counts, not the caller (who is in system:masters)',
      { user: 'mallory', resourceAttributes: deleteDeployments },
      { allowed: false },
    ],
    [
      'groups alone',
      { groups: ['system:masters'], nonResourceAttributes: { path: '/metrics', verb: 'get' } },
      { allowed: true },
    ],
  ])('%s', async (_name, spec, status) => {
    const got = (await rest.create(admin, review(spec), null, options)) as SubjectAccessReview;
    expect(got.status).toEqual(status);
  });

  it('builds the user from spec.user, groups, uid and extra', async () => {
    const asked: Attributes[] = [];
    await new SubjectAccessReviewREST({
      authorize: (a) => (asked.push(a), { decision: 'noOpinion', reason: '' }),
    }).create(
      admin,
      review({
        user: 'jane',
        groups: ['dev'],
        uid: 'u-1',
        extra: { scopes: ['a'] },
        nonResourceAttributes: { path: '/healthz', verb: 'get' },
      }),
      null,
      options,
    );
    expect(asked[0]?.user).toEqual({ name: 'jane', groups: ['dev'], uid: 'u-1', extra: { scopes: ['a'] } });
    expect(asked[0]?.resourceRequest).toBe(false);
    expect(asked[0]?.path).toBe('/healthz');
  });

  it('answers a spec without user or groups with 422', async () => {
    const err = (await rest
      .create(admin, review({ resourceAttributes: deleteDeployments }), null, options)
      .catch((e: unknown) => e)) as StatusError;
    expect(err.status.code).toBe(422);
    expect(err.message).toBe(
      '.authorization.k8s.io "" is invalid: spec.user: Invalid value: "": at least one of user or group must be specified',
    );
  });
});
