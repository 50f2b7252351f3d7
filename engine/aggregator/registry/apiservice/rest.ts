// Go twin: k8s.io/kube-aggregator/pkg/registry/apiservice/rest/storage_apiservice.go (NewRESTStorage) @ v1.34.0
// apiregistration.k8s.io/v1 only: v1beta1 stopped being served in 1.22 (ShouldServeForVersion(1, 22)).
import type { RegistryContext } from '../../../controlplane/resource';
import type { APIGroupInfo } from '../../../server/genericapiserver';
import { SchemeGroupVersion as V1 } from '../../apis/apiregistration/v1/register';
import { newAPIServiceREST } from './etcd';
import type { Store } from '../../../registry/generic/registry/store';

export function newRESTStorage(c: RegistryContext): { apiGroupInfo: APIGroupInfo; apiServices: Store } {
  const { rest, status } = newAPIServiceREST(c);
  return {
    apiGroupInfo: {
      prioritizedVersions: [V1],
      versionedResourcesStorageMap: { v1: { apiservices: rest, 'apiservices/status': status } },
      scheme: c.storage.scheme,
      codecs: c.storage.codecs,
    },
    apiServices: rest,
  };
}
