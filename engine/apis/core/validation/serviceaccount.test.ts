import { describe, expect, it } from 'vitest';
import type { ServiceAccount } from '../serviceaccount_types';
import { validateServiceAccount, validateServiceAccountUpdate } from './serviceaccount';

const msgs = (errs: { error(): string }[]) => errs.map((e) => e.error());

describe('validateServiceAccount', () => {
  it.each<[string, ServiceAccount, string[]]>([
    ['valid', { metadata: { name: 'builder', namespace: 'default' } }, []],
    ['dotted names are subdomains', { metadata: { name: 'ci.bot', namespace: 'default' } }, []],
    [
      'uppercase',
      { metadata: { name: 'Builder', namespace: 'default' } },
      [
        `metadata.name: Invalid value: "Builder": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      ],
    ],
  ])('%s', (_name, sa, want) => {
    expect(msgs(validateServiceAccount(sa))).toEqual(want);
  });

  it('update: metadata rules plus the create rules', () => {
    const old: ServiceAccount = {
      metadata: { name: 'b', namespace: 'default', resourceVersion: '1', uid: 'u1' },
    };
    expect(
      msgs(
        validateServiceAccountUpdate(
          { metadata: { name: 'b', namespace: 'default', resourceVersion: '1', uid: 'u1' } },
          old,
        ),
      ),
    ).toEqual([]);
    expect(
      msgs(
        validateServiceAccountUpdate(
          { metadata: { name: 'b', namespace: 'default', resourceVersion: '1', uid: 'u2' } },
          old,
        ),
      ),
    ).toEqual(['metadata.uid: Invalid value: "u2": field is immutable']);
  });
});
