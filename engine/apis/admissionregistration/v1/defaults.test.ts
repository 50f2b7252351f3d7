import { describe, expect, it } from 'vitest';
import { newLegacyScheme } from '../../../api/legacyscheme/scheme';
import { setType, type RuntimeObject } from '../../../runtime/object';
import { internalGroupVersioner } from '../../../runtime/scheme';
import { V1MutatingWebhookConfiguration, V1ValidatingWebhookConfiguration } from './types';

const { scheme } = newLegacyScheme();

const minimal = () => ({
  metadata: { name: 'x' },
  webhooks: [
    {
      name: 'a.example.com',
      clientConfig: { service: { namespace: 'default', name: 'svc' } },
      rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }],
    },
  ],
});

describe('admissionregistration/v1 defaults', () => {
  it('mutating: Fail, Equivalent, empty selectors, 10s, Never, scope *, port 443; no sideEffects default', () => {
    const obj = setType(minimal() as RuntimeObject, V1MutatingWebhookConfiguration);
    scheme.default(obj);
    expect(obj['webhooks']).toEqual([
      {
        name: 'a.example.com',
        clientConfig: { service: { namespace: 'default', name: 'svc', port: 443 } },
        rules: [
          { operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'], scope: '*' },
        ],
        failurePolicy: 'Fail',
        matchPolicy: 'Equivalent',
        namespaceSelector: {},
        objectSelector: {},
        timeoutSeconds: 10,
        reinvocationPolicy: 'Never',
      },
    ]);
  });

  it('validating: no reinvocationPolicy; explicit values are kept; converts to internal unchanged', () => {
    const obj = setType(minimal() as RuntimeObject, V1ValidatingWebhookConfiguration);
    (obj['webhooks'] as Record<string, unknown>[])[0]!['failurePolicy'] = 'Ignore';
    scheme.default(obj);
    const hook = (obj['webhooks'] as Record<string, unknown>[])[0]!;
    expect(hook['failurePolicy']).toBe('Ignore');
    expect(hook['reinvocationPolicy']).toBeUndefined();
    const internal = scheme.convertToVersion(obj, internalGroupVersioner);
    expect(internal['webhooks']).toEqual(obj['webhooks']);
    expect(internal.apiVersion).toBeUndefined();
  });
});
