// Go twin: k8s.io/apiserver/pkg/admission/attributes.go (NewAttributesRecord) @ v1.34.0
//
// Attributes for plugin tests: a create of a core v1 Pod unless told otherwise.
import type { Attributes } from '../interfaces';

/** NewAttributesRecord with test defaults: CREATE of `pods` in `default`, kind `/v1, Kind=Pod`. */
export function newAttributes(a: Partial<Attributes> = {}): Attributes {
  return {
    name: '',
    namespace: 'default',
    resource: { group: '', version: 'v1', resource: 'pods' },
    subresource: '',
    operation: 'CREATE',
    kind: { group: '', version: 'v1', kind: 'Pod' },
    object: null,
    oldObject: null,
    dryRun: false,
    ...a,
  };
}
