// Go twin: k8s.io/kubernetes/pkg/apis/core/validation/validation.go (ValidateSecret, ValidateSecretUpdate) @ v1.34.0
import { goSyntaxError } from '../../../runtime/serializer/json/scanner';
import { goJSONKind } from '../../../util/json/value';
import { forbidden, invalid, required, tooLong, type ErrorList } from '../../../util/validation/field/errors';
import { newPath } from '../../../util/validation/field/path';
import { isConfigMapKey } from '../../../util/validation/validation';
import {
  nameIsDNSSubdomain,
  validateImmutableField,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from '../../meta/validation/objectmeta';
import type { Secret } from '../secret_types';
import {
  BasicAuthPasswordKey,
  BasicAuthUsernameKey,
  DockerConfigJSONKey,
  DockerConfigKey,
  MaxSecretSize,
  SecretTypeBasicAuth,
  SecretTypeDockercfg,
  SecretTypeDockerConfigJSON,
  SecretTypeServiceAccountToken,
  SecretTypeSSHAuth,
  SecretTypeTLS,
  ServiceAccountNameKey,
  SSHAuthPrivateKey,
  TLSCertKey,
  TLSPrivateKeyKey,
} from '../v1/secret_types';
import { base64DecodedLength } from '../v1/structural_copy';
import { reflectMapEqual, sortedKeys } from './common';

export const validateSecretName = nameIsDNSSubdomain;

const immutableMsg = 'field is immutable when `immutable` is set';

/** The bytes of a base64 `[]byte` value, decoded as UTF-8 text (what json.Unmarshal reads). */
export function base64ToText(b64: string): string {
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return '';
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** The error of json.Unmarshal(data, &map[string]interface{}{}), or null. */
export function unmarshalMapError(text: string): string | null {
  const syntax = goSyntaxError(text);
  if (syntax !== null) return syntax;
  const v: unknown = JSON.parse(text);
  if (v === null || (typeof v === 'object' && !Array.isArray(v))) return null;
  return `json: cannot unmarshal ${goJSONKind(v)} into Go value of type map[string]interface {}`;
}

const has = (m: Record<string, string> | undefined, k: string) =>
  !!m && Object.prototype.hasOwnProperty.call(m, k);

/** ValidateSecret: keys, total size, and the keys each well-known secret type requires. */
export function validateSecret(secret: Secret): ErrorList {
  const errs = validateObjectMeta(secret.metadata, true, validateSecretName, newPath('metadata'));
  const dataPath = newPath('data');
  const data = secret.data;
  let totalSize = 0;
  for (const key of sortedKeys(data)) {
    for (const msg of isConfigMapKey(key)) errs.push(invalid(dataPath.key(key), key, msg));
    totalSize += base64DecodedLength(String(data![key] ?? ''));
  }
  if (totalSize > MaxSecretSize) errs.push(tooLong(dataPath, '', MaxSecretSize));

  switch (secret.type ?? '') {
    case SecretTypeServiceAccountToken: {
      // Only require Annotations[kubernetes.io/service-account.name]; the uid and token come later.
      const value = secret.metadata?.annotations?.[ServiceAccountNameKey] ?? '';
      if (value.length === 0)
        errs.push(required(newPath('metadata', 'annotations').key(ServiceAccountNameKey), ''));
      break;
    }
    case SecretTypeDockercfg:
    case SecretTypeDockerConfigJSON: {
      const key = secret.type === SecretTypeDockercfg ? DockerConfigKey : DockerConfigJSONKey;
      if (!has(data, key)) {
        errs.push(required(dataPath.key(key), ''));
        break;
      }
      // make sure that the content is well-formed json.
      const err = unmarshalMapError(base64ToText(data![key] ?? ''));
      if (err !== null) errs.push(invalid(dataPath.key(key), '<secret contents redacted>', err));
      break;
    }
    case SecretTypeBasicAuth:
      // username or password might be empty, but the field must be present
      if (!has(data, BasicAuthUsernameKey) && !has(data, BasicAuthPasswordKey)) {
        errs.push(required(dataPath.key(BasicAuthUsernameKey), ''));
        errs.push(required(dataPath.key(BasicAuthPasswordKey), ''));
      }
      break;
    case SecretTypeSSHAuth:
      if (base64DecodedLength(data?.[SSHAuthPrivateKey] ?? '') === 0) {
        errs.push(required(dataPath.key(SSHAuthPrivateKey), ''));
      }
      break;
    case SecretTypeTLS:
      if (!has(data, TLSCertKey)) errs.push(required(dataPath.key(TLSCertKey), ''));
      if (!has(data, TLSPrivateKeyKey)) errs.push(required(dataPath.key(TLSPrivateKeyKey), ''));
      break;
    default:
    // Opaque, "" and unknown types: no-op
  }
  return errs;
}

/** ValidateSecretUpdate: the type never changes; once `immutable`, neither it nor data may change. */
export function validateSecretUpdate(newSecret: Secret, oldSecret: Secret): ErrorList {
  const errs = validateObjectMetaUpdate(newSecret.metadata, oldSecret.metadata, newPath('metadata'));
  errs.push(...validateImmutableField(newSecret.type ?? '', oldSecret.type ?? '', newPath('type')));
  if (oldSecret.immutable === true) {
    if (newSecret.immutable !== true) errs.push(forbidden(newPath('immutable'), immutableMsg));
    if (!reflectMapEqual(newSecret.data, oldSecret.data)) errs.push(forbidden(newPath('data'), immutableMsg));
    // StringData was already merged into Data by conversion.
  }
  errs.push(...validateSecret(newSecret));
  return errs;
}
