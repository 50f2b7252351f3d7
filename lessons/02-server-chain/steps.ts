// This lesson shows how the chain is built (CreateServerChain, DefaultBuildHandlerChain, completedConfig.New)
// at the steps where a request crosses from one server to the next.
import type { StepOverrides } from '../_shared/define';

export const steps: StepOverrides = {
  'filter.auditInit @0': {
    excerpt: 'create-server-chain',
    from: '1. apiextensions-apiserver',
    to: 'return aggregatorServer, nil',
  },
  'filter.auditInit': {
    excerpt: 'build-handler-chain',
    from: 'handler = genericapifilters.WithAuditInit(handler)',
  },
  'filter.authorization': {
    excerpt: 'build-handler-chain',
    from: 'handler := apiHandler',
    to: 'handler = genericapifilters.WithAuthorization',
  },
  'chain.aggregator @0': {
    excerpt: 'handler-proxy',
    from: 'if handlingInfo.local {',
    to: 'r.localDelegate.ServeHTTP(w, req)',
  },
  'chain.aggregator @1': {
    excerpt: 'generic-config-new',
    from: 'NewAPIServerHandler (handler.go)',
    to: 'apiServerHandler := NewAPIServerHandler',
  },
  'chain.kubeAPIServer @1': {
    excerpt: 'unprotected-handler',
    from: 'func (s *GenericAPIServer) UnprotectedHandler',
    to: 'return s.Handler.Director',
  },
  'chain.aggregator @2': {
    excerpt: 'aggregator-new',
    from: 'apisHandler := &apisHandler',
    to: 'UnlistedHandle("/apis/", apisHandler)',
  },
  'exit.404 @1': { excerpt: 'not-found', from: 'http.NotFound(rw, req)' },
  'exit.200 @2': { excerpt: 'handler-apis', from: 'responsewriters.WriteObjectNegotiated' },
};
