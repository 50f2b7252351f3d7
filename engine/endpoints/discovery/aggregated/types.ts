// Go twin: k8s.io/api/apidiscovery/v2/types.go (APIGroupDiscoveryList, APIGroupDiscovery, APIVersionDiscovery,
// APIResourceDiscovery, APISubresourceDiscovery) @ v1.34.0
//
// Field order is Go's; optional fields are the `omitempty` ones. The documents are built in this order and
// encoded as plain JSON, like the legacy discovery documents beside them.

export const GroupName = 'apidiscovery.k8s.io';
export const SchemeGroupVersion = { group: GroupName, version: 'v2' } as const;

/** metav1.GroupVersionKind: every field is always written, empty or not */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export type ResourceScope = 'Cluster' | 'Namespaced';
export const ScopeCluster: ResourceScope = 'Cluster';
export const ScopeNamespace: ResourceScope = 'Namespaced';

export type DiscoveryFreshness = 'Current' | 'Stale';
export const DiscoveryFreshnessCurrent: DiscoveryFreshness = 'Current';
export const DiscoveryFreshnessStale: DiscoveryFreshness = 'Stale';

export interface APISubresourceDiscovery {
  subresource: string;
  responseKind?: GroupVersionKind;
  acceptedTypes?: GroupVersionKind[];
  verbs: string[];
}

export interface APIResourceDiscovery {
  resource: string;
  responseKind?: GroupVersionKind;
  scope: ResourceScope;
  singularResource: string;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  subresources?: APISubresourceDiscovery[];
}

export interface APIVersionDiscovery {
  version: string;
  resources?: APIResourceDiscovery[];
  freshness?: DiscoveryFreshness;
}

/** ObjectMeta as Go writes it for these documents: only the name, and the zero creationTimestamp as null */
export interface APIGroupDiscovery {
  metadata: { name?: string; creationTimestamp: null };
  versions?: APIVersionDiscovery[];
}

export interface APIGroupDiscoveryList {
  kind?: 'APIGroupDiscoveryList';
  apiVersion?: string;
  metadata: Record<string, never>;
  items: APIGroupDiscovery[];
}
