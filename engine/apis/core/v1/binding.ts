// Go twin: k8s.io/api/core/v1/types.go (Binding) and pkg/apis/core/v1/zz_generated.conversion.go
// (Convert_v1_Binding_To_core_Binding and back) @ v1.34.0 — what a scheduler POSTs to bind a Pod to a node.
import type { GoType } from '../../../runtime/object';
import { req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { objectMeta, typeMetaFields } from '../../meta/v1/types';
import { ObjectReferenceDef } from './event_types';
import { copyStructFields } from './structural_copy';

const pkg = 'k8s.io/api/core/v1';

export const BindingDef: StructDef = struct(pkg, 'Binding', [
  ...typeMetaFields(),
  objectMeta(),
  req(
    'target',
    t.struct(() => ObjectReferenceDef),
    { doc: 'The target object that you want to bind to the standard object.' },
  ),
]);

export const V1Binding: GoType = { pkg, name: 'Binding', def: BindingDef };
export const CoreBinding: GoType = { pkg: 'k8s.io/kubernetes/pkg/apis/core', name: 'Binding' };

export function registerBinding(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreBinding);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1Binding);
  scheme.addConversionFunc(
    V1Binding,
    CoreBinding,
    (i, o) => copyStructFields(i, o),
    'Convert_v1_Binding_To_core_Binding',
  );
  scheme.addConversionFunc(
    CoreBinding,
    V1Binding,
    (i, o) => copyStructFields(i, o),
    'Convert_core_Binding_To_v1_Binding',
  );
}
