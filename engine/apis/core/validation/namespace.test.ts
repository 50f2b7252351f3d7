import { describe, expect, it } from 'vitest';
import type { Namespace } from '../namespace_types';
import {
  validateNamespace,
  validateNamespaceFinalizeUpdate,
  validateNamespaceStatusUpdate,
  validateNamespaceUpdate,
} from './namespace';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());
const labelMsg =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('validateNamespace', () => {
  it.each<[string, Namespace, string[]]>([
    ['valid', { metadata: { name: 'dev' }, spec: { finalizers: ['kubernetes'] } }, []],
    [
      'standard finalizers',
      { metadata: { name: 'dev' }, spec: { finalizers: ['orphan', 'foregroundDeletion'] } },
      [],
    ],
    ['qualified finalizer', { metadata: { name: 'dev' }, spec: { finalizers: ['example.com/cleanup'] } }, []],
    ['missing name', { metadata: {} }, ['metadata.name: Required value: name or generateName is required']],
    ['uppercase name', { metadata: { name: 'Dev' } }, [`metadata.name: Invalid value: "Dev": ${labelMsg}`]],
    [
      'dotted name',
      { metadata: { name: 'a.b' } },
      ['metadata.name: Invalid value: "a.b": must not contain dots'],
    ],
    [
      'namespace set',
      { metadata: { name: 'dev', namespace: 'x' } },
      ['metadata.namespace: Forbidden: not allowed on this type'],
    ],
    [
      'unqualified non-standard finalizer (path has no index, as in Go)',
      { metadata: { name: 'dev' }, spec: { finalizers: ['kubernetes', 'cleanup'] } },
      [
        'spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
      ],
    ],
  ])('%s', (_name, ns, want) => {
    expect(msgs(validateNamespace(ns))).toEqual(want);
  });
});

describe('namespace updates', () => {
  const old: Namespace = { metadata: { name: 'dev', resourceVersion: '1' }, status: { phase: 'Active' } };

  it('checks the metadata only', () => {
    expect(msgs(validateNamespaceUpdate({ metadata: { name: 'dev', resourceVersion: '1' } }, old))).toEqual(
      [],
    );
    expect(msgs(validateNamespaceUpdate({ metadata: { name: 'prod', resourceVersion: '1' } }, old))).toEqual([
      'metadata.name: Invalid value: "prod": field is immutable',
    ]);
  });

  it.each<[string, Namespace, string[]]>([
    [
      'Active without deletionTimestamp',
      { metadata: { name: 'dev', resourceVersion: '1' }, status: { phase: 'Active' } },
      [],
    ],
    [
      'Terminating without deletionTimestamp',
      { metadata: { name: 'dev', resourceVersion: '1' }, status: { phase: 'Terminating' } },
      ['status.Phase: Invalid value: "Terminating": may only be \'Active\' if `deletionTimestamp` is empty'],
    ],
    [
      'Active while deleting',
      {
        metadata: { name: 'dev', resourceVersion: '1', deletionTimestamp: '2025-01-01T00:00:00Z' },
        status: { phase: 'Active' },
      },
      [
        'status.Phase: Invalid value: "Active": may only be \'Terminating\' if `deletionTimestamp` is not empty',
      ],
    ],
  ])('status update: %s', (_name, ns, want) => {
    const deletion = ns.metadata?.deletionTimestamp;
    const o: Namespace = {
      ...old,
      metadata: { ...old.metadata, ...(deletion ? { deletionTimestamp: deletion } : {}) },
    };
    expect(msgs(validateNamespaceStatusUpdate(ns, o))).toEqual(want);
  });

  it('finalize update reports the finalizer index', () => {
    const ns: Namespace = {
      metadata: { name: 'dev', resourceVersion: '1' },
      spec: { finalizers: ['kubernetes', 'x'] },
    };
    expect(msgs(validateNamespaceFinalizeUpdate(ns, old))).toEqual([
      'spec.finalizers[1]: Invalid value: "x": name is neither a standard finalizer name nor is it fully qualified',
    ]);
  });
});
