// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresource/status_strategy.go (statusStrategy:
// PrepareForUpdate, ValidateUpdate) @ v1.34.0
//
// Through /status only the status changes: the object is the stored one with the request's status (and its
// managedFields) put in.
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { ErrorList } from '../../../util/validation/field/errors';
import type { ResourceStrategy } from '../../../registry/rest/create';
import type { CustomResourceStrategyOptions } from './strategy';

export function newStatusStrategy(
  strategy: ResourceStrategy,
  o: CustomResourceStrategyOptions,
): ResourceStrategy {
  return {
    ...strategy,
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      const hasStatus = Object.prototype.hasOwnProperty.call(obj, 'status');
      const status = obj.status;
      const managedFields = obj.metadata?.managedFields;
      for (const k of Object.keys(obj)) delete obj[k];
      Object.assign(obj, copyJSON(old));
      if (managedFields !== undefined) (obj.metadata ??= {}).managedFields = managedFields;
      else if (obj.metadata) delete obj.metadata.managedFields;
      if (hasStatus) obj.status = status;
      else delete obj.status;
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList =>
      o.validator.validateStatusUpdate(obj, o.scale),
  };
}
