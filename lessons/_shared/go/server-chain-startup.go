// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/cmd/kube-apiserver/app/server.go
// Function: CreateServerChain
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/cmd/kube-apiserver/app/server.go

package app

// CreateServerChain builds the three servers inside out, each delegating to the one built before it.
func CreateServerChain(config CompletedConfig) (*aggregatorapiserver.APIAggregator, error) {
	// the end of the chain: a plain 404 (or a 503 while paths are still being installed)
	notFoundHandler := notfoundhandler.New(config.KubeAPIs.ControlPlane.Generic.Serializer, genericapifilters.NoMuxAndDiscoveryIncompleteKey)

	// 1. apiextensions-apiserver: CustomResourceDefinitions, delegating to not-found
	apiExtensionsServer, err := config.ApiExtensions.New(genericapiserver.NewEmptyDelegateWithCustomHandler(notFoundHandler))
	// ...

	// 2. kube-apiserver: the built-in groups, delegating to apiextensions
	kubeAPIServer, err := config.KubeAPIs.New(apiExtensionsServer.GenericAPIServer)
	// ...

	// 3. kube-aggregator: the outermost server, the only one whose filters run
	aggregatorServer, err := controlplaneapiserver.CreateAggregatorServer(config.Aggregator, kubeAPIServer.ControlPlane.GenericAPIServer, /* ... */)
	// ...
	return aggregatorServer, nil
}
