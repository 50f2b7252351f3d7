// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go (ValidateLabelSelector,
// ValidateLabelSelectorRequirement) @ v1.34.0 — with LabelSelectorValidationOptions
// {AllowInvalidLabelValueInSelector: false}, as the apps validation calls it ("validate selector strictly").
import type { LabelSelector, LabelSelectorRequirement } from '../../../util/labels/labelselector';
import { forbidden, invalid, required, type ErrorList } from '../../../util/validation/field/errors';
import type { Path } from '../../../util/validation/field/path';
import { isValidLabelValue } from '../../../util/validation/validation';
import { validateLabelName, validateLabels } from '../../meta/validation/objectmeta';

export interface LabelSelectorValidationOptions {
  /** allow label values in matchExpressions that are not valid label values (for old, stored data) */
  allowInvalidLabelValueInSelector?: boolean;
  /** allow operators this server does not know (access reviews from newer clients) */
  allowUnknownOperatorInRequirement?: boolean;
}

/** ValidateLabelSelectorRequirement: operator, values for the operator, key, and (strictly) the values. */
export function validateLabelSelectorRequirement(
  sr: LabelSelectorRequirement,
  opts: LabelSelectorValidationOptions,
  fldPath: Path,
): ErrorList {
  const errs: ErrorList = [];
  const values = sr.values ?? [];
  switch (sr.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        errs.push(required(fldPath.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        errs.push(
          forbidden(
            fldPath.child('values'),
            "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
          ),
        );
      }
      break;
    default:
      if (!opts.allowUnknownOperatorInRequirement) {
        errs.push(invalid(fldPath.child('operator'), sr.operator ?? '', 'not a valid selector operator'));
      }
  }
  errs.push(...validateLabelName(sr.key ?? '', fldPath.child('key')));
  if (!opts.allowInvalidLabelValueInSelector) {
    values.forEach((value, i) => {
      for (const msg of isValidLabelValue(value))
        errs.push(invalid(fldPath.child('values').index_(i), value, msg));
    });
  }
  return errs;
}

/** ValidateLabelSelector: matchLabels as labels, then each matchExpressions entry. A nil selector is valid. */
export function validateLabelSelector(
  ps: LabelSelector | null | undefined,
  opts: LabelSelectorValidationOptions,
  fldPath: Path,
): ErrorList {
  if (!ps) return [];
  const errs: ErrorList = [];
  errs.push(
    ...validateLabels(
      (ps.matchLabels ?? undefined) as Record<string, string> | undefined,
      fldPath.child('matchLabels'),
    ),
  );
  (ps.matchExpressions ?? []).forEach((expr, i) => {
    errs.push(...validateLabelSelectorRequirement(expr, opts, fldPath.child('matchExpressions').index_(i)));
  });
  return errs;
}
