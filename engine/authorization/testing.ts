// Test helper (no Go twin): the authorizer.AttributesRecord an authorizer test asks about.
import type { Attributes } from '../endpoints/filters/authorization';

/** A resource request with test defaults: `get` of `pods` in `default`, no user unless given. */
export function newAttributes(a: Partial<Attributes> = {}): Attributes {
  return {
    verb: 'get',
    namespace: 'default',
    apiGroup: '',
    apiVersion: 'v1',
    resource: 'pods',
    subresource: '',
    name: '',
    resourceRequest: true,
    path: '/api/v1/namespaces/default/pods',
    ...a,
  };
}
