// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/server/handler.go
// Function: director.ServeHTTP
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/server/handler.go

package server

// Every GenericAPIServer has one: FullHandlerChain = filters wrapped around the director.
type director struct {
	name               string
	goRestfulContainer *restful.Container
	nonGoRestfulMux    *mux.PathRecorderMux
}

func (d director) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	path := req.URL.Path
	// 1. do the installed API groups (go-restful web services) claim the path?
	for _, ws := range d.goRestfulContainer.RegisteredWebServices() {
		switch {
		case ws.RootPath() == "/apis":
			// the discovery service at /apis must not swallow /apis/<anything>
			if path == "/apis" || path == "/apis/" {
				d.goRestfulContainer.Dispatch(w, req)
				return
			}
		case strings.HasPrefix(path, ws.RootPath()):
			// /api/v1 claims /api/v1 and /api/v1/..., not /api/v1beta
			if len(path) == len(ws.RootPath()) || path[len(ws.RootPath())] == '/' {
				d.goRestfulContainer.Dispatch(w, req)
				return
			}
		}
	}
	// 2. otherwise the plain mux: /healthz, /version, /apis/<group>, ... and, for
	//    every path it does not know, its NotFoundHandler = the next server's director
	d.nonGoRestfulMux.ServeHTTP(w, req)
}
