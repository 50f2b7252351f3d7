import { describe, expect, it } from 'vitest';
import { utf8ToBase64 } from '../../../apis/core/v1/structural_copy';
import { getAttrs, secretStrategy, warningsForSecret, x509KeyPairError } from './strategy';

const ctx = { namespace: 'default' };
const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const pem = (type: string) => `-----BEGIN ${type}-----\nTUlJQg==\n-----END ${type}-----\n`;

describe('secretStrategy', () => {
  it('an update without a type keeps the stored type', () => {
    const old = {
      metadata: { name: 's', namespace: 'default', resourceVersion: '1' },
      type: 'kubernetes.io/basic-auth',
      data: { username: '' },
    };
    const next = {
      metadata: { name: 's', namespace: 'default', resourceVersion: '1' },
      data: { username: '' },
    };
    secretStrategy.prepareForUpdate(ctx, next, old);
    expect(next).toMatchObject({ type: 'kubernetes.io/basic-auth' });
    expect(msgs(secretStrategy.validateUpdate(ctx, next, old))).toEqual([]);
  });

  it('the type is immutable', () => {
    const old = { metadata: { name: 's', namespace: 'default', resourceVersion: '1' }, type: 'Opaque' };
    const next = {
      metadata: { name: 's', namespace: 'default', resourceVersion: '1' },
      type: 'example.com/x',
    };
    secretStrategy.prepareForUpdate(ctx, next, old);
    expect(msgs(secretStrategy.validateUpdate(ctx, next, old))).toEqual([
      'type: Invalid value: "example.com/x": field is immutable',
    ]);
  });

  it.each<[string, string, string | null]>([
    ['a certificate and a key', pem('CERTIFICATE') + pem('CERTIFICATE'), null],
    ['nothing', '', 'tls: failed to find any PEM data in certificate input'],
    [
      'switched inputs',
      pem('RSA PRIVATE KEY'),
      'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched',
    ],
    [
      'other blocks',
      pem('PUBLIC KEY') + pem('X'),
      'tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [PUBLIC KEY X]',
    ],
  ])('x509KeyPair cert: %s', (_name, cert, want) => {
    expect(x509KeyPairError(cert, pem('EC PRIVATE KEY'))).toBe(want);
  });

  it.each<[string, string, string | null]>([
    ['PKCS#8 key', pem('PRIVATE KEY'), null],
    ['no key', 'garbage', 'tls: failed to find any PEM data in key input'],
    [
      'a certificate',
      pem('CERTIFICATE'),
      'tls: found a certificate rather than a key in the PEM for the private key',
    ],
  ])('x509KeyPair key: %s', (_name, key, want) => {
    expect(x509KeyPairError(pem('CERTIFICATE'), key)).toBe(want);
  });

  it('TLS secrets warn when the pair does not load', () => {
    const s = {
      metadata: { name: 's' },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': utf8ToBase64('x'), 'tls.key': '' },
    };
    expect(warningsForSecret(s)).toEqual(['tls: failed to find any PEM data in certificate input']);
    expect(secretStrategy.warningsOnCreate(ctx, s)).toEqual([
      'tls: failed to find any PEM data in certificate input',
    ]);
    expect(warningsForSecret({ type: 'Opaque' })).toEqual([]);
  });

  it('getAttrs includes type', () => {
    expect(getAttrs({ metadata: { name: 's', namespace: 'ns' }, type: 'Opaque' }).fields).toEqual({
      'metadata.name': 's',
      'metadata.namespace': 'ns',
      type: 'Opaque',
    });
  });
});
