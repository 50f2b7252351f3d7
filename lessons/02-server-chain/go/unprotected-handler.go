// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/genericapiserver.go
// Function: GenericAPIServer.UnprotectedHandler
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/genericapiserver.go

package server

// What a server needs from the server it delegates to.
type DelegationTarget interface {
	// the handler to call for paths this server does not serve
	UnprotectedHandler() http.Handler
	PostStartHooks() map[string]postStartHookEntry
	// ... PreShutdownHooks, HealthzChecks, ListedPaths, NextDelegate, PrepareRun, ...
}

// UnprotectedHandler is the director, *not* Handler.FullHandlerChain: the request has
// already been through the outermost server's filters (authenticated, authorized,
// audited, counted), so the next server must not run its own filters again.
func (s *GenericAPIServer) UnprotectedHandler() http.Handler {
	return s.Handler.Director
}
