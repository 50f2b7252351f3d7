import { describe, expect, it } from 'vitest';
import type { Secret } from '../secret_types';
import { utf8ToBase64 } from '../v1/structural_copy';
import { unmarshalMapError, validateSecret, validateSecretUpdate } from './secret';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const meta = { name: 's', namespace: 'default' };
const b64 = utf8ToBase64;

describe('validateSecret', () => {
  it.each<[string, Secret, string[]]>([
    ['opaque', { metadata: meta, type: 'Opaque', data: { password: b64('hunter2') } }, []],
    ['no type', { metadata: meta, data: {} }, []],
    ['unknown types are accepted', { metadata: meta, type: 'example.com/custom' }, []],
    [
      'bad key',
      { metadata: meta, type: 'Opaque', data: { 'a b': '' } },
      [
        `data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
      ],
    ],
    [
      'over 1 MiB of decoded data',
      { metadata: meta, type: 'Opaque', data: { a: 'A'.repeat((1024 * 1024 * 4) / 3 + 4) } },
      ['data: Too long: may not be more than 1048576 bytes'],
    ],
    [
      'tls without keys',
      { metadata: meta, type: 'kubernetes.io/tls', data: {} },
      ['data[tls.crt]: Required value', 'data[tls.key]: Required value'],
    ],
    [
      'tls with (empty) keys',
      { metadata: meta, type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } },
      [],
    ],
    [
      'basic-auth needs username or password',
      { metadata: meta, type: 'kubernetes.io/basic-auth', data: {} },
      ['data[username]: Required value', 'data[password]: Required value'],
    ],
    [
      'basic-auth with an empty password',
      { metadata: meta, type: 'kubernetes.io/basic-auth', data: { password: '' } },
      [],
    ],
    [
      'ssh-auth needs a non-empty key',
      { metadata: meta, type: 'kubernetes.io/ssh-auth', data: { 'ssh-privatekey': '' } },
      ['data[ssh-privatekey]: Required value'],
    ],
    [
      'service-account-token needs the name annotation',
      { metadata: meta, type: 'kubernetes.io/service-account-token' },
      ['metadata.annotations[kubernetes.io/service-account.name]: Required value'],
    ],
    [
      'service-account-token with annotation',
      {
        metadata: { ...meta, annotations: { 'kubernetes.io/service-account.name': 'default' } },
        type: 'kubernetes.io/service-account-token',
      },
      [],
    ],
    [
      'dockerconfigjson missing',
      { metadata: meta, type: 'kubernetes.io/dockerconfigjson', data: {} },
      ['data[.dockerconfigjson]: Required value'],
    ],
    [
      'dockerconfigjson not JSON',
      {
        metadata: meta,
        type: 'kubernetes.io/dockerconfigjson',
        data: { '.dockerconfigjson': b64('{auths') },
      },
      [
        `data[.dockerconfigjson]: Invalid value: "<secret contents redacted>": invalid character 'a' looking for beginning of object key string`,
      ],
    ],
    [
      'dockercfg is a JSON array',
      { metadata: meta, type: 'kubernetes.io/dockercfg', data: { '.dockercfg': b64('[]') } },
      [
        'data[.dockercfg]: Invalid value: "<secret contents redacted>": json: cannot unmarshal array into Go value of type map[string]interface {}',
      ],
    ],
    [
      'dockerconfigjson valid',
      {
        metadata: meta,
        type: 'kubernetes.io/dockerconfigjson',
        data: { '.dockerconfigjson': b64('{"auths":{}}') },
      },
      [],
    ],
  ])('%s', (_name, s, want) => {
    expect(msgs(validateSecret(s))).toEqual(want);
  });

  it.each<[string, string | null]>([
    ['{}', null],
    ['null', null],
    ['', 'unexpected end of JSON input'],
    ['"x"', 'json: cannot unmarshal string into Go value of type map[string]interface {}'],
    ['1', 'json: cannot unmarshal number into Go value of type map[string]interface {}'],
  ])('json.Unmarshal(%j) into a map', (text, want) => {
    expect(unmarshalMapError(text)).toBe(want);
  });
});

describe('validateSecretUpdate', () => {
  const m = { ...meta, resourceVersion: '3' };
  it.each<[string, Secret, Secret, string[]]>([
    [
      'data may change',
      { metadata: m, type: 'Opaque', data: { a: 'Yg==' } },
      { metadata: m, type: 'Opaque', data: { a: 'YQ==' } },
      [],
    ],
    [
      'type is immutable',
      { metadata: m, type: 'kubernetes.io/tls', data: { 'tls.crt': '', 'tls.key': '' } },
      { metadata: m, type: 'Opaque' },
      ['type: Invalid value: "kubernetes.io/tls": field is immutable'],
    ],
    [
      'immutable data',
      { metadata: m, type: 'Opaque', immutable: true, data: { a: 'Yg==' } },
      { metadata: m, type: 'Opaque', immutable: true, data: { a: 'YQ==' } },
      ['data: Forbidden: field is immutable when `immutable` is set'],
    ],
    [
      'immutable cannot be unset',
      { metadata: m, type: 'Opaque', immutable: false, data: { a: 'YQ==' } },
      { metadata: m, type: 'Opaque', immutable: true, data: { a: 'YQ==' } },
      ['immutable: Forbidden: field is immutable when `immutable` is set'],
    ],
  ])('%s', (_name, n, o, want) => {
    expect(msgs(validateSecretUpdate(n, o))).toEqual(want);
  });
});
