// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/registry/core/pod/rest/log.go
// Function: LogREST
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/registry/core/pod/rest/log.go

package rest

// LogREST is the storage of pods/log: it reads a container's log through the kubelet.
type LogREST struct {
	KubeletConn client.ConnectionInfoGetter
	Store       *genericregistry.Store
}

// The only interfaces it promises: the installer will give pods/log a GET route and nothing else.
var _ = rest.GetterWithOptions(&LogREST{})
var _ = rest.StorageMetadata(&LogREST{})

// ProducesMIMETypes: the log is plain text, not a JSON object.
func (r *LogREST) ProducesMIMETypes(verb string) []string {
	return []string{"text/plain"}
}

// NewGetOptions: GET …/log takes ?container=, ?follow=, ?tailLines=, … as a PodLogOptions.
func (r *LogREST) NewGetOptions() (runtime.Object, bool, string) {
	return &api.PodLogOptions{}, false, ""
}

// Get returns a stream the handler copies to the response body.
func (r *LogREST) Get(ctx context.Context, name string, opts runtime.Object) (runtime.Object, error) {
	logOpts, ok := opts.(*api.PodLogOptions)
	// ...
	location, transport, err := pod.LogLocation(ctx, r.Store, r.KubeletConn, name, logOpts)
	// ... an unscheduled Pod has no node and no kubelet to ask: location is nil
	return &genericrest.LocationStreamer{
		Location:    location,
		Transport:   transport,
		ContentType: "text/plain",
	}, nil
}
