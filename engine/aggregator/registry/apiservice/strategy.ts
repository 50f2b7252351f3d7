// Go twin: k8s.io/kube-aggregator/pkg/registry/apiservice/strategy.go (apiServerStrategy,
// apiServerStatusStrategy, GetAttrs, ToSelectableFields) @ v1.34.0
import {
  newLocalAvailableAPIServiceCondition,
  setAPIServiceCondition,
} from '../../apis/apiregistration/helpers';
import type { APIService } from '../../apis/apiregistration/types';
import {
  validateAPIService,
  validateAPIServiceStatusUpdate,
  validateAPIServiceUpdate,
} from '../../apis/apiregistration/validation/validation';
import type { RequestContext } from '../../../endpoints/request/context';
import { copyJSON, type ObjectMeta, type RuntimeObject } from '../../../runtime/object';
import type { ObjectAttrs, ResourceStrategy } from '../../../registry/rest/create';
import { timestamp } from '../../../registry/generic/registry/store';

const svc = (obj: RuntimeObject) => obj as APIService;

/** GetAttrs: the labels, and ObjectMetaFieldsSet(meta, true): metadata.name and metadata.namespace. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
    },
  };
}

/**
 * NewStrategy: APIServices are cluster-scoped; a create drops the status and marks a local APIService
 * (no spec.service) available at once; an update keeps the stored status. Updates need a resourceVersion.
 * `now` is the server clock (Go: metav1.Now()).
 */
export function newAPIServiceStrategy(now: () => Date): ResourceStrategy {
  return {
    groupKind: () => ({ group: 'apiregistration.k8s.io', kind: 'APIService' }),
    namespaceScoped: () => false,

    prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
      const apiService = svc(obj);
      apiService.status = {};
      // mark local API services as immediately available on create
      if (!apiService.spec?.service) {
        setAPIServiceCondition(apiService, newLocalAvailableAPIServiceCondition(timestamp(now())));
      }
    },
    validate: (_ctx: RequestContext, obj: RuntimeObject) => validateAPIService(svc(obj)),
    warningsOnCreate: () => [],
    canonicalize: () => {},

    allowCreateOnUpdate: () => false,
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      svc(obj).status = copyJSON(svc(old).status ?? {}) as APIService['status'];
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
      validateAPIServiceUpdate(svc(obj), svc(old)),
    warningsOnUpdate: () => [],
    allowUnconditionalUpdate: () => false,
    getAttrs,
  };
}

/** The metadata a status write may not change: it keeps the stored labels, annotations, finalizers, owners. */
const keptMetadata = ['labels', 'annotations', 'finalizers', 'ownerReferences'] as const;

/** NewStatusStrategy: only the status changes; spec and the metadata above are kept from the stored object. */
export function newAPIServiceStatusStrategy(now: () => Date): ResourceStrategy {
  return {
    ...newAPIServiceStrategy(now),
    prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
      const n = svc(obj);
      const o = svc(old);
      n.spec = copyJSON(o.spec ?? {}) as APIService['spec'];
      const meta: ObjectMeta = (n.metadata ??= {});
      for (const field of keptMetadata) {
        const value = o.metadata?.[field];
        if (value === undefined) delete meta[field];
        else (meta as Record<string, unknown>)[field] = copyJSON(value);
      }
    },
    validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
      validateAPIServiceStatusUpdate(svc(obj), svc(old)),
  };
}
