// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateConfigMap, ValidateConfigMapUpdate)
// @ v1.34.0
import { forbidden, invalid, tooLong, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { byteLen, isConfigMapKey } from '../../../util/validation/validation';
import {
  nameIsDNSSubdomain,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import type { ConfigMap } from '../configmap_types';
import { MaxSecretSize } from '../v1/secret_types';
import { base64DecodedLength } from '../v1/structural_copy';
import { reflectMapEqual, sortedKeys } from './common';

export const validateConfigMapName = nameIsDNSSubdomain;

const immutableMsg = 'field is immutable when `immutable` is set';

/** ValidateConfigMap: keys, no key in both data and binaryData, and at most 1 MiB of values in all. */
export function validateConfigMap(cfg: ConfigMap): ErrorList {
  const errs = validateObjectMeta(cfg.metadata, true, validateConfigMapName, newPath('metadata'));
  const data = cfg.data ?? {};
  const binaryData = cfg.binaryData ?? {};
  let totalSize = 0;
  for (const key of sortedKeys(data)) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(newPath('data').key(key), key, msg));
    // check if we have a duplicate key in the other bag
    if (Object.prototype.hasOwnProperty.call(binaryData, key)) {
      errs.push(invalid(newPath('data').key(key), key, 'duplicate of key present in binaryData'));
    }
    totalSize += byteLen(String(data[key] ?? ''));
  }
  for (const key of sortedKeys(binaryData)) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(newPath('binaryData').key(key), key, msg));
    totalSize += base64DecodedLength(String(binaryData[key] ?? ''));
  }
  if (totalSize > MaxSecretSize) {
    // pass back "" to indicate that the error refers to the whole object.
    errs.push(tooLong(newPath(''), '', MaxSecretSize));
  }
  return errs;
}

/** ValidateConfigMapUpdate: once `immutable` is true, neither it nor data nor binaryData may change. */
export function validateConfigMapUpdate(newCfg: ConfigMap, oldCfg: ConfigMap): ErrorList {
  const errs = validateObjectMetaUpdate(newCfg.metadata, oldCfg.metadata, newPath('metadata'));
  if (oldCfg.immutable === true) {
    if (newCfg.immutable !== true) errs.push(forbidden(newPath('immutable'), immutableMsg));
    if (!reflectMapEqual(newCfg.data, oldCfg.data)) errs.push(forbidden(newPath('data'), immutableMsg));
    if (!reflectMapEqual(newCfg.binaryData, oldCfg.binaryData))
      errs.push(forbidden(newPath('binaryData'), immutableMsg));
  }
  errs.push(...validateConfigMap(newCfg));
  return errs;
}
