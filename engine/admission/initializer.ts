// Go twin: k8s.io/apiserver/pkg/admission/initializer (WantsExternalKubeInformerFactory, WantsExternalKubeClientSet)
// and k8s.io/kubernetes/pkg/kubeapiserver/admission (PluginInitializer) @ v1.34.0
//
// What an admission plugin is given when the server builds its chain. Go hands plugins informer listers (a
// cache of the objects) and a client; here a lister reads the registry's storage directly — the same objects,
// without a request of its own — and the loopback client writes as kube-apiserver does.
import type { GroupResource } from '../api/errors/errors';
import type { RuntimeObject } from '../runtime/object';
import type { Scheme } from '../runtime/scheme';
import type { Plugin } from './interfaces';

/** A lister for one resource: internal objects, as the registry holds them. */
export interface Lister {
  /** null when there is no such object */
  get(namespace: string, name: string): Promise<RuntimeObject | null>;
  /** every object, or every object in one namespace */
  list(namespace?: string): Promise<RuntimeObject[]>;
}

/** A JSON client for the server itself (Go: the loopback clientset); non-2xx answers throw StatusErrors. */
export interface AdmissionClient {
  do<T>(method: string, path: string, body?: object): Promise<T>;
}

export interface PluginInitialization {
  listerFor(gr: GroupResource): Lister;
  client: AdmissionClient;
  scheme: Scheme;
  now(): Date;
}

/** admission.Factory: builds a plugin for one server. */
export type PluginFactory = (init: PluginInitialization) => Plugin;
