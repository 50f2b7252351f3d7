// Go twin: k8s.io/kubernetes/pkg/registry/core/serviceaccount/strategy.go (strategy, cleanSecretReferences,
// warningsForServiceAccount) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { ServiceAccount } from '../../../apis/core/serviceaccount_types';
import {
  validateServiceAccount,
  validateServiceAccountUpdate,
} from '../../../apis/core/validation/serviceaccount';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const sa = (obj: RuntimeObject) => obj as ServiceAccount;

/** serviceaccount.EnforceMountableSecretsAnnotation (deprecated in 1.32). */
export const EnforceMountableSecretsAnnotation = 'kubernetes.io/enforce-mountable-secrets';

/** cleanSecretReferences: a secret reference keeps only its name. */
export function cleanSecretReferences(serviceAccount: ServiceAccount): void {
  if (!Array.isArray(serviceAccount.secrets)) return;
  serviceAccount.secrets = serviceAccount.secrets.map((s) => (s?.name ? { name: s.name } : {}));
}

export function warningsForServiceAccount(serviceAccount: ServiceAccount): string[] {
  const annotations = serviceAccount.metadata?.annotations ?? {};
  if (Object.prototype.hasOwnProperty.call(annotations, EnforceMountableSecretsAnnotation)) {
    return [
      `metadata.annotations[${EnforceMountableSecretsAnnotation}]: deprecated in v1.32+; prefer separate namespaces to isolate access to mounted secrets`,
    ];
  }
  return [];
}

export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

export const serviceAccountStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'ServiceAccount' }),
  namespaceScoped: () => true,
  prepareForCreate: (_ctx: RequestContext, obj: RuntimeObject) => cleanSecretReferences(sa(obj)),
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateServiceAccount(sa(obj)),
  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject) => warningsForServiceAccount(sa(obj)),
  canonicalize: () => {},
  allowCreateOnUpdate: () => false,
  prepareForUpdate: (_ctx: RequestContext, obj: RuntimeObject) => cleanSecretReferences(sa(obj)),
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateServiceAccountUpdate(sa(obj), sa(old)),
  warningsOnUpdate: (_ctx: RequestContext, obj: RuntimeObject) => warningsForServiceAccount(sa(obj)),
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
