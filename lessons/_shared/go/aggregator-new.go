// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kube-aggregator/pkg/apiserver/apiserver.go
// Function: completedConfig.NewWithDelegate
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/kube-aggregator/pkg/apiserver/apiserver.go

package apiserver

func (c completedConfig) NewWithDelegate(delegationTarget genericapiserver.DelegationTarget) (*APIAggregator, error) {
	// the generic server wires its NonGoRestfulMux so that any path it does not
	// know goes to delegationTarget.UnprotectedHandler(): kube-apiserver's director
	genericServer, err := c.GenericConfig.New("kube-aggregator", delegationTarget)
	if err != nil {
		return nil, err
	}
	// ...
	s := &APIAggregator{
		GenericAPIServer: genericServer,
		delegateHandler:  delegationTarget.UnprotectedHandler(),
		proxyHandlers:    map[string]*proxyHandler{},
		// ...
	}
	// the aggregator serves apiregistration.k8s.io (APIService objects) itself
	// ...
	// and the group list, merged from every APIService
	apisHandler := &apisHandler{codecs: aggregatorscheme.Codecs, lister: s.lister /* ... */}
	s.GenericAPIServer.Handler.NonGoRestfulMux.Handle("/apis", apisHandler) // (aggregated discovery wraps it)
	s.GenericAPIServer.Handler.NonGoRestfulMux.UnlistedHandle("/apis/", apisHandler)
	// each APIService then adds a proxy path, /api for v1 and /apis/<group>/<version>
	// for the rest (AddAPIService); a local APIService hands the request to delegateHandler
	// ...
	return s, nil
}
