// Go twin: k8s.io/kubernetes/pkg/apis/apps/validation/validation.go (ValidateDeployment*, ValidateReplicaSet*,
// ValidatePodTemplateSpecForReplicaSet, ValidateDeploymentStrategy, ValidateRollingUpdateDeployment,
// ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, ValidateRollback) @ v1.34.0, with the selector
// immutability check that kubernetes#131017 moved from the registry strategies into the Update functions
//
// Values Go prints with %#v (maps, selectors, IntOrString, the strategy struct) are rendered the Go way by
// gosyntax.ts, e.g. `spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: …`.
import { labelSelectorAsSelector, type LabelSelector } from '../../../util/labels/labelselector';
import type { Selector } from '../../../util/labels/selector';
import {
  forbidden,
  invalid,
  notSupported,
  required,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { isValidPercent } from '../../../util/validation/validation';
import {
  defaultPodValidationOptions,
  validateCoreObjectMeta,
  validateCoreObjectMetaUpdate,
  validatePodTemplateSpec,
  type PodValidationOptions,
} from '../../core/validation/pod';
import {
  fieldImmutableErrorMsg,
  nameIsDNSSubdomain,
  validateNonnegativeField,
  type ValidateNameFunc,
} from '../../meta/validation/objectmeta';
import { semanticDeepEqual } from '../equality';
import { quote } from '../../../util/strconv/quote';
import {
  RecreateDeploymentStrategyType,
  RollingUpdateDeploymentStrategyType,
  type Deployment,
  type DeploymentSpec,
  type DeploymentStatus,
  type DeploymentStrategy,
  type IntOrString,
  type PodTemplateSpec,
  type ReplicaSet,
  type ReplicaSetSpec,
  type ReplicaSetStatus,
  type RollbackConfig,
  type RollingUpdateDeployment,
} from '../types';
import {
  goDeploymentStrategy,
  goIntOrString,
  goLabelSelector,
  goMapStringString,
  invalidGo,
  notSupportedGo,
} from './gosyntax';
import { validateLabelSelector } from './labelselector';

export type { PodValidationOptions };

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** ValidateDeploymentName: a DNS subdomain. */
export const validateDeploymentName: ValidateNameFunc = nameIsDNSSubdomain;
/** ValidateReplicaSetName: a DNS subdomain. */
export const validateReplicaSetName: ValidateNameFunc = nameIsDNSSubdomain;

// ---- int-or-percent ------------------------------------------------------------------------------------------

/** strconv.Atoi as IntValue uses it: 0 when the text is not an integer. */
function atoiOrZero(s: string): number {
  return /^[+-]?[0-9]+$/.test(s) ? Number(s) : 0;
}

/** getPercentValue: the number before '%' of a valid percent string. */
function getPercentValue(v: IntOrString): { value: number; isPercent: boolean } {
  if (typeof v !== 'string' || isValidPercent(v).length !== 0) return { value: 0, isPercent: false };
  return { value: atoiOrZero(v.slice(0, -1)), isPercent: true };
}

/** getIntOrPercentValue: the percent, or IntOrString.IntValue(). */
function getIntOrPercentValue(v: IntOrString): number {
  const p = getPercentValue(v);
  if (p.isPercent) return p.value;
  return typeof v === 'string' ? atoiOrZero(v) : num(v);
}

/** ValidatePositiveIntOrPercent: a valid percent string, or a non-negative integer. */
export function validatePositiveIntOrPercent(v: IntOrString, fldPath: Path): ErrorList {
  if (typeof v === 'string')
    return isValidPercent(v).map((msg) => invalidGo(fldPath, v, goIntOrString(v), msg));
  if (typeof v === 'number') return validateNonnegativeField(v, fldPath);
  return [invalidGo(fldPath, v, goIntOrString(v), "must be an integer or percentage (e.g '5%%')")];
}

/** IsNotMoreThan100Percent */
export function isNotMoreThan100Percent(v: IntOrString, fldPath: Path): ErrorList {
  const p = getPercentValue(v);
  if (!p.isPercent || p.value <= 100) return [];
  return [invalidGo(fldPath, v, goIntOrString(v), 'must not be greater than 100%')];
}

// ---- Deployment ----------------------------------------------------------------------------------------------

/** ValidateRollingUpdateDeployment */
export function validateRollingUpdateDeployment(ru: RollingUpdateDeployment, fldPath: Path): ErrorList {
  const maxUnavailable = ru.maxUnavailable ?? 0;
  const maxSurge = ru.maxSurge ?? 0;
  const errs: ErrorList = [];
  errs.push(...validatePositiveIntOrPercent(maxUnavailable, fldPath.child('maxUnavailable')));
  errs.push(...validatePositiveIntOrPercent(maxSurge, fldPath.child('maxSurge')));
  if (getIntOrPercentValue(maxUnavailable) === 0 && getIntOrPercentValue(maxSurge) === 0) {
    // Both MaxSurge and MaxUnavailable cannot be zero.
    errs.push(
      invalidGo(
        fldPath.child('maxUnavailable'),
        maxUnavailable,
        goIntOrString(maxUnavailable),
        'may not be 0 when `maxSurge` is 0',
      ),
    );
  }
  errs.push(...isNotMoreThan100Percent(maxUnavailable, fldPath.child('maxUnavailable')));
  return errs;
}

/** ValidateDeploymentStrategy: Recreate without rollingUpdate, RollingUpdate with it, nothing else. */
export function validateDeploymentStrategy(
  strategy: DeploymentStrategy | undefined,
  fldPath: Path,
): ErrorList {
  const s = strategy ?? {};
  switch (s.type) {
    case RecreateDeploymentStrategyType:
      if (s.rollingUpdate) {
        return [
          forbidden(
            fldPath.child('rollingUpdate'),
            "may not be specified when strategy `type` is 'Recreate'",
          ),
        ];
      }
      return [];
    case RollingUpdateDeploymentStrategyType:
      // This should never happen since it's set and checked in defaults.go
      if (!s.rollingUpdate)
        return [required(fldPath.child('rollingUpdate'), 'this should be defaulted and never be nil')];
      return validateRollingUpdateDeployment(s.rollingUpdate, fldPath.child('rollingUpdate'));
    default:
      return [
        notSupportedGo(fldPath, s, goDeploymentStrategy(s), [
          RecreateDeploymentStrategyType,
          RollingUpdateDeploymentStrategyType,
        ]),
      ];
  }
}

/** ValidateRollback: the revision is non-negative (reported at `<path>.version`, as Go does). */
export function validateRollback(rollback: RollbackConfig, fldPath: Path): ErrorList {
  return validateNonnegativeField(num(rollback.revision), fldPath.child('version'));
}

/**
 * The selector checks Deployment and ReplicaSet specs share: required, strictly valid, not empty (the message
 * says "deployment" for both, as in Go), and usable as a selector.
 */
function validateSelectorAndTemplate(
  selector: LabelSelector | undefined,
  template: PodTemplateSpec | undefined,
  replicas: number,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const errs: ErrorList = [];
  if (!selector) {
    errs.push(required(fldPath.child('selector'), ''));
  } else {
    // validate selector strictly, spec.selector was always required to pass LabelSelectorAsSelector below
    errs.push(
      ...validateLabelSelector(
        selector,
        { allowInvalidLabelValueInSelector: false },
        fldPath.child('selector'),
      ),
    );
    const n = Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length;
    if (n === 0) {
      errs.push(
        invalidGo(
          fldPath.child('selector'),
          selector,
          goLabelSelector(selector),
          'empty selector is invalid for deployment',
        ),
      );
    }
  }
  let sel: Selector | undefined;
  try {
    sel = labelSelectorAsSelector(selector);
  } catch {
    errs.push(
      invalidGo(fldPath.child('selector'), selector, goLabelSelector(selector), 'invalid label selector'),
    );
  }
  if (sel)
    errs.push(
      ...validatePodTemplateSpecForReplicaSet(template, sel, replicas, fldPath.child('template'), opts),
    );
  return errs;
}

/** ValidateDeploymentSpec. `oldSpec` is null on create. */
export function validateDeploymentSpec(
  spec: DeploymentSpec | undefined,
  _oldSpec: DeploymentSpec | null,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const s: Partial<DeploymentSpec> = spec ?? {};
  const replicas = num(s.replicas);
  const errs: ErrorList = [];
  errs.push(...validateNonnegativeField(replicas, fldPath.child('replicas')));
  errs.push(...validateSelectorAndTemplate(s.selector, s.template, replicas, fldPath, opts));
  errs.push(...validateDeploymentStrategy(s.strategy, fldPath.child('strategy')));
  errs.push(...validateNonnegativeField(num(s.minReadySeconds), fldPath.child('minReadySeconds')));
  if (typeof s.revisionHistoryLimit === 'number') {
    // zero is a valid RevisionHistoryLimit
    errs.push(...validateNonnegativeField(s.revisionHistoryLimit, fldPath.child('revisionHistoryLimit')));
  }
  if (s.rollbackTo) errs.push(...validateRollback(s.rollbackTo, fldPath.child('rollback')));
  if (typeof s.progressDeadlineSeconds === 'number') {
    errs.push(
      ...validateNonnegativeField(s.progressDeadlineSeconds, fldPath.child('progressDeadlineSeconds')),
    );
    if (s.progressDeadlineSeconds <= num(s.minReadySeconds)) {
      errs.push(
        invalid(
          fldPath.child('progressDeadlineSeconds'),
          s.progressDeadlineSeconds,
          'must be greater than minReadySeconds',
        ),
      );
    }
  }
  return errs;
}

/** ValidateDeploymentStatus */
export function validateDeploymentStatus(status: DeploymentStatus | undefined, fldPath: Path): ErrorList {
  const s = status ?? {};
  const replicas = num(s.replicas);
  const updated = num(s.updatedReplicas);
  const ready = num(s.readyReplicas);
  const available = num(s.availableReplicas);
  const errs: ErrorList = [];
  errs.push(...validateNonnegativeField(num(s.observedGeneration), fldPath.child('observedGeneration')));
  errs.push(...validateNonnegativeField(replicas, fldPath.child('replicas')));
  errs.push(...validateNonnegativeField(updated, fldPath.child('updatedReplicas')));
  errs.push(...validateNonnegativeField(ready, fldPath.child('readyReplicas')));
  errs.push(...validateNonnegativeField(available, fldPath.child('availableReplicas')));
  errs.push(...validateNonnegativeField(num(s.unavailableReplicas), fldPath.child('unavailableReplicas')));
  if (typeof s.collisionCount === 'number') {
    errs.push(...validateNonnegativeField(s.collisionCount, fldPath.child('collisionCount')));
  }
  const msg = 'cannot be greater than status.replicas';
  if (updated > replicas) errs.push(invalid(fldPath.child('updatedReplicas'), updated, msg));
  if (ready > replicas) errs.push(invalid(fldPath.child('readyReplicas'), ready, msg));
  if (available > replicas) errs.push(invalid(fldPath.child('availableReplicas'), available, msg));
  if (available > ready)
    errs.push(invalid(fldPath.child('availableReplicas'), available, 'cannot be greater than readyReplicas'));
  return errs;
}

/** ValidateDeployment */
export function validateDeployment(
  obj: Deployment,
  opts: PodValidationOptions = defaultPodValidationOptions(),
): ErrorList {
  return [
    ...validateCoreObjectMeta(obj.metadata, true, validateDeploymentName, newPath('metadata')),
    ...validateDeploymentSpec(obj.spec, null, newPath('spec'), opts),
  ];
}

/**
 * ValidateImmutableField for spec.selector, with Go's rendering of the bad value (a nil selector prints as
 * the string "null"). Since v1.34 this runs for every update, not only for apps/v1 requests (#131017).
 */
export function validateSelectorImmutable(
  update: LabelSelector | undefined,
  old: LabelSelector | undefined,
): ErrorList {
  if (semanticDeepEqual(update, old)) return [];
  const fldPath = newPath('spec').child('selector');
  return [
    invalidGo(
      fldPath,
      update ?? null,
      update ? goLabelSelector(update) : quote('null'),
      fieldImmutableErrorMsg,
    ),
  ];
}

/** ValidateDeploymentUpdate: metadata update rules, the new spec, and an unchanged selector. */
export function validateDeploymentUpdate(
  update: Deployment,
  old: Deployment,
  opts: PodValidationOptions = defaultPodValidationOptions(),
): ErrorList {
  return [
    ...validateCoreObjectMetaUpdate(update.metadata, old.metadata, newPath('metadata')),
    ...validateDeploymentSpec(update.spec, old.spec ?? null, newPath('spec'), opts),
    ...validateSelectorImmutable(update.spec?.selector, old.spec?.selector),
  ];
}

/** IsDecremented: a pointer that went from set to nil, or to a smaller value. */
function isDecremented(update: number | undefined, old: number | undefined): boolean {
  if (update === undefined && old !== undefined) return true;
  if (update === undefined || old === undefined) return false;
  return update < old;
}

/** ValidateDeploymentStatusUpdate */
export function validateDeploymentStatusUpdate(update: Deployment, old: Deployment): ErrorList {
  const fldPath = newPath('status');
  const errs = [
    ...validateCoreObjectMetaUpdate(update.metadata, old.metadata, newPath('metadata')),
    ...validateDeploymentStatus(update.status, fldPath),
  ];
  const cur = update.status?.collisionCount;
  if (isDecremented(cur, old.status?.collisionCount)) {
    errs.push(invalid(fldPath.child('collisionCount'), cur ?? 0, 'cannot be decremented'));
  }
  return errs;
}

// ---- ReplicaSet ----------------------------------------------------------------------------------------------

/**
 * ValidatePodTemplateSpecForReplicaSet: the selector matches the template labels, the template is a valid
 * pod template, restartPolicy is Always and activeDeadlineSeconds is unset.
 */
export function validatePodTemplateSpecForReplicaSet(
  template: PodTemplateSpec | undefined,
  selector: Selector,
  _replicas: number,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const t = template ?? {};
  const errs: ErrorList = [];
  const labels = t.metadata?.labels;
  if (!selector.empty()) {
    // Verify that the ReplicaSet selector matches the labels in template.
    if (!selector.matches(labels ?? {})) {
      errs.push(
        invalidGo(
          fldPath.child('metadata', 'labels'),
          labels ?? null,
          goMapStringString(labels),
          '`selector` does not match template `labels`',
        ),
      );
    }
  }
  errs.push(...validatePodTemplateSpec(t, fldPath, opts));
  // RestartPolicy has already been first-order validated as per ValidatePodTemplateSpec().
  const restartPolicy = t.spec?.restartPolicy ?? '';
  if (restartPolicy !== 'Always') {
    errs.push(notSupported(fldPath.child('spec', 'restartPolicy'), restartPolicy, ['Always']));
  }
  const ads = t.spec?.activeDeadlineSeconds;
  if (ads !== undefined && ads !== null) {
    errs.push(
      forbidden(
        fldPath.child('spec', 'activeDeadlineSeconds'),
        'activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
    );
  }
  return errs;
}

/** ValidateReplicaSetSpec. `oldSpec` is null on create. */
export function validateReplicaSetSpec(
  spec: ReplicaSetSpec | undefined,
  _oldSpec: ReplicaSetSpec | null,
  fldPath: Path,
  opts: PodValidationOptions,
): ErrorList {
  const s: Partial<ReplicaSetSpec> = spec ?? {};
  const replicas = num(s.replicas);
  return [
    ...validateNonnegativeField(replicas, fldPath.child('replicas')),
    ...validateNonnegativeField(num(s.minReadySeconds), fldPath.child('minReadySeconds')),
    ...validateSelectorAndTemplate(s.selector, s.template, replicas, fldPath, opts),
  ];
}

/** ValidateReplicaSetStatus */
export function validateReplicaSetStatus(status: ReplicaSetStatus | undefined, fldPath: Path): ErrorList {
  const s = status ?? {};
  const replicas = num(s.replicas);
  const fullyLabeled = num(s.fullyLabeledReplicas);
  const ready = num(s.readyReplicas);
  const available = num(s.availableReplicas);
  const errs: ErrorList = [
    ...validateNonnegativeField(replicas, fldPath.child('replicas')),
    ...validateNonnegativeField(fullyLabeled, fldPath.child('fullyLabeledReplicas')),
    ...validateNonnegativeField(ready, fldPath.child('readyReplicas')),
    ...validateNonnegativeField(available, fldPath.child('availableReplicas')),
    ...validateNonnegativeField(num(s.observedGeneration), fldPath.child('observedGeneration')),
  ];
  const msg = 'cannot be greater than status.replicas';
  if (fullyLabeled > replicas) errs.push(invalid(fldPath.child('fullyLabeledReplicas'), fullyLabeled, msg));
  if (ready > replicas) errs.push(invalid(fldPath.child('readyReplicas'), ready, msg));
  if (available > replicas) errs.push(invalid(fldPath.child('availableReplicas'), available, msg));
  if (available > ready)
    errs.push(invalid(fldPath.child('availableReplicas'), available, 'cannot be greater than readyReplicas'));
  return errs;
}

/** ValidateReplicaSet */
export function validateReplicaSet(
  rs: ReplicaSet,
  opts: PodValidationOptions = defaultPodValidationOptions(),
): ErrorList {
  return [
    ...validateCoreObjectMeta(rs.metadata, true, validateReplicaSetName, newPath('metadata')),
    ...validateReplicaSetSpec(rs.spec, null, newPath('spec'), opts),
  ];
}

/** ValidateReplicaSetUpdate: metadata update rules, the new spec, and an unchanged selector. */
export function validateReplicaSetUpdate(
  rs: ReplicaSet,
  oldRs: ReplicaSet,
  opts: PodValidationOptions = defaultPodValidationOptions(),
): ErrorList {
  return [
    ...validateCoreObjectMetaUpdate(rs.metadata, oldRs.metadata, newPath('metadata')),
    ...validateReplicaSetSpec(rs.spec, oldRs.spec ?? null, newPath('spec'), opts),
    ...validateSelectorImmutable(rs.spec?.selector, oldRs.spec?.selector),
  ];
}

/** ValidateReplicaSetStatusUpdate */
export function validateReplicaSetStatusUpdate(rs: ReplicaSet, oldRs: ReplicaSet): ErrorList {
  return [
    ...validateCoreObjectMetaUpdate(rs.metadata, oldRs.metadata, newPath('metadata')),
    ...validateReplicaSetStatus(rs.status, newPath('status')),
  ];
}

/** ValidateScale lives in autoscaling's validation (the Scale subresources of apps use it). */
export { validateScale } from '../../autoscaling/validation/validation';
