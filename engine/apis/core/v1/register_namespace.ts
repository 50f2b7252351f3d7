// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go, conversion.go and
// zz_generated.defaults.go (the Namespace parts) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreNamespace, CoreNamespaceList } from '../namespace_types';
import { namespaceConversions } from './namespace_conversion';
import { SetObjectDefaults_Namespace, SetObjectDefaults_NamespaceList } from './namespace_defaults';
import { fieldLabelsFunc } from './field_labels';
import { V1Namespace, V1NamespaceList } from './namespace_types';

export function registerNamespace(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreNamespace, CoreNamespaceList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1Namespace, V1NamespaceList);
  for (const c of namespaceConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1Namespace, SetObjectDefaults_Namespace, 'SetObjectDefaults_Namespace');
  scheme.addTypeDefaultingFunc(
    V1NamespaceList,
    SetObjectDefaults_NamespaceList,
    'SetObjectDefaults_NamespaceList',
  );
  scheme.addFieldLabelConversionFunc(
    { group: '', version: 'v1', kind: 'Namespace' },
    fieldLabelsFunc(['status.phase', 'metadata.name']),
  );
}
