// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/register.go (GroupName, SchemeGroupVersion,
// addKnownTypes) @ v1.34.0
// Go also registers ConversionReview and metav1.DeleteOptions/ListOptions here; only the CRD kinds are modelled.
import type { Scheme } from '../../../runtime/scheme';
import { APIVersionInternal, type GroupVersion } from '../../../runtime/schema/groupversion';
import {
  ApiextensionsCustomResourceDefinition,
  ApiextensionsCustomResourceDefinitionList,
  GroupName,
} from './types';

export { GroupName };
export const SchemeGroupVersion: GroupVersion = { group: GroupName, version: APIVersionInternal };

export function registerApiextensionsInternal(scheme: Scheme): void {
  scheme.addKnownTypes(
    SchemeGroupVersion,
    ApiextensionsCustomResourceDefinition,
    ApiextensionsCustomResourceDefinitionList,
  );
}
