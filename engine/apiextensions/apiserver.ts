// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/apiserver.go (completedConfig.New) @ v1.34.0
//
// The last API server in the chain. It serves CustomResourceDefinitions' custom resources through
// crdHandler at `/apis` and `/apis/…`; everything it cannot serve goes on to the not-found handler.
import { GenericAPIServer, type GenericServerConfig } from '../server/genericapiserver';
import type { Handler } from '../server/http';
import { crdHandler, type CRDInfo } from './customresource_handler';

export class APIExtensionsServer {
  readonly genericAPIServer: GenericAPIServer;
  /** established CRDs by name (`<plural>.<group>`); filled by the CRD controllers */
  readonly crds = new Map<string, CRDInfo>();

  constructor(config: GenericServerConfig, notFoundHandler: Handler) {
    this.genericAPIServer = new GenericAPIServer('apiextensions-apiserver', config, null, notFoundHandler);
    // delegateHandler is the not-found handler: the end of the chain.
    const delegate = notFoundHandler;
    const handler = crdHandler(() => this.crds, delegate);
    const mux = this.genericAPIServer.handler.nonGoRestfulMux;
    mux.handle('/apis', handler);
    mux.handlePrefix('/apis/', handler);
  }
}
