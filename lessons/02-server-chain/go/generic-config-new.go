// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/config.go
// Function: completedConfig.New
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/config.go

package server

// How every one of the three servers is made: name is "apiextensions-apiserver",
// "kube-apiserver" or "kube-aggregator"; delegationTarget is the next server.
func (c completedConfig) New(name string, delegationTarget DelegationTarget) (*GenericAPIServer, error) {
	// ...
	handlerChainBuilder := func(handler http.Handler) http.Handler {
		return c.BuildHandlerChainFunc(handler, c.Config) // DefaultBuildHandlerChain
	}
	// NewAPIServerHandler (handler.go) builds the director, sets
	//   FullHandlerChain = handlerChainBuilder(director)
	// and makes the last argument the NotFoundHandler of the director's plain mux:
	// a path this server does not know goes to the next server's director
	apiServerHandler := NewAPIServerHandler(name, c.Serializer, handlerChainBuilder, delegationTarget.UnprotectedHandler())

	s := &GenericAPIServer{
		// ...
		delegationTarget: delegationTarget,
		Handler:          apiServerHandler,
		listedPathProvider: apiServerHandler,
		// ...
	}
	// the delegate's start-up hooks and health checks become this server's too
	for k, v := range delegationTarget.PostStartHooks() {
		s.postStartHooks[k] = v
	}
	// ... health checks, listed paths, discovery
	return s, nil
}
