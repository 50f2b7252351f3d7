// Go twin: k8s.io/kubernetes/pkg/registry/admissionregistration/rest/storage_apiserver.go
// (RESTStorageProvider.v1Storage) and pkg/registry/admissionregistration/{mutating,validating}webhookconfiguration/
// storage/storage.go @ v1.34.0 — the webhook configurations of admissionregistration.k8s.io/v1.
import {
  mutatingWebhookConfigurationTablePrinter,
  validatingWebhookConfigurationTablePrinter,
} from '../printers/admissionregistration';
import { mutatingWebhookConfigurationStrategy } from '../registry/admissionregistration/mutatingwebhookconfiguration/strategy';
import { validatingWebhookConfigurationStrategy } from '../registry/admissionregistration/validatingwebhookconfiguration/strategy';
import type { VersionedStorage } from './instance';
import { resourceStores, type RegistryContext } from './resource';

const group = 'admissionregistration.k8s.io';

export function newAdmissionRegistrationRESTStorage(c: RegistryContext): VersionedStorage {
  const mutating = resourceStores(c, {
    gr: { group, resource: 'mutatingwebhookconfigurations' },
    gvk: { group, version: '__internal', kind: 'MutatingWebhookConfiguration' },
    strategy: mutatingWebhookConfigurationStrategy,
    tablePrinter: mutatingWebhookConfigurationTablePrinter,
    categories: ['api-extensions'],
  });
  const validating = resourceStores(c, {
    gr: { group, resource: 'validatingwebhookconfigurations' },
    gvk: { group, version: '__internal', kind: 'ValidatingWebhookConfiguration' },
    strategy: validatingWebhookConfigurationStrategy,
    tablePrinter: validatingWebhookConfigurationTablePrinter,
    categories: ['api-extensions'],
  });
  return {
    v1: {
      mutatingwebhookconfigurations: mutating.main,
      validatingwebhookconfigurations: validating.main,
    },
  };
}
