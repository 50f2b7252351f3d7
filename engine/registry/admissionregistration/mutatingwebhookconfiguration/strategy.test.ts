import { describe, expect, it } from 'vitest';
import { printWebhookConfiguration } from '../../../printers/admissionregistration';
import { mutatingWebhookConfigurationStrategy as s } from './strategy';

const ctx = { namespace: '' };
const hook = {
  name: 'a.example.com',
  clientConfig: { url: 'https://a.example.com' },
  sideEffects: 'None',
  admissionReviewVersions: ['v1'],
};

describe('mutatingWebhookConfigurationStrategy', () => {
  it('is cluster-scoped and starts at generation 1', () => {
    expect(s.namespaceScoped()).toBe(false);
    const obj = { metadata: { name: 'x' }, webhooks: [hook] };
    s.prepareForCreate(ctx, obj);
    expect(obj.metadata).toEqual({ name: 'x', generation: 1 });
  });

  it('bumps the generation only when the webhooks change', () => {
    const old = { metadata: { name: 'x', generation: 3 }, webhooks: [hook] };
    const same = { metadata: { name: 'x', generation: 3, labels: { a: 'b' } }, webhooks: [hook] };
    s.prepareForUpdate(ctx, same, old);
    expect(same.metadata.generation).toBe(3);
    const changed = { metadata: { name: 'x', generation: 3 }, webhooks: [{ ...hook, timeoutSeconds: 5 }] };
    s.prepareForUpdate(ctx, changed, old);
    expect(changed.metadata.generation).toBe(4);
  });

  it('validates with the webhook rules', () => {
    expect(
      s.validate(ctx, { metadata: { name: 'x' }, webhooks: [{ ...hook, name: 'a' }] }).map((e) => e.error()),
    ).toEqual([
      'webhooks[0].name: Invalid value: "a": should be a domain with at least three segments separated by dots',
    ]);
  });

  it('prints Name, Webhooks, Age', () => {
    expect(
      printWebhookConfiguration(
        {
          metadata: { name: 'x', creationTimestamp: '2025-08-27T09:58:00Z' },
          webhooks: [hook as never, hook as never],
        },
        new Date('2025-08-27T10:00:00Z'),
      ),
    ).toEqual(['x', 2, '2m']);
  });
});
