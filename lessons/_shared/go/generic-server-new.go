// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/config.go
// Function: completedConfig.New
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/config.go

package server

func (c completedConfig) New(name string, delegationTarget DelegationTarget) (*GenericAPIServer, error) {
	handlerChainBuilder := func(handler http.Handler) http.Handler {
		return c.BuildHandlerChainFunc(handler, c.Config) // DefaultBuildHandlerChain: the filters
	}
	// the director's non-restful mux falls through to the delegate's director (its unprotected handler)
	apiServerHandler := NewAPIServerHandler(name, c.Serializer, handlerChainBuilder, delegationTarget.UnprotectedHandler())

	s := &GenericAPIServer{
		Handler:          apiServerHandler,
		delegationTarget: delegationTarget,
		// ...
	}
	// the delegate's post-start hooks, health checks and listed paths become this server's too
	for k, v := range delegationTarget.PostStartHooks() {
		s.postStartHooks[k] = v
	}
	// ...
	installAPI(s, c.Config) // /version, /healthz, discovery at /apis (if enabled), …
	return s, nil
}
