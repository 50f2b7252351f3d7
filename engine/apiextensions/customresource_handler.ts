// Go twin: k8s.io/apiextensions-apiserver/pkg/apiserver/customresource_handler.go (crdHandler.ServeHTTP)
// @ v1.34.0
//
// Serves custom resources for established CRDs. A request it cannot serve — no CRD of that name, the wrong
// scope, a version that is not served, a CRD not yet established — goes to the delegate, which at the end
// of the chain answers a plain `404 page not found`.
import type { Handler } from '../server/http';

/** The subset of a CRD the handler needs to decide whether it can serve a request. */
export interface CRDInfo {
  name: string;
  namespaced: boolean;
  servedVersions: string[];
  established: boolean;
  serve: Handler;
}

/** possiblyAcrossAllNamespacesVerbs: a namespaced CR may be requested without a namespace only for these. */
const possiblyAcrossAllNamespacesVerbs = new Set(['list', 'watch']);

export function crdHandler(crds: () => ReadonlyMap<string, CRDInfo>, delegate: Handler): Handler {
  return async (w, req) => {
    const info = req.ctx.requestInfo;
    if (!info) return delegate(w, req);
    if (!info.isResourceRequest) return delegate(w, req); // group/version discovery is served per CRD group
    const crd = crds().get(`${info.resource}.${info.apiGroup}`);
    if (!crd) return delegate(w, req);
    const namespacedRequest = info.namespace !== '';
    if (crd.namespaced && !namespacedRequest && !possiblyAcrossAllNamespacesVerbs.has(info.verb))
      return delegate(w, req);
    if (!crd.namespaced && namespacedRequest) return delegate(w, req);
    if (!crd.servedVersions.includes(info.apiVersion)) return delegate(w, req);
    if (!crd.established) return delegate(w, req);
    return crd.serve(w, req);
  };
}
