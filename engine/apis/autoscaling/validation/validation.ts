// Go twin: k8s.io/kubernetes/pkg/apis/autoscaling/validation/validation.go (ValidateScale) @ v1.34.0
// The deployments/scale and replicasets/scale subresources validate the new Scale with this before moving
// spec.replicas into the parent object.
import { invalid, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { validateCoreObjectMeta } from '../../core/validation/pod';
import { nameIsDNSSubdomain } from '../../meta/validation/objectmeta';
import type { Scale } from '../types';

/** ValidateScale: the object metadata (name a DNS subdomain, namespaced) and spec.replicas >= 0. */
export function validateScale(scale: Scale): ErrorList {
  const errs: ErrorList = [
    ...validateCoreObjectMeta(scale.metadata, true, nameIsDNSSubdomain, newPath('metadata')),
  ];
  const replicas = scale.spec?.replicas ?? 0;
  if (replicas < 0)
    errs.push(invalid(newPath('spec', 'replicas'), replicas, 'must be greater than or equal to 0'));
  return errs;
}
