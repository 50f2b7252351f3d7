// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/hooks.go
// Function: GenericAPIServer.RunPostStartHooks
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/hooks.go

package server

// After the servers are built and the API installed, every post-start hook runs (in its own goroutine);
// /readyz reports ready only once they have all finished.
func (s *GenericAPIServer) RunPostStartHooks(stopCh <-chan struct{}) {
	s.postStartHookLock.Lock()
	defer s.postStartHookLock.Unlock()
	s.postStartHooksCalled = true

	context := PostStartHookContext{
		LoopbackClientConfig: s.LoopbackClientConfig, // hooks talk to this server through its own front door
		StopCh:               stopCh,
	}
	for hookName, hookEntry := range s.postStartHooks {
		go runPostStartHook(hookName, hookEntry, context)
	}
}

func runPostStartHook(name string, entry postStartHookEntry, context PostStartHookContext) {
	// ...
	err := entry.hook(context) // e.g. start-system-namespaces-controller, bootstrap-controller, autoregistration
	// ...
	close(entry.done) // the readyz check poststarthook/<name> passes from now on
}
