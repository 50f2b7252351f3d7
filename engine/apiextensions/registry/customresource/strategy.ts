// Go twin: k8s.io/apiextensions-apiserver/pkg/registry/customresource/strategy.go (customResourceStrategy:
// PrepareForCreate, PrepareForUpdate, Validate, ValidateUpdate, GetAttrs, copyNonMetadata) @ v1.34.0
//
// With the status subresource on, the main resource cannot write status (create drops it, update keeps the
// stored one). Any change outside metadata bumps the generation. Updates need a resourceVersion.
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type RuntimeObject } from '../../../runtime/object';
import type { GroupVersionKind } from '../../../runtime/schema/groupversion';
import { deepEqual } from '../../../util/equality';
import type { ErrorList } from '../../../util/validation/field/errors';
import type { ObjectAttrs, ResourceStrategy } from '../../../registry/rest/create';
import type { CustomResourceSubresourceScale } from '../../apis/apiextensions/types';
import type { CustomResourceValidator } from './validator';

export interface CustomResourceStrategyOptions {
  kind: GroupVersionKind;
  namespaceScoped: boolean;
  validator: CustomResourceValidator;
  /** the status subresource is on */
  status: boolean;
  scale?: CustomResourceSubresourceScale;
}

/** everything but metadata: what a generation bump compares */
function copyNonMetadata(obj: RuntimeObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(obj)) if (k !== 'metadata') out[k] = obj[k];
  return out;
}

export function newCustomResourceStrategy(o: CustomResourceStrategyOptions): ResourceStrategy {
  return {
    groupKind: () => ({ group: o.kind.group, kind: o.kind.kind }),
    namespaceScoped: () => o.namespaceScoped,

    prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
      // create cannot set status
      if (o.status) delete obj.status;
      (obj.metadata ??= {}).generation = 1;
    },

    validate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList => o.validator.validate(obj, o.scale),
    warningsOnCreate: () => [],
    canonicalize: () => {},
    allowCreateOnUpdate: () => false,

    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      // If the /status subresource endpoint is installed, update is not allowed to set status.
      if (o.status) {
        if (Object.prototype.hasOwnProperty.call(old, 'status')) obj.status = copyJSON(old.status);
        else delete obj.status;
      }
      // except for the changes to `metadata`, any other changes cause the generation to increment.
      if (!deepEqual(copyNonMetadata(obj), copyNonMetadata(old))) {
        (obj.metadata ??= {}).generation = (old.metadata?.generation ?? 0) + 1;
      }
    },

    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject): ErrorList =>
      o.validator.validateUpdate(obj, o.scale),
    warningsOnUpdate: () => [],
    allowUnconditionalUpdate: () => false,

    getAttrs(obj: RuntimeObject): ObjectAttrs {
      const fields: Record<string, string> = { 'metadata.name': obj.metadata?.name ?? '' };
      if (o.namespaceScoped) fields['metadata.namespace'] = obj.metadata?.namespace ?? '';
      return { labels: { ...(obj.metadata?.labels ?? {}) }, fields };
    },
  };
}
