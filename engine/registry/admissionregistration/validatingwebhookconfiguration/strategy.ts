// Go twin: k8s.io/kubernetes/pkg/registry/admissionregistration/validatingwebhookconfiguration/strategy.go
// (validatingWebhookConfigurationStrategy) @ v1.34.0 — the body Go repeats for both kinds is in
// ../webhookconfigurationstrategy.ts.
import type { ValidatingWebhookConfiguration } from '../../../apis/admissionregistration/types';
import {
  validateValidatingWebhookConfiguration,
  validateValidatingWebhookConfigurationUpdate,
} from '../../../apis/admissionregistration/validation/validation';
import { webhookConfigurationStrategy } from '../webhookconfigurationstrategy';

export const validatingWebhookConfigurationStrategy =
  webhookConfigurationStrategy<ValidatingWebhookConfiguration>(
    'ValidatingWebhookConfiguration',
    validateValidatingWebhookConfiguration,
    validateValidatingWebhookConfigurationUpdate,
  );
