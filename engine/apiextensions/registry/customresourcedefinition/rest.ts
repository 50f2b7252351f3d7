// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/apiserver.go (completedConfig.New: the
// customresourcedefinitions and customresourcedefinitions/status storage of apiextensions.k8s.io/v1) @ v1.34.0
import type { RegistryContext } from '../../../controlplane/resource';
import type { APIGroupInfo } from '../../../server/genericapiserver';
import { SchemeGroupVersion as V1 } from '../../apis/apiextensions/v1/register';
import { newCustomResourceDefinitionREST, type CustomResourceDefinitionREST } from './etcd';

export function newRESTStorage(c: RegistryContext): {
  apiGroupInfo: APIGroupInfo;
  crds: CustomResourceDefinitionREST;
} {
  const { rest, status } = newCustomResourceDefinitionREST(c);
  return {
    apiGroupInfo: {
      prioritizedVersions: [V1],
      versionedResourcesStorageMap: {
        v1: { customresourcedefinitions: rest, 'customresourcedefinitions/status': status },
      },
      scheme: c.storage.scheme,
      codecs: c.storage.codecs,
    },
    crds: rest,
  };
}
