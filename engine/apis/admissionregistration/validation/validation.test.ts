import { describe, expect, it } from 'vitest';
import type { MutatingWebhook, MutatingWebhookConfiguration } from '../types';
import {
  validateMutatingWebhookConfiguration,
  validateMutatingWebhookConfigurationUpdate,
  validateValidatingWebhookConfiguration,
} from './validation';

const hook = (over: Partial<MutatingWebhook> = {}): MutatingWebhook => ({
  name: 'label.example.com',
  clientConfig: { service: { namespace: 'default', name: 'labeler', path: '/mutate', port: 443 } },
  rules: [{ operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'], scope: '*' }],
  failurePolicy: 'Fail',
  matchPolicy: 'Equivalent',
  namespaceSelector: {},
  objectSelector: {},
  sideEffects: 'None',
  timeoutSeconds: 10,
  admissionReviewVersions: ['v1'],
  reinvocationPolicy: 'Never',
  ...over,
});

const cfg = (...webhooks: MutatingWebhook[]): MutatingWebhookConfiguration => ({
  metadata: { name: 'labels' },
  webhooks,
});

const msgs = (c: MutatingWebhookConfiguration) =>
  validateMutatingWebhookConfiguration(c).map((e) => e.error());

describe('validateMutatingWebhookConfiguration', () => {
  it('accepts a complete webhook', () => {
    expect(msgs(cfg(hook()))).toEqual([]);
  });

  it.each<[string, Partial<MutatingWebhook>, string[]]>([
    [
      'a name that is not fully qualified',
      { name: 'x' },
      [
        'webhooks[0].name: Invalid value: "x": should be a domain with at least three segments separated by dots',
      ],
    ],
    ['an empty name', { name: '' }, ['webhooks[0].name: Required value']],
    [
      'a name that is no DNS subdomain',
      { name: 'Bad.example.com' },
      [
        `webhooks[0].name: Invalid value: "Bad.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      ],
    ],
    [
      'no sideEffects',
      { sideEffects: undefined },
      ['webhooks[0].sideEffects: Required value: must specify one of None, NoneOnDryRun'],
    ],
    [
      'sideEffects Some (allowed only in v1beta1)',
      { sideEffects: 'Some' },
      ['webhooks[0].sideEffects: Unsupported value: "Some": supported values: "None", "NoneOnDryRun"'],
    ],
    [
      'no admissionReviewVersions',
      { admissionReviewVersions: [] },
      ['webhooks[0].admissionReviewVersions: Required value: must specify one of v1, v1beta1'],
    ],
    [
      'only unknown review versions',
      { admissionReviewVersions: ['v2'] },
      [
        'webhooks[0].admissionReviewVersions: Invalid value: []string{"v2"}: must include at least one of v1, v1beta1',
      ],
    ],
    [
      'a timeout of 31 seconds',
      { timeoutSeconds: 31 },
      ['webhooks[0].timeoutSeconds: Invalid value: 31: the timeout value must be between 1 and 30 seconds'],
    ],
    [
      'an unknown failurePolicy',
      { failurePolicy: 'Maybe' },
      ['webhooks[0].failurePolicy: Unsupported value: "Maybe": supported values: "Fail", "Ignore"'],
    ],
    [
      'an unknown reinvocationPolicy',
      { reinvocationPolicy: 'Always' },
      ['webhooks[0].reinvocationPolicy: Unsupported value: "Always": supported values: "IfNeeded", "Never"'],
    ],
    [
      'both url and service',
      { clientConfig: { url: 'https://x.example.com', service: { namespace: 'a', name: 'b' } } },
      ['webhooks[0].clientConfig: Required value: exactly one of url or service is required'],
    ],
    [
      'an http url',
      { clientConfig: { url: 'http://hook.example.com/x' } },
      [
        `webhooks[0].clientConfig.url: Invalid value: "http": 'https' is the only allowed URL scheme; desired format: https://host[/path]`,
      ],
    ],
    [
      'a url with a query',
      { clientConfig: { url: 'https://hook.example.com/x?a=b' } },
      ['webhooks[0].clientConfig.url: Invalid value: "a=b": query parameters are not permitted in the URL'],
    ],
    [
      'a service path without a leading slash',
      { clientConfig: { service: { namespace: 'default', name: 'labeler', path: 'mutate', port: 443 } } },
      [`webhooks[0].clientConfig.service.path: Invalid value: "mutate": must start with a '/'`],
    ],
    [
      'a service port out of range',
      { clientConfig: { service: { namespace: 'default', name: 'labeler', port: 0 } } },
      [
        'webhooks[0].clientConfig.service.port: Invalid value: 0: port is not valid: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      'a rule with no operations and a bad scope',
      {
        rules: [
          { operations: [], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'], scope: 'Global' },
        ],
      },
      [
        'webhooks[0].rules[0].operations: Required value',
        'webhooks[0].rules[0].scope: Unsupported value: "Global": supported values: "*", "Cluster", "Namespaced"',
      ],
    ],
    [
      '*/* next to another resource',
      { rules: [{ operations: ['*'], apiGroups: ['*'], apiVersions: ['*'], resources: ['*/*', 'pods'] }] },
      [
        `webhooks[0].rules[0].resources: Invalid value: []string{"*/*", "pods"}: if '*/*' is present, must not specify other resources`,
      ],
    ],
    [
      'pods/* next to pods/log',
      {
        rules: [
          { operations: ['CREATE'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods/*', 'pods/log'] },
        ],
      },
      [
        `webhooks[0].rules[0].resources[1]: Invalid value: "pods/log": if 'pods/*' is present, must not specify pods/log`,
      ],
    ],
    [
      'an unknown operation',
      { rules: [{ operations: ['PATCH'], apiGroups: [''], apiVersions: ['v1'], resources: ['pods'] }] },
      [
        'webhooks[0].rules[0].operations[0]: Unsupported value: "PATCH": supported values: "*", "CONNECT", "CREATE", "DELETE", "UPDATE"',
      ],
    ],
  ])('rejects %s', (_name, over, expected) => {
    expect(msgs(cfg(hook(over)))).toEqual(expected);
  });

  it('rejects two webhooks of the same name', () => {
    expect(msgs(cfg(hook(), hook()))).toEqual(['webhooks[1].name: Duplicate value: "label.example.com"']);
  });

  it('validates the validating kind the same way', () => {
    const { reinvocationPolicy: _r, ...v } = hook({ name: 'v' });
    expect(
      validateValidatingWebhookConfiguration({ metadata: { name: 'x' }, webhooks: [v] }).map((e) =>
        e.error(),
      ),
    ).toEqual([
      'webhooks[0].name: Invalid value: "v": should be a domain with at least three segments separated by dots',
    ]);
  });

  it('on update, keeps accepting side effects that were already stored', () => {
    const old = cfg(hook({ sideEffects: 'Unknown' }));
    const next = cfg(hook({ sideEffects: 'Unknown', timeoutSeconds: 5 }));
    expect(validateMutatingWebhookConfigurationUpdate(next, old)).toEqual([]);
    expect(validateMutatingWebhookConfigurationUpdate(next, cfg(hook())).map((e) => e.error())).toEqual([
      'webhooks[0].sideEffects: Unsupported value: "Unknown": supported values: "None", "NoneOnDryRun"',
    ]);
  });
});
