import { describe, expect, it } from 'vitest';
import { Chain } from '../../../admission/interfaces';
import { newLegacyScheme } from '../../../api/legacyscheme/scheme';
import { StatusError } from '../../../api/errors/errors';
import { AuthenticationSelfSubjectReview } from '../../../apis/authentication/types';
import { newAuthenticationRESTStorage } from '../../../controlplane/storage_authentication';
import { toRequest, type HTTPRequest } from '../../../controlplane/request';
import type { UserInfo } from '../../../endpoints/request/context';
import { parseTokenFile } from '../../../authentication/token/tokenfile/tokenfile';
import { newAuthenticator } from '../../../kubeapiserver/authenticator/config';
import { setType, typeOf } from '../../../runtime/object';
import { defaultBuildHandlerChain, newHandlerChainConfig, noTimers } from '../../../server/config';
import { GenericAPIServer } from '../../../server/genericapiserver';
import { RecordingResponseWriter } from '../../../server/http';
import { newNotFoundHandler } from '../../../util/notfoundhandler/notfoundhandler';
import { SelfSubjectReviewREST } from './rest';

const now = () => new Date('2025-08-27T10:00:00Z');
const review = () => setType({}, AuthenticationSelfSubjectReview);

describe('SelfSubjectReviewREST.create', () => {
  it.each<[string, UserInfo, unknown]>([
    [
      'a user with everything',
      { name: 'jane', uid: '1001', groups: ['dev', 'system:authenticated'], extra: { scopes: ['a', 'b'] } },
      {
        username: 'jane',
        uid: '1001',
        groups: ['dev', 'system:authenticated'],
        extra: { scopes: ['a', 'b'] },
      },
    ],
    ['a bare user (empty fields are left out)', { name: 'bob', groups: [], extra: {} }, { username: 'bob' }],
  ])('answers with %s', async (_name, user, userInfo) => {
    const got = await new SelfSubjectReviewREST(now).create(
      { namespace: '', user },
      setType(
        { metadata: { name: 'ignored', labels: { a: 'b' } }, status: { userInfo: { username: 'me' } } },
        AuthenticationSelfSubjectReview,
      ),
      null,
      { dryRun: false },
    );
    expect(typeOf(got)).toBe(AuthenticationSelfSubjectReview);
    expect(got).toEqual({ metadata: { creationTimestamp: '2025-08-27T10:00:00Z' }, status: { userInfo } });
  });

  it('returns copies: changing the answer does not change the request user', async () => {
    const user: UserInfo = { name: 'jane', groups: ['dev'], extra: { k: ['v'] } };
    const got = (await new SelfSubjectReviewREST(now).create({ namespace: '', user }, review(), null, {
      dryRun: false,
    })) as { status: { userInfo: { groups: string[]; extra: Record<string, string[]> } } };
    got.status.userInfo.groups.push('x');
    got.status.userInfo.extra['k']!.push('x');
    expect(user).toEqual({ name: 'jane', groups: ['dev'], extra: { k: ['v'] } });
  });

  it.each<[string, () => Promise<unknown>, number, string]>([
    [
      'no user on the request',
      () => new SelfSubjectReviewREST(now).create({ namespace: '' }, review(), null, { dryRun: false }),
      400,
      'no user present on request',
    ],
    [
      'another kind of object',
      () =>
        new SelfSubjectReviewREST(now).create(
          { namespace: '', user: { name: 'jane', groups: [] } },
          setType({}, { pkg: 'k8s.io/kubernetes/pkg/apis/core', name: 'Pod' }),
          null,
          { dryRun: false },
        ),
      400,
      'not a SelfSubjectReview: {}',
    ],
  ])('refuses %s', async (_name, call, code, message) => {
    const err = await call().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toMatchObject({ code, message, reason: 'BadRequest' });
  });

  it('runs validating admission on a copy, and stops on its error', async () => {
    const seen: unknown[] = [];
    const obj = review();
    const err = await new SelfSubjectReviewREST(now)
      .create(
        { namespace: '', user: { name: 'jane', groups: [] } },
        obj,
        (o) => {
          seen.push(o);
          throw new Error('denied by policy');
        },
        { dryRun: false },
      )
      .catch((e: unknown) => e);
    expect((err as Error).message).toBe('denied by policy');
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(obj);
  });
});

describe('POST /apis/authentication.k8s.io/v1/selfsubjectreviews (kubectl auth whoami)', () => {
  const tokens = parseTokenFile('abc,jane,1001,"dev,ops"\nroot-token,root,0,system:masters\n');

  function newServer() {
    const { scheme, codecs } = newLegacyScheme();
    const chainConfig = newHandlerChainConfig({
      authenticator: newAuthenticator({ tokens, anonymous: true }),
      timers: noTimers,
      now,
      muxAndDiscoveryComplete: () => true,
    });
    const s = new GenericAPIServer(
      'kube-apiserver',
      {
        admit: new Chain([]),
        maxRequestBodyBytes: 3 * 1024 * 1024,
        now,
        publicAddress: '10.0.0.1',
        enableDiscovery: true,
        buildHandlerChain: (director) => defaultBuildHandlerChain(director, chainConfig),
      },
      null,
      newNotFoundHandler(),
    );
    s.installAPIGroups({
      prioritizedVersions: scheme.prioritizedVersionsForGroup('authentication.k8s.io'),
      versionedResourcesStorageMap: newAuthenticationRESTStorage({
        env: { now, uid: () => 'uid', random: () => 0 },
      }),
      scheme,
      codecs,
    });
    return s;
  }

  async function send(r: HTTPRequest) {
    const w = new RecordingResponseWriter();
    await newServer().handler.fullHandlerChain(w, toRequest(r));
    return w;
  }

  // what kubectl auth whoami sends
  const whoami = (headers: Record<string, string>, query = '') => ({
    method: 'POST',
    path: `/apis/authentication.k8s.io/v1/selfsubjectreviews${query}`,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: '{"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":null},"status":{"userInfo":{}}}',
  });

  it.each<[string, Record<string, string>, string]>([
    [
      'a token user, in system:authenticated',
      { Authorization: 'Bearer abc' },
      '{"username":"jane","uid":"1001","groups":["dev","ops","system:authenticated"]}',
    ],
    ['no token: system:anonymous', {}, '{"username":"system:anonymous","groups":["system:unauthenticated"]}'],
    [
      'an impersonated user (--as)',
      { Authorization: 'Bearer root-token', 'Impersonate-User': 'bob', 'Impersonate-Group': 'qa' },
      '{"username":"bob","groups":["qa","system:authenticated"]}',
    ],
  ])('answers 201 with %s', async (_name, headers, userInfo) => {
    const w = await send(whoami(headers));
    expect(w.status).toBe(201);
    expect(w.body).toBe(
      `{"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":"2025-08-27T10:00:00Z"},"status":{"userInfo":${userInfo}}}\n`,
    );
  });

  it('answers a bad token with 401', async () => {
    const w = await send(whoami({ Authorization: 'Bearer nope' }));
    expect(w.status).toBe(401);
    expect(JSON.parse(w.body)).toMatchObject({ reason: 'Unauthorized', message: 'Unauthorized' });
  });

  it('refuses unknown fields under fieldValidation=Strict', async () => {
    const r = whoami({ Authorization: 'Bearer abc' }, '?fieldValidation=Strict');
    r.body = '{"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1","spec":{}}';
    const w = await send(r);
    expect(w.status).toBe(400);
    expect(JSON.parse(w.body)).toMatchObject({
      reason: 'BadRequest',
      message:
        'SelfSubjectReview in version "v1" cannot be handled as a SelfSubjectReview: strict decoding error: unknown field "spec"',
    });
  });

  it('is create-only: a GET is 405 MethodNotAllowed', async () => {
    const w = await send({
      method: 'GET',
      path: '/apis/authentication.k8s.io/v1/selfsubjectreviews',
      headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
    });
    expect(w.status).toBe(405);
    expect(w.body).toBe(
      '{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server does not allow this method on the requested resource","reason":"MethodNotAllowed","details":{},"code":405}\n',
    );
  });

  it('discovery lists the one verb', async () => {
    const w = await send({
      method: 'GET',
      path: '/apis/authentication.k8s.io/v1',
      headers: { Authorization: 'Bearer abc', Accept: 'application/json' },
    });
    expect(w.status).toBe(200);
    // (storageVersionHash is the installer's business; Go lists none for storage without a StorageVersion)
    expect(JSON.parse(w.body).resources).toMatchObject([
      {
        name: 'selfsubjectreviews',
        singularName: 'selfsubjectreview',
        namespaced: false,
        kind: 'SelfSubjectReview',
        verbs: ['create'],
      },
    ]);
  });
});
