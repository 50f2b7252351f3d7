// Go twin: k8s.io/kubernetes/pkg/apis/core/register.go, pkg/apis/core/v1/register.go, conversion.go and
// zz_generated.defaults.go (the ConfigMap parts) @ v1.34.0
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal } from '../../../runtime/schema/groupversion';
import { CoreConfigMap, CoreConfigMapList } from '../configmap_types';
import { configmapConversions } from './configmap_conversion';
import { SetObjectDefaults_ConfigMap, SetObjectDefaults_ConfigMapList } from './configmap_defaults';
import { V1ConfigMap, V1ConfigMapList } from './configmap_types';

export function registerConfigMap(scheme: Scheme): void {
  scheme.addKnownTypes({ group: '', version: APIVersionInternal }, CoreConfigMap, CoreConfigMapList);
  scheme.addKnownTypes({ group: '', version: 'v1' }, V1ConfigMap, V1ConfigMapList);
  for (const c of configmapConversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(V1ConfigMap, SetObjectDefaults_ConfigMap, 'SetObjectDefaults_ConfigMap');
  scheme.addTypeDefaultingFunc(
    V1ConfigMapList,
    SetObjectDefaults_ConfigMapList,
    'SetObjectDefaults_ConfigMapList',
  );
}
