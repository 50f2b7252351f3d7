// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateServiceAccount,
// ValidateServiceAccountUpdate) @ v1.34.0
import type { ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import {
  validateObjectMeta,
  validateObjectMetaUpdate,
  validateServiceAccountName,
} from '../../meta/validation/objectmeta';
import type { ServiceAccount } from '../serviceaccount_types';

/** ValidateServiceAccount: only the metadata (name a DNS subdomain). */
export function validateServiceAccount(sa: ServiceAccount): ErrorList {
  return validateObjectMeta(sa.metadata, true, validateServiceAccountName, newPath('metadata'));
}

export function validateServiceAccountUpdate(newSA: ServiceAccount, oldSA: ServiceAccount): ErrorList {
  const errs = validateObjectMetaUpdate(newSA.metadata, oldSA.metadata, newPath('metadata'));
  errs.push(...validateServiceAccount(newSA));
  return errs;
}
