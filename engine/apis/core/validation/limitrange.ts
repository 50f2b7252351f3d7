// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateLimitRange, validateLimitRangeTypeName,
// validateLimitRangeResourceName, ValidateLimitRangeName) @ v1.34.0
import { newQuantity, type Quantity } from '../../../api/resource/quantity';
import {
  duplicate,
  forbidden,
  invalid,
  required,
  type ErrorList,
} from '../../../util/validation/field/errors';
import { newPath, type Path } from '../../../util/validation/field/path';
import { isQualifiedName } from '../../../util/validation/validation';
import { nameIsDNSSubdomain, validateObjectMeta } from '../../meta/validation/objectmeta';
import {
  isOvercommitAllowed,
  isStandardLimitRangeType,
  LimitTypeContainer,
  LimitTypePersistentVolumeClaim,
  LimitTypePod,
} from '../helper/helpers';
import type { LimitRange, ResourceList } from '../limitrange_types';
import { sortedKeys } from './common';
import {
  invalidQuantity,
  quantityOf,
  validateContainerResourceName,
  validateResourceName,
} from './resource_quantity';

export const validateLimitRangeName = nameIsDNSSubdomain;

/** resource.MaxMilliValue: beyond it Go compares whole units, not milli-units. */
const maxMilliValue = Number((1n << 63n) - 1n) / 1000;
const one = newQuantity(1, 'DecimalSI');

/** validateLimitRangeTypeName: a qualified name; an unprefixed one must be Pod, Container or PVC. */
function validateLimitRangeTypeName(value: string, fldPath: Path): ErrorList {
  // core.LimitType has no String(), so Go prints it with %#v: quoted
  const errs = isQualifiedName(value).map((msg) => invalid(fldPath, value, msg));
  if (errs.length !== 0) return errs;
  if (!value.includes('/') && !isStandardLimitRangeType(value)) {
    errs.push(invalid(fldPath, value, 'must be a standard limit type or fully qualified'));
  }
  return errs;
}

/** Pod and Container limits name compute resources; other types (PVC) may name storage. */
function validateLimitRangeResourceName(limitType: string, value: string, fldPath: Path): ErrorList {
  return limitType === LimitTypePod || limitType === LimitTypeContainer
    ? validateContainerResourceName(value, fldPath)
    : validateResourceName(value, fldPath);
}

/** Go's `%f`: six decimals. */
const fmtFloat = (n: number) => (Number.isFinite(n) ? n.toFixed(6) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN');

/** ValidateLimitRange: names, no duplicate types, and min ≤ defaultRequest ≤ default ≤ max per resource. */
export function validateLimitRange(limitRange: LimitRange): ErrorList {
  const errs = validateObjectMeta(limitRange.metadata, true, validateLimitRangeName, newPath('metadata'));
  const fldPath = newPath('spec').child('limits');
  const seenTypes = new Set<string>();
  (limitRange.spec?.limits ?? []).forEach((limit, i) => {
    const idxPath = fldPath.index_(i);
    const type = limit.type ?? '';
    errs.push(...validateLimitRangeTypeName(type, idxPath.child('type')));
    if (seenTypes.has(type)) errs.push(duplicate(idxPath.child('type'), type));
    seenTypes.add(type);

    const keys = new Set<string>();
    const collect = (field: keyof typeof limit & string, list: ResourceList | undefined) => {
      const out = new Map<string, Quantity>();
      for (const k of sortedKeys(list)) {
        errs.push(...validateLimitRangeResourceName(type, k, idxPath.child(field).key(k)));
        keys.add(k);
        const q = quantityOf(list![k]);
        if (q) out.set(k, q);
      }
      return out;
    };
    const max = collect('max', limit.max);
    const min = collect('min', limit.min);
    let defaults = new Map<string, Quantity>();
    let defaultRequests = new Map<string, Quantity>();
    if (type === LimitTypePod) {
      if (Object.keys(limit.default ?? {}).length > 0) {
        errs.push(forbidden(idxPath.child('default'), "may not be specified when `type` is 'Pod'"));
      }
      if (Object.keys(limit.defaultRequest ?? {}).length > 0) {
        errs.push(forbidden(idxPath.child('defaultRequest'), "may not be specified when `type` is 'Pod'"));
      }
    } else {
      defaults = collect('default', limit.default);
      defaultRequests = collect('defaultRequest', limit.defaultRequest);
    }
    if (type === LimitTypePersistentVolumeClaim) {
      const has = (m: ResourceList | undefined) => Object.prototype.hasOwnProperty.call(m ?? {}, 'storage');
      if (!has(limit.min) && !has(limit.max)) {
        errs.push(
          required(
            idxPath.child('limits'),
            'either minimum or maximum storage value is required, but neither was provided',
          ),
        );
      }
    }
    const ratios = collect('maxLimitRequestRatio', limit.maxLimitRequestRatio);

    for (const k of [...keys].sort()) {
      const minQ = min.get(k);
      const maxQ = max.get(k);
      const defQ = defaults.get(k);
      const defReqQ = defaultRequests.get(k);
      const ratio = ratios.get(k);
      const key = (field: string) => idxPath.child(field).key(k);
      if (minQ && maxQ && minQ.cmp(maxQ) > 0) {
        errs.push(invalidQuantity(key('min'), minQ, `min value ${minQ} is greater than max value ${maxQ}`));
      }
      if (defReqQ && minQ && minQ.cmp(defReqQ) > 0) {
        errs.push(
          invalidQuantity(
            key('defaultRequest'),
            defReqQ,
            `min value ${minQ} is greater than default request value ${defReqQ}`,
          ),
        );
      }
      if (defReqQ && maxQ && defReqQ.cmp(maxQ) > 0) {
        errs.push(
          invalidQuantity(
            key('defaultRequest'),
            defReqQ,
            `default request value ${defReqQ} is greater than max value ${maxQ}`,
          ),
        );
      }
      if (defReqQ && defQ && defReqQ.cmp(defQ) > 0) {
        errs.push(
          invalidQuantity(
            key('defaultRequest'),
            defReqQ,
            `default request value ${defReqQ} is greater than default limit value ${defQ}`,
          ),
        );
      }
      // Go reports the min (and below, the max) as the bad value of these two: kept as is
      if (defQ && minQ && minQ.cmp(defQ) > 0) {
        errs.push(
          invalidQuantity(key('default'), minQ, `min value ${minQ} is greater than default value ${defQ}`),
        );
      }
      if (defQ && maxQ && defQ.cmp(maxQ) > 0) {
        errs.push(
          invalidQuantity(key('default'), maxQ, `default value ${defQ} is greater than max value ${maxQ}`),
        );
      }
      if (ratio && ratio.cmp(one) < 0) {
        errs.push(invalidQuantity(key('maxLimitRequestRatio'), ratio, `ratio ${ratio} is less than 1`));
      }
      if (ratio && minQ && maxQ) {
        let ratioValue = ratio.value();
        let minValue = minQ.value();
        let maxValue = maxQ.value();
        if (ratio.value() < maxMilliValue && minValue < maxMilliValue && maxValue < maxMilliValue) {
          ratioValue = ratio.milliValue() / 1000;
          minValue = minQ.milliValue();
          maxValue = maxQ.milliValue();
        }
        const maxRatioLimit = maxValue / minValue;
        if (ratioValue > maxRatioLimit) {
          errs.push(
            invalidQuantity(
              key('maxLimitRequestRatio'),
              ratio,
              `ratio ${ratio} is greater than max/min = ${fmtFloat(maxRatioLimit)}`,
            ),
          );
        }
      }
      // resources that cannot be overcommitted (hugepages, extended resources) need default == defaultRequest
      if (!isOvercommitAllowed(k) && defQ && defReqQ && defQ.cmp(defReqQ) !== 0) {
        errs.push(
          invalidQuantity(
            key('defaultRequest'),
            defReqQ,
            `default value ${defQ} must equal to defaultRequest value ${defReqQ} in ${k}`,
          ),
        );
      }
    }
  });
  return errs;
}
