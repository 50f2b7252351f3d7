// Go twin: k8s.io/kubernetes/pkg/registry/authorization/rest/storage_authorization.go
// (RESTStorageProvider.NewRESTStorage, v1Storage) @ v1.34.0
// The reviews ask the server's own authorizer, so the group is built from it; nothing here touches etcd.
// (Go also serves localsubjectaccessreviews and selfsubjectrulesreviews in authorization.k8s.io/v1.)
import type { Authorizer } from '../endpoints/filters/authorization';
import { SelfSubjectAccessReviewREST } from '../registry/authorization/selfsubjectaccessreview/rest';
import { SubjectAccessReviewREST } from '../registry/authorization/subjectaccessreview/rest';
import type { VersionedStorage } from './instance';

export function newAuthorizationRESTStorage(authorizer: Authorizer): VersionedStorage {
  return {
    v1: {
      subjectaccessreviews: new SubjectAccessReviewREST(authorizer),
      selfsubjectaccessreviews: new SelfSubjectAccessReviewREST(authorizer),
    },
  };
}
