// Go twin: k8s.io/kubernetes/pkg/registry/core/resourcequota/strategy.go (resourcequotaStrategy,
// resourcequotaStatusStrategy) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import { quantityOf } from '../../../apis/core/validation/resource_quantity';
import type { ResourceQuota } from '../../../apis/core/resourcequota_types';
import {
  validateResourceQuota,
  validateResourceQuotaStatusUpdate,
  validateResourceQuotaUpdate,
} from '../../../apis/core/validation/resourcequota';
import type { ResourceStrategy } from '../../rest/create';
import { getAttrs } from '../configmap/strategy';

const rq = (obj: RuntimeObject) => obj as ResourceQuota;

/** the resources whose request should not exceed their limit */
const knownResourceNames = ['cpu', 'memory', 'storage', 'ephemeral-storage'];

/** WarningsOnCreate: a request quota above the matching limit quota can never be used in full. */
export function warningsOnCreate(quota: ResourceQuota): string[] {
  const hard = quota.spec?.hard ?? {};
  const has = (k: string) => Object.prototype.hasOwnProperty.call(hard, k);
  const warnings: string[] = [];
  for (const name of knownResourceNames) {
    let requestName = `requests.${name}`;
    // cpu and memory may also be quota'd by their bare name
    if (!has(requestName) && (name === 'cpu' || name === 'memory') && has(name)) requestName = name;
    const limitName = `limits.${name}`;
    const request = has(requestName) ? quantityOf(hard[requestName]) : null;
    const limit = has(limitName) ? quantityOf(hard[limitName]) : null;
    if (request && limit && request.cmp(limit) > 0) {
      warnings.push(`ResourceQuota ${requestName} (${request}) should be less than ${limitName} (${limit})`);
    }
  }
  return warnings;
}

/** A create starts with an empty status (the quota controller fills it); a spec update keeps the stored one. */
export const resourceQuotaStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'ResourceQuota' }),
  namespaceScoped: () => true,
  prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
    rq(obj).status = {};
  },
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateResourceQuota(rq(obj)),
  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject) => warningsOnCreate(rq(obj)),
  canonicalize: () => {},
  allowCreateOnUpdate: () => false,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    rq(obj).status = copyJSON(rq(old).status ?? {}) as ResourceQuota['status'];
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateResourceQuotaUpdate(rq(obj), rq(old)),
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};

/** The status subresource: the spec is kept from the stored object. */
export const resourceQuotaStatusStrategy: ResourceStrategy = {
  ...resourceQuotaStrategy,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    rq(obj).spec = copyJSON(rq(old).spec ?? {}) as ResourceQuota['spec'];
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateResourceQuotaStatusUpdate(rq(obj), rq(old)),
};
