// Go twin: k8s.io/api/core/v1/types.go (Secret, SecretList, SecretType constants) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';

export const SecretDef: StructDef = struct(pkg, 'Secret', [
  ...typeMetaFields(),
  objectMeta(),
  opt('immutable', t.ptr(t.bool), {
    doc: 'Immutable, if set to true, ensures that data stored in the Secret cannot be updated.',
  }),
  opt('data', t.map(t.bytes), { doc: 'Data contains the secret data, base64 encoded.' }),
  opt('stringData', t.map(t.string), {
    doc: 'stringData allows specifying non-binary secret data in string form. It is never output when reading.',
  }),
  opt('type', t.named('v1.SecretType'), { doc: 'Used to facilitate programmatic handling of secret data.' }),
]);

export const SecretListDef: StructDef = listDef(pkg, 'SecretList', () => SecretDef);

export const V1Secret: GoType = { pkg, name: 'Secret', def: SecretDef };
export const V1SecretList: GoType = { pkg, name: 'SecretList', def: SecretListDef };

/** MaxSecretSize: the limit on the total bytes of a Secret's (or ConfigMap's) data. */
export const MaxSecretSize = 1 * 1024 * 1024;

export const SecretTypeOpaque = 'Opaque';
export const SecretTypeServiceAccountToken = 'kubernetes.io/service-account-token';
export const ServiceAccountNameKey = 'kubernetes.io/service-account.name';
export const ServiceAccountUIDKey = 'kubernetes.io/service-account.uid';
export const SecretTypeDockercfg = 'kubernetes.io/dockercfg';
export const DockerConfigKey = '.dockercfg';
export const SecretTypeDockerConfigJSON = 'kubernetes.io/dockerconfigjson';
export const DockerConfigJSONKey = '.dockerconfigjson';
export const SecretTypeBasicAuth = 'kubernetes.io/basic-auth';
export const BasicAuthUsernameKey = 'username';
export const BasicAuthPasswordKey = 'password';
export const SecretTypeSSHAuth = 'kubernetes.io/ssh-auth';
export const SSHAuthPrivateKey = 'ssh-privatekey';
export const SecretTypeTLS = 'kubernetes.io/tls';
export const TLSCertKey = 'tls.crt';
export const TLSPrivateKeyKey = 'tls.key';
export const SecretTypeBootstrapToken = 'bootstrap.kubernetes.io/token';
