// Go twin: k8s.io/apimachinery/pkg/apis/meta/v1/types.go (APIResource, APIResourceList, APIGroup,
// APIGroupList, APIVersions) — field order as Go encodes them @ v1.34.0

export interface APIResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  group?: string;
  version?: string;
  kind: string;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  storageVersionHash?: string;
}

export interface GroupVersionForDiscovery {
  groupVersion: string;
  version: string;
}

export interface APIGroup {
  name: string;
  versions: GroupVersionForDiscovery[];
  preferredVersion: GroupVersionForDiscovery;
}
