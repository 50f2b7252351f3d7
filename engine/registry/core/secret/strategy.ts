// Go twin: k8s.io/kubernetes/pkg/registry/core/secret/strategy.go (strategy, warningsForSecret,
// SelectableFields) and crypto/tls X509KeyPair's PEM checks @ v1.34.0
import type { RequestContext } from '../../../endpoints/request/context';
import type { RuntimeObject } from '../../../runtime/object';
import type { Secret } from '../../../apis/core/secret_types';
import { SecretTypeTLS, TLSCertKey, TLSPrivateKeyKey } from '../../../apis/core/v1/secret_types';
import { base64ToText, validateSecret, validateSecretUpdate } from '../../../apis/core/validation/secret';
import type { ObjectAttrs, ResourceStrategy } from '../../rest/create';

const sec = (obj: RuntimeObject) => obj as Secret;

/** pem.Decode, repeatedly: the types of the well-formed PEM blocks in `text`, in order. */
export function pemBlockTypes(text: string): string[] {
  const types: string[] = [];
  const re = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (const m of text.matchAll(re)) {
    const body = m[2]!
      .split(/\r?\n/)
      .filter((l) => !l.includes(':'))
      .join('');
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(body)) types.push(m[1]!);
  }
  return types;
}

/**
 * The PEM-level errors of tls.X509KeyPair (no certificate block, no key block, switched inputs). The
 * simulator does not parse X.509 or keys, so mismatched or malformed keys pass silently.
 */
export function x509KeyPairError(certPEM: string, keyPEM: string): string | null {
  const certTypes = pemBlockTypes(certPEM);
  if (!certTypes.includes('CERTIFICATE')) {
    if (certTypes.length === 0) return 'tls: failed to find any PEM data in certificate input';
    if (certTypes.length === 1 && certTypes[0]!.endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${certTypes.join(' ')}]`;
  }
  const skipped: string[] = [];
  for (const t of pemBlockTypes(keyPEM)) {
    if (t === 'PRIVATE KEY' || t.endsWith(' PRIVATE KEY')) return null;
    skipped.push(t);
  }
  if (skipped.length === 0) return 'tls: failed to find any PEM data in key input';
  if (skipped.length === 1 && skipped[0] === 'CERTIFICATE') {
    return 'tls: found a certificate rather than a key in the PEM for the private key';
  }
  return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${skipped.join(' ')}]`;
}

/** warningsForSecret: a TLS secret whose key pair does not load. */
export function warningsForSecret(secret: Secret): string[] {
  if (secret.type !== SecretTypeTLS) return [];
  const data = secret.data ?? {};
  const err = x509KeyPairError(
    base64ToText(data[TLSCertKey] ?? ''),
    base64ToText(data[TLSPrivateKeyKey] ?? ''),
  );
  return err ? [err] : [];
}

/** SelectableFields: metadata.name, metadata.namespace and type. */
export function getAttrs(obj: RuntimeObject): ObjectAttrs {
  return {
    labels: { ...(obj.metadata?.labels ?? {}) },
    fields: {
      'metadata.name': obj.metadata?.name ?? '',
      'metadata.namespace': obj.metadata?.namespace ?? '',
      type: sec(obj).type ?? '',
    },
  };
}

export const secretStrategy: ResourceStrategy = {
  groupKind: () => ({ group: '', kind: 'Secret' }),
  namespaceScoped: () => true,
  prepareForCreate: () => {},
  validate: (_ctx: RequestContext, obj: RuntimeObject) => validateSecret(sec(obj)),
  warningsOnCreate: (_ctx: RequestContext, obj: RuntimeObject) => warningsForSecret(sec(obj)),
  canonicalize: () => {},
  allowCreateOnUpdate: () => false,
  prepareForUpdate(_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject): void {
    // this is weird, but consistent with what the validatedUpdate function used to do.
    if (!sec(obj).type) sec(obj).type = sec(old).type ?? '';
  },
  validateUpdate: (_ctx: RequestContext, obj: RuntimeObject, old: RuntimeObject) =>
    validateSecretUpdate(sec(obj), sec(old)),
  warningsOnUpdate: (_ctx: RequestContext, obj: RuntimeObject) => warningsForSecret(sec(obj)),
  allowUnconditionalUpdate: () => true,
  getAttrs,
};
