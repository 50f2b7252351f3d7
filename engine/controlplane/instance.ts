// Go twin: k8s.io/kubernetes/pkg/controlplane/instance.go (CompletedConfig.New, InstallLegacyAPI,
// InstallAPIs) @ v1.34.0
import type { ResourceStorage } from '../endpoints/installer';
import type { APIGroupInfo, DelegationTarget, GenericServerConfig } from '../server/genericapiserver';
import { GenericAPIServer } from '../server/genericapiserver';
import type { Scheme } from '../runtime/scheme';
import type { CodecFactory } from '../runtime/serializer/codec_factory';
import { newAppsRESTStorage } from './storage_apps';
import { newLegacyRESTStorage } from './storage_core';
import { newRBACRESTStorage } from './storage_rbac';
import { newAdmissionRegistrationRESTStorage } from './storage_admissionregistration';
import { newAuthenticationRESTStorage } from './storage_authentication';
import { newAuthorizationRESTStorage } from './storage_authorization';
import type { Authorizer } from '../endpoints/filters/authorization';
import type { RegistryContext } from './resource';

export interface KubeAPIServerOptions {
  scheme: Scheme;
  codecs: CodecFactory;
  registry: RegistryContext;
  /** serve apps/v1beta1 (Kubernetes ≤ 1.15 did; v1.16 stopped) */
  serveAppsV1beta1: boolean;
  /** what SubjectAccessReviews ask: the server's own authorizer */
  authorizer: Authorizer;
}

/** What one RESTStorageProvider (pkg/registry/<group>/rest) gives InstallAPIs: storage per served version. */
export type VersionedStorage = Record<string, Record<string, ResourceStorage>>;

export function newKubeAPIServer(
  config: GenericServerConfig,
  opts: KubeAPIServerOptions,
  delegate: DelegationTarget,
): GenericAPIServer {
  const s = new GenericAPIServer('kube-apiserver', config, delegate, delegate.unprotectedHandler());
  const restStorageMap = newLegacyRESTStorage(opts.registry);
  config.onStartup?.('startup.newLegacyRESTStorage', { restStorageMap: Object.keys(restStorageMap) });
  const legacy: APIGroupInfo = {
    prioritizedVersions: [{ group: '', version: 'v1' }],
    versionedResourcesStorageMap: { v1: restStorageMap },
    scheme: opts.scheme,
    codecs: opts.codecs,
  };
  config.onStartup?.('startup.apiGroupInfo', {
    group: '',
    versions: ['v1'],
    storage: { v1: Object.keys(restStorageMap) },
  });
  s.installLegacyAPIGroup('/api', legacy);

  // InstallAPIs: one APIGroupInfo per RESTStorageProvider, in the order kube-apiserver lists them, installed
  // together by one InstallAPIGroups call
  const apps = newAppsRESTStorage(opts.registry);
  const appsVersions: VersionedStorage = { v1: apps.v1 };
  if (opts.serveAppsV1beta1) appsVersions.v1beta1 = apps.v1beta1;
  const groups: [string, VersionedStorage][] = [
    ['authentication.k8s.io', newAuthenticationRESTStorage(opts.registry)],
    ['authorization.k8s.io', newAuthorizationRESTStorage(opts.authorizer)],
    ['rbac.authorization.k8s.io', newRBACRESTStorage(opts.registry)],
    ['apps', appsVersions],
    ['admissionregistration.k8s.io', newAdmissionRegistrationRESTStorage(opts.registry)],
  ];
  s.installAPIGroups(...groups.map(([group, versions]) => apiGroupInfo(config, opts, group, versions)));
  return s;
}

function apiGroupInfo(
  config: GenericServerConfig,
  opts: KubeAPIServerOptions,
  group: string,
  versions: VersionedStorage,
): APIGroupInfo {
  config.onStartup?.('startup.apiGroupInfo', {
    group,
    versions: Object.keys(versions),
    storage: Object.fromEntries(Object.entries(versions).map(([v, m]) => [v, Object.keys(m)])),
  });
  return {
    prioritizedVersions: opts.scheme.prioritizedVersionsForGroup(group),
    versionedResourcesStorageMap: versions,
    scheme: opts.scheme,
    codecs: opts.codecs,
  };
}
