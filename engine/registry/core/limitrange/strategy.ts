// Go twin: k8s.io/kubernetes/pkg/registry/core/limitrange/strategy.go (limitrangeStrategy) @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { LimitRange } from '../../../apis/core/limitrange_types';
import { validateLimitRange } from '../../../apis/core/validation/limitrange';
import type { ResourceStrategy } from '../../rest/create';
import { getAttrs } from '../configmap/strategy';

const lr = (obj: RuntimeObject) => obj as LimitRange;

/**
 * A LimitRange created without a name is named by a UUID. Go draws a fresh one (uuid.NewUUID); we reuse the
 * object's UID, already drawn from the server's seeded generator, so runs stay reproducible.
 */
export function prepareForCreate(_ctx: RequestContext, obj: RuntimeObject): void {
  const meta = (obj.metadata ??= {});
  if (!meta.name) meta.name = meta.uid ?? '';
}

/** LimitRanges may be created by an update (PUT to a new name); an update is validated as a create. */
export const limitRangeStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'LimitRange' }),
  namespaceScoped: () => true,
  prepareForCreate,
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateLimitRange(lr(obj)),
  warningsOnCreate: () => [],
  canonicalize: () => {},
  allowCreateOnUpdate: () => true,
  prepareForUpdate: () => {},
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject) => validateLimitRange(lr(obj)),
  warningsOnUpdate: () => [],
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
