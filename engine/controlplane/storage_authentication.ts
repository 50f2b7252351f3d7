// Go twin: k8s.io/kubernetes/pkg/registry/authentication/rest/storage_authentication.go
// (RESTStorageProvider.NewRESTStorage, v1Storage) @ v1.34.0
// Nothing here touches etcd: a review answers from the request's user. (Go also serves tokenreviews in
// authentication.k8s.io/v1; v1beta1 and v1alpha1 selfsubjectreviews are off by default in 1.34.)
import { SelfSubjectReviewREST } from '../registry/authentication/selfsubjectreview/rest';
import type { VersionedStorage } from './instance';
import type { RegistryContext } from './resource';

export function newAuthenticationRESTStorage(c: Pick<RegistryContext, 'env'>): VersionedStorage {
  return {
    v1: {
      selfsubjectreviews: new SelfSubjectReviewREST(() => c.env.now()),
    },
  };
}
