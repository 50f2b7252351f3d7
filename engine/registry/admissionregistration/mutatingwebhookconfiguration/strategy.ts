// Go twin: k8s.io/kubernetes/pkg/registry/admissionregistration/mutatingwebhookconfiguration/strategy.go
// (mutatingWebhookConfigurationStrategy) @ v1.34.0 — the body Go repeats for both kinds is in
// ../webhookconfigurationstrategy.ts.
import type { MutatingWebhookConfiguration } from '../../../apis/admissionregistration/types';
import {
  validateMutatingWebhookConfiguration,
  validateMutatingWebhookConfigurationUpdate,
} from '../../../apis/admissionregistration/validation/validation';
import { webhookConfigurationStrategy } from '../webhookconfigurationstrategy';

export const mutatingWebhookConfigurationStrategy =
  webhookConfigurationStrategy<MutatingWebhookConfiguration>(
    'MutatingWebhookConfiguration',
    validateMutatingWebhookConfiguration,
    validateMutatingWebhookConfigurationUpdate,
  );
