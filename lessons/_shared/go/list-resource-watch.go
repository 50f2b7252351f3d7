// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/get.go
// Function: ListResource
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/get.go

package handlers

// GET on a collection: a list, or with ?watch=true a watch. Both come here.
func ListResource(r rest.Lister, rw rest.Watcher, scope *RequestScope, forceWatch bool, minRequestTimeout time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, req *http.Request) {
		// ... namespace, negotiate the output media type
		opts := metainternalversion.ListOptions{} // watch, resourceVersion, labelSelector, timeoutSeconds, ...
		if err := metainternalversionscheme.ParameterCodec.DecodeParameters(req.URL.Query(), scope.MetaGroupVersion, &opts); err != nil {
			scope.err(errors.NewBadRequest(err.Error()), w, req)
			return
		}
		// ... validate the options, convert field selectors
		if opts.Watch || forceWatch {
			// a watch ends by itself: after ?timeoutSeconds, or at a random point between
			// --min-request-timeout (30 min) and twice that; the client then watches again
			timeout := time.Duration(0)
			if opts.TimeoutSeconds != nil {
				timeout = time.Duration(*opts.TimeoutSeconds) * time.Second
			}
			if timeout == 0 && minRequestTimeout > 0 {
				timeout = time.Duration(float64(minRequestTimeout) * (rand.Float64() + 1.0))
			}
			// Store.Watch → storage.Interface.Watch(key, resourceVersion): the watch cache
			// in a real cluster, etcd3's watcher here
			watcher, err := rw.Watch(ctx, &opts)
			if err != nil {
				scope.err(err, w, req) // an error *before* streaming is a plain Status response
				return
			}
			handler, err := serveWatchHandler(watcher, scope, outputMediaType, req, w, timeout, metricsScope)
			// ...
			handler.ServeHTTP(w, req) // WatchServer: one frame per event, until the end
			return
		}
		// ... a plain list: r.List(ctx, &opts), then transformResponseObject
	}
}
