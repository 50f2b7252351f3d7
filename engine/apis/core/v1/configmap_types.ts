// Go twin: k8s.io/api/core/v1/types.go (ConfigMap, ConfigMapList) @ v1.34.0
import { listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/core/v1';

export const ConfigMapDef: StructDef = struct(pkg, 'ConfigMap', [
  ...typeMetaFields(),
  objectMeta(),
  opt('immutable', t.ptr(t.bool), {
    doc: 'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated.',
  }),
  opt('data', t.map(t.string), { doc: 'Data contains the configuration data.' }),
  opt('binaryData', t.map(t.bytes), { doc: 'BinaryData contains the binary data.' }),
]);

export const ConfigMapListDef: StructDef = listDef(pkg, 'ConfigMapList', () => ConfigMapDef);

export const V1ConfigMap: GoType = { pkg, name: 'ConfigMap', def: ConfigMapDef };
export const V1ConfigMapList: GoType = { pkg, name: 'ConfigMapList', def: ConfigMapListDef };
