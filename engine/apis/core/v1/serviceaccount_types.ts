// Go twin: k8s.io/api/core/v1/types.go (ServiceAccount, ServiceAccountList, LocalObjectReference) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';
import { ObjectReferenceDef } from './event_types';
import { LocalObjectReferenceDef } from './pod_types';

const pkg = 'k8s.io/api/core/v1';

export const ServiceAccountDef: StructDef = struct(pkg, 'ServiceAccount', [
  ...typeMetaFields(),
  objectMeta(),
  opt('secrets', t.slice(t.struct(() => ObjectReferenceDef)), {
    patchStrategy: 'merge',
    patchMergeKey: 'name',
    doc: 'Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use.',
  }),
  opt('imagePullSecrets', t.slice(t.struct(() => LocalObjectReferenceDef)), {
    doc: 'ImagePullSecrets is a list of references to secrets in the same namespace to use for pulling any images.',
  }),
  opt('automountServiceAccountToken', t.ptr(t.bool), {
    doc: 'AutomountServiceAccountToken indicates whether pods running as this service account should have an API token automatically mounted.',
  }),
]);

export const ServiceAccountListDef: StructDef = listDef(pkg, 'ServiceAccountList', () => ServiceAccountDef);

export const V1ServiceAccount: GoType = { pkg, name: 'ServiceAccount', def: ServiceAccountDef };
export const V1ServiceAccountList: GoType = { pkg, name: 'ServiceAccountList', def: ServiceAccountListDef };
