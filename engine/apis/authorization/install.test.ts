import { describe, expect, it } from 'vitest';
import { typeOf } from '../../runtime/object';
import { groupVersioner, internalGroupVersioner, Scheme } from '../../runtime/scheme';
import { CodecFactory } from '../../runtime/serializer/codec_factory';
import { installAuthorization } from './install';
import { AuthorizationSelfSubjectAccessReview, AuthorizationSubjectAccessReview } from './types';

const newCodecs = () => {
  const scheme = new Scheme('pkg/api/legacyscheme/scheme.go:30');
  installAuthorization(scheme);
  return new CodecFactory(scheme);
};

const v1 = { group: 'authorization.k8s.io', version: 'v1' };

describe('installAuthorization', () => {
  it('serves authorization.k8s.io/v1 with both access reviews', () => {
    const codecs = newCodecs();
    expect(codecs.scheme.prioritizedVersionsForGroup('authorization.k8s.io')).toEqual([v1]);
    expect([...codecs.scheme.knownTypes(v1).keys()].sort()).toEqual([
      'SelfSubjectAccessReview',
      'SubjectAccessReview',
    ]);
    expect(codecs.scheme.conversionsOf(AuthorizationSubjectAccessReview).map((c) => c.name)).toEqual([
      'Convert_authorization_SubjectAccessReview_To_v1_SubjectAccessReview',
    ]);
  });

  it('decodes a v1 review into the internal type and encodes it back in Go field order', () => {
    const codecs = newCodecs();
    const body = JSON.stringify({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { verb: 'list', resource: 'pods', namespace: 'default' } },
    });
    const decoded = codecs
      .decoderToVersion(codecs.supportedMediaTypes()[0]!.strictSerializer, internalGroupVersioner)
      .decode(body, null, null).obj;
    expect(typeOf(decoded)).toBe(AuthorizationSelfSubjectAccessReview);
    expect(decoded.apiVersion).toBeUndefined();
    decoded.status = { allowed: false, reason: 'x' };
    const encoded = codecs.encoderForVersion(codecs.json(), groupVersioner(v1)).encode(decoded);
    expect(JSON.parse(encoded)).toEqual({
      kind: 'SelfSubjectAccessReview',
      apiVersion: 'authorization.k8s.io/v1',
      metadata: JSON.parse(encoded).metadata,
      spec: { resourceAttributes: { namespace: 'default', verb: 'list', resource: 'pods' } },
      status: { allowed: false, reason: 'x' },
    });
    // Go order: namespace before verb, and `allowed` (no omitempty) is always written
    expect(encoded).toContain(
      '"spec":{"resourceAttributes":{"namespace":"default","verb":"list","resource":"pods"}}',
    );
    expect(encoded).toContain('"status":{"allowed":false,"reason":"x"}');
  });

  it('reports unknown fields in strict decoding', () => {
    const codecs = newCodecs();
    const body = JSON.stringify({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SubjectAccessReview',
      spec: { user: 'jane', resourceAttributes: { verb: 'get', resources: 'pods' } },
    });
    const out = codecs
      .decoderToVersion(codecs.supportedMediaTypes()[0]!.strictSerializer, internalGroupVersioner)
      .decode(body, null, null);
    expect(out.strictErrors.map((e) => String(e))).toEqual([
      'unknown field "spec.resourceAttributes.resources"',
    ]);
  });
});
