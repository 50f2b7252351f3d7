import { describe, expect, it } from 'vitest';
import type { ConfigMap } from '../configmap_types';
import { validateConfigMap, validateConfigMapUpdate } from './configmap';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const keyMsg =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";
const meta = { name: 'cfg', namespace: 'default' };

describe('validateConfigMap', () => {
  it.each<[string, ConfigMap, string[]]>([
    [
      'valid',
      { metadata: meta, data: { 'app.properties': 'a=b', KEY_1: 'x' }, binaryData: { 'blob.bin': 'AAEC' } },
      [],
    ],
    ['empty', { metadata: meta, data: {} }, []],
    ['missing namespace', { metadata: { name: 'cfg' } }, ['metadata.namespace: Required value']],
    ['bad key', { metadata: meta, data: { 'a b': 'x' } }, [`data[a b]: Invalid value: "a b": ${keyMsg}`]],
    [
      'dot-dot key',
      { metadata: meta, data: { '..': 'x' } },
      [`data[..]: Invalid value: "..": must not be '..'`],
    ],
    [
      '..-prefixed key',
      { metadata: meta, data: { '..data': 'x' } },
      [`data[..data]: Invalid value: "..data": must not start with '..'`],
    ],
    [
      'bad binary key',
      { metadata: meta, binaryData: { 'a/b': 'AA==' } },
      [`binaryData[a/b]: Invalid value: "a/b": ${keyMsg}`],
    ],
    [
      'key in both data and binaryData',
      { metadata: meta, data: { k: 'x' }, binaryData: { k: 'AA==' } },
      ['data[k]: Invalid value: "k": duplicate of key present in binaryData'],
    ],
    [
      'over 1 MiB in total (data plus decoded binaryData)',
      { metadata: meta, data: { a: 'x'.repeat(1024 * 1024 - 2) }, binaryData: { b: 'AAAA' } },
      ['[]: Too long: may not be more than 1048576 bytes'],
    ],
    ['exactly 1 MiB', { metadata: meta, data: { a: 'x'.repeat(1024 * 1024) } }, []],
    [
      'multi-byte values count in bytes',
      { metadata: meta, data: { a: 'é'.repeat(512 * 1024 + 1) } },
      ['[]: Too long: may not be more than 1048576 bytes'],
    ],
  ])('%s', (_name, cm, want) => {
    expect(msgs(validateConfigMap(cm))).toEqual(want);
  });
});

describe('validateConfigMapUpdate', () => {
  const m = { ...meta, resourceVersion: '5' };
  const immutable: ConfigMap = { metadata: m, immutable: true, data: { a: '1' } };
  it.each<[string, ConfigMap, ConfigMap, string[]]>([
    ['mutable data may change', { metadata: m, data: { a: '2' } }, { metadata: m, data: { a: '1' } }, []],
    ['immutable, unchanged', { metadata: m, immutable: true, data: { a: '1' } }, immutable, []],
    [
      'immutable data changed',
      { metadata: m, immutable: true, data: { a: '2' } },
      immutable,
      ['data: Forbidden: field is immutable when `immutable` is set'],
    ],
    [
      'immutable unset',
      { metadata: m, data: { a: '1' } },
      immutable,
      ['immutable: Forbidden: field is immutable when `immutable` is set'],
    ],
    [
      'binaryData {} is not nil (reflect.DeepEqual)',
      { metadata: m, immutable: true, data: { a: '1' }, binaryData: {} },
      immutable,
      ['binaryData: Forbidden: field is immutable when `immutable` is set'],
    ],
    [
      'may become immutable',
      { metadata: m, immutable: true, data: { a: '1' } },
      { metadata: m, data: { a: '1' } },
      [],
    ],
    [
      'resourceVersion required',
      { metadata: meta, data: {} },
      { metadata: m, data: {} },
      ['metadata.resourceVersion: Invalid value: "": must be specified for an update'],
    ],
  ])('%s', (_name, n, o, want) => {
    expect(msgs(validateConfigMapUpdate(n, o))).toEqual(want);
  });
});
