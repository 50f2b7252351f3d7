import { describe, expect, it } from 'vitest';
import { setType, typeOf } from '../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../runtime/scheme';
import { installAuthentication } from './install';
import { AuthenticationSelfSubjectReview } from './types';
import { V1SelfSubjectReview } from './v1/types';

const newScheme = () => {
  const s = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  installAuthentication(s);
  return s;
};

describe('installAuthentication', () => {
  it('serves SelfSubjectReview in authentication.k8s.io/v1 only', () => {
    const s = newScheme();
    expect(s.prioritizedVersionsForGroup('authentication.k8s.io')).toEqual([
      { group: 'authentication.k8s.io', version: 'v1' },
    ]);
    expect([...s.knownTypes({ group: 'authentication.k8s.io', version: 'v1' }).keys()]).toEqual([
      'SelfSubjectReview',
    ]);
    expect(s.typeFor({ group: 'authentication.k8s.io', version: 'v1', kind: 'SelfSubjectReview' })).toBe(
      V1SelfSubjectReview,
    );
  });

  it('names the conversions like the generated Go functions', () => {
    const s = newScheme();
    expect(s.conversionsOf(V1SelfSubjectReview).map((c) => c.name)).toEqual([
      'Convert_v1_SelfSubjectReview_To_authentication_SelfSubjectReview',
    ]);
    expect(s.conversionsOf(AuthenticationSelfSubjectReview).map((c) => c.name)).toEqual([
      'Convert_authentication_SelfSubjectReview_To_v1_SelfSubjectReview',
    ]);
  });

  it('round-trips a review through the internal version, extra keys included', () => {
    const s = newScheme();
    const extra = JSON.parse('{"__proto__":["x"],"scopes":["a","b"]}') as Record<string, string[]>;
    const v1 = setType(
      {
        apiVersion: 'authentication.k8s.io/v1',
        kind: 'SelfSubjectReview',
        metadata: { creationTimestamp: '2025-08-27T10:00:00Z' },
        status: { userInfo: { username: 'jane', uid: '1', groups: ['dev'], extra } },
      },
      V1SelfSubjectReview,
    );
    const internal = s.convertToVersion(v1, internalGroupVersioner);
    expect(typeOf(internal)).toBe(AuthenticationSelfSubjectReview);
    expect(Object.hasOwn(internal.status as object, 'userInfo')).toBe(true);
    const back = s.convertToVersion(
      internal,
      groupVersioner({ group: 'authentication.k8s.io', version: 'v1' }),
    );
    expect(typeOf(back)).toBe(V1SelfSubjectReview);
    expect(back).toEqual(v1);
    expect(Object.keys((back.status as { userInfo: { extra: object } }).userInfo.extra)).toEqual([
      '__proto__',
      'scopes',
    ]);
  });
});
