import { describe, expect, it } from 'vitest';
import type { Attributes } from '../../endpoints/filters/authorization';
import type { UserInfo } from '../../endpoints/request/context';
import { newAlwaysAllowAuthorizer, newAlwaysDenyAuthorizer, newPrivilegedGroups } from './builtin';

const attrs = (user?: UserInfo): Attributes => ({
  ...(user ? { user } : {}),
  verb: 'delete',
  namespace: '',
  apiGroup: '',
  apiVersion: 'v1',
  resource: 'nodes',
  subresource: '',
  name: 'n1',
  resourceRequest: true,
  path: '/api/v1/nodes/n1',
});

describe('builtin authorizers', () => {
  it('AlwaysAllow allows anyone with an empty reason', async () => {
    expect(await newAlwaysAllowAuthorizer().authorize(attrs())).toEqual({ decision: 'allow', reason: '' });
  });

  it('AlwaysDeny has no opinion and says why', async () => {
    expect(
      await newAlwaysDenyAuthorizer().authorize(attrs({ name: 'admin', groups: ['system:masters'] })),
    ).toEqual({
      decision: 'noOpinion',
      reason: 'Everything is forbidden.',
    });
  });

  it.each([
    [
      'a member of a privileged group',
      { name: 'admin', groups: ['system:authenticated', 'system:masters'] },
      { decision: 'allow', reason: '' },
    ],
    [
      'a member of another privileged group',
      { name: 'x', groups: ['ops'] },
      { decision: 'allow', reason: '' },
    ],
    [
      'someone else',
      { name: 'jane', groups: ['system:authenticated'] },
      { decision: 'noOpinion', reason: '' },
    ],
    [
      'a user named like the group',
      { name: 'system:masters', groups: [] },
      { decision: 'noOpinion', reason: '' },
    ],
  ])('privileged groups: %s', async (_name, user, want) => {
    expect(await newPrivilegedGroups('system:masters', 'ops').authorize(attrs(user))).toEqual(want);
  });

  it('privileged groups: a request without a user is an error', async () => {
    const got = await newPrivilegedGroups('system:masters').authorize(attrs());
    expect(got.decision).toBe('noOpinion');
    expect(got.reason).toBe('Error');
    expect(got.error?.message).toBe('no user on request.');
  });
});
