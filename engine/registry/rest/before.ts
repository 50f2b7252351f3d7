// Go twin: k8s.io/apiserver/pkg/registry/rest/create.go (BeforeCreate), update.go (BeforeUpdate) and
// delete.go (BeforeDelete) @ v1.34.0
import { newConflict, newInternalError, newInvalid } from '../../api/errors/errors';
import { validateObjectMeta, validateObjectMetaUpdate } from '../../apis/meta/validation/objectmeta';
import type { RequestContext } from '../../endpoints/request/context';
import { addWarning } from '../../endpoints/request/context';
import type { RuntimeObject } from '../../runtime/object';
import { newPath } from '../../util/validation/field/path';
import { validatePathSegmentName } from '../../util/validation/path';
import type { DeleteOptions, RESTCreateStrategy, RESTUpdateStrategy, ResourceStrategy } from './create';
import { ensureObjectNamespaceMatchesRequestNamespace, expectedNamespaceForScope, metaOf } from './meta';

/** The strategy steps, in the order Go runs them, so a tracer can name each one. */
export interface BeforeCreateHooks {
  step?(
    name: 'prepareForCreate' | 'validate' | 'canonicalize',
    obj: RuntimeObject,
    details?: Record<string, unknown>,
  ): void;
}

export function beforeCreate(
  strategy: RESTCreateStrategy,
  ctx: RequestContext,
  obj: RuntimeObject,
  hooks?: BeforeCreateHooks,
): void {
  const meta = metaOf(obj);
  if (!meta.creationTimestamp || !meta.uid)
    throw newInternalError(new Error('system metadata was not initialized'));
  if (meta.generateName && !meta.name) throw newInternalError(new Error('metadata.name was not generated'));
  ensureObjectNamespaceMatchesRequestNamespace(
    expectedNamespaceForScope(ctx.namespace, strategy.namespaceScoped()),
    meta,
  );
  strategy.prepareForCreate(ctx, obj);
  hooks?.step?.('prepareForCreate', obj);
  const errs = strategy.validate(ctx, obj);
  // Object-meta validation runs after the type's own, so its more specific messages win.
  const failed =
    errs.length > 0
      ? errs
      : validateObjectMeta(meta, strategy.namespaceScoped(), validatePathSegmentName, newPath('metadata'));
  // A trace shows the validation that failed, with its errors, before the 422.
  hooks?.step?.('validate', obj, failed.length > 0 ? { errors: failed.map((e) => e.error()) } : {});
  if (failed.length > 0) throw newInvalid(strategy.groupKind(), meta.name ?? '', failed);
  for (const w of strategy.warningsOnCreate(ctx, obj)) addWarning(ctx, w);
  strategy.canonicalize(obj);
  hooks?.step?.('canonicalize', obj);
}

export function beforeUpdate(
  strategy: RESTUpdateStrategy,
  ctx: RequestContext,
  obj: RuntimeObject,
  old: RuntimeObject,
): void {
  const meta = metaOf(obj);
  const oldMeta = metaOf(old);
  ensureObjectNamespaceMatchesRequestNamespace(
    expectedNamespaceForScope(ctx.namespace, strategy.namespaceScoped()),
    meta,
  );
  // Clients cannot change generation; strategies bump it when the spec changes.
  if (oldMeta.generation !== undefined) meta.generation = oldMeta.generation;
  else delete meta.generation;
  strategy.prepareForUpdate(ctx, obj, old);
  if (!meta.uid) meta.uid = oldMeta.uid;
  if (oldMeta.creationTimestamp) meta.creationTimestamp = oldMeta.creationTimestamp;
  if (oldMeta.deletionTimestamp) meta.deletionTimestamp = oldMeta.deletionTimestamp;
  if (oldMeta.deletionGracePeriodSeconds !== undefined && meta.deletionGracePeriodSeconds === undefined) {
    meta.deletionGracePeriodSeconds = oldMeta.deletionGracePeriodSeconds;
  }
  const errs = [
    ...validateObjectMetaUpdate(meta, oldMeta, newPath('metadata')),
    ...validateObjectMeta(meta, strategy.namespaceScoped(), validatePathSegmentName, newPath('metadata')),
    ...strategy.validateUpdate(ctx, obj, old),
  ];
  if (errs.length > 0) throw newInvalid(strategy.groupKind(), meta.name ?? '', errs);
  for (const w of strategy.warningsOnUpdate(ctx, obj, old)) addWarning(ctx, w);
  strategy.canonicalize(obj);
}

/**
 * BeforeDelete: checks preconditions and decides whether the delete is graceful. Returns
 * {graceful, gracefulPending}: graceful when the object must be updated with a deletionTimestamp instead.
 */
export function beforeDelete(
  strategy: ResourceStrategy,
  ctx: RequestContext,
  obj: RuntimeObject,
  options: DeleteOptions,
  now: Date,
  resource: { group: string; resource: string },
): { graceful: boolean; gracefulPending: boolean } {
  const meta = metaOf(obj);
  const pre = options.preconditions;
  if (pre?.uid !== undefined && pre.uid !== meta.uid) {
    throw newConflict(
      resource,
      meta.name ?? '',
      new Error(
        `the UID in the precondition (${pre.uid}) does not match the UID in record (${meta.uid ?? ''}). The object might have been deleted and then recreated`,
      ),
    );
  }
  if (pre?.resourceVersion !== undefined && pre.resourceVersion !== meta.resourceVersion) {
    throw newConflict(
      resource,
      meta.name ?? '',
      new Error(
        `the ResourceVersion in the precondition (${pre.resourceVersion}) does not match the ResourceVersion in record (${meta.resourceVersion ?? ''}). The object might have been modified`,
      ),
    );
  }
  if (options.gracePeriodSeconds !== undefined && options.gracePeriodSeconds < 0)
    options.gracePeriodSeconds = 1;
  // An object already being deleted only shortens its grace period.
  if (meta.deletionTimestamp) {
    const current = meta.deletionGracePeriodSeconds ?? 0;
    if (options.gracePeriodSeconds === undefined || options.gracePeriodSeconds >= current) {
      return { graceful: false, gracefulPending: true };
    }
  }
  if (!strategy.checkGracefulDelete?.(ctx, obj, options)) return { graceful: false, gracefulPending: false };
  const grace = options.gracePeriodSeconds ?? 0;
  if (grace === 0) return { graceful: false, gracefulPending: false };
  meta.deletionTimestamp = new Date(now.getTime() + grace * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  meta.deletionGracePeriodSeconds = grace;
  if ((meta.generation ?? 0) > 0) meta.generation = (meta.generation ?? 0) + 1;
  return { graceful: true, gracefulPending: false };
}
