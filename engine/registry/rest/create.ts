// Go twin: k8s.io/apiserver/pkg/registry/rest/create.go (RESTCreateStrategy) and update.go / delete.go @ v1.34.0
// The strategy interfaces a resource implements; the generic Store (registry/generic/registry/store.ts)
// calls them at the points rest.BeforeCreate / BeforeUpdate / BeforeDelete define.
import type { RequestContext } from '../../endpoints/request/context';
import type { RuntimeObject } from '../../runtime/object';
import type { GroupKind } from '../../runtime/schema/groupversion';
import type { ErrorList } from '../../util/validation/field/errors';

export interface RESTCreateStrategy {
  /** ObjectTyper: the kind named in Invalid errors, e.g. {group: 'apps', kind: 'Deployment'} */
  groupKind(): GroupKind;
  namespaceScoped(): boolean;
  /** Wipes fields a client may not set (status) and sets server ones (generation = 1). */
  prepareForCreate(ctx: RequestContext, obj: RuntimeObject): void;
  validate(ctx: RequestContext, obj: RuntimeObject): ErrorList;
  warningsOnCreate(ctx: RequestContext, obj: RuntimeObject): string[];
  canonicalize(obj: RuntimeObject): void;
}

export interface RESTUpdateStrategy {
  groupKind(): GroupKind;
  namespaceScoped(): boolean;
  allowCreateOnUpdate(): boolean;
  prepareForUpdate(ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void;
  validateUpdate(ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): ErrorList;
  warningsOnUpdate(ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): string[];
  canonicalize(obj: RuntimeObject): void;
  allowUnconditionalUpdate(): boolean;
}

/** metav1.DeleteOptions, as the registry sees it. */
export interface DeleteOptions {
  gracePeriodSeconds?: number;
  preconditions?: { uid?: string; resourceVersion?: string };
  orphanDependents?: boolean;
  propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
  dryRun?: string[];
}

export interface RESTGracefulDeleteStrategy {
  /** Returns true for a graceful delete, setting options.gracePeriodSeconds to the period to use. */
  checkGracefulDelete(ctx: RequestContext, obj: RuntimeObject, options: DeleteOptions): boolean;
}

/** Selectable fields and labels of an object: what field and label selectors match against. */
export interface ObjectAttrs {
  labels: Record<string, string>;
  fields: Record<string, string>;
}

/** The per-resource bundle a registry's strategy.ts exports. */
export interface ResourceStrategy extends RESTCreateStrategy, RESTUpdateStrategy {
  getAttrs(obj: RuntimeObject): ObjectAttrs;
  /** present when deletes may be graceful (pods) */
  checkGracefulDelete?: RESTGracefulDeleteStrategy['checkGracefulDelete'];
}
