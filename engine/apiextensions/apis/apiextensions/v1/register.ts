// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/register.go (SchemeGroupVersion,
// addKnownTypes), zz_generated.conversion.go (RegisterConversions) and zz_generated.defaults.go
// (RegisterDefaults) @ v1.34.0
// No field label conversion: field selectors accept metadata.name (and metadata.namespace, always empty).
import type { Scheme } from '../../../../runtime/scheme';
import type { GroupVersion } from '../../../../runtime/schema/groupversion';
import { GroupName } from '../types';
import { v1Conversions } from './conversion';
import {
  SetObjectDefaults_CustomResourceDefinition,
  SetObjectDefaults_CustomResourceDefinitionList,
} from './defaults';
import { V1CustomResourceDefinition, V1CustomResourceDefinitionList } from './types';

export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: 'v1' };

export function registerApiextensionsV1(scheme: Scheme): void {
  scheme.addKnownTypes(SchemeGroupVersion, V1CustomResourceDefinition, V1CustomResourceDefinitionList);
  for (const c of v1Conversions) scheme.addConversionFunc(c.from, c.to, c.fn, c.name);
  scheme.addTypeDefaultingFunc(
    V1CustomResourceDefinition,
    SetObjectDefaults_CustomResourceDefinition,
    'SetObjectDefaults_CustomResourceDefinition',
  );
  scheme.addTypeDefaultingFunc(
    V1CustomResourceDefinitionList,
    SetObjectDefaults_CustomResourceDefinitionList,
    'SetObjectDefaults_CustomResourceDefinitionList',
  );
}
