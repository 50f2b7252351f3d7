// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/apis/apps/install/install.go
// Function: Install
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/apis/apps/install/install.go

package install

func init() {
	Install(legacyscheme.Scheme) // kube-apiserver's one scheme
}

// Install puts the apps group into a scheme: the internal types, the hub that every
// version converts through, then each version with its generated conversions
// (RegisterConversions) and defaults (RegisterDefaults).
func Install(scheme *runtime.Scheme) {
	utilruntime.Must(apps.AddToScheme(scheme))    // apps/__internal
	utilruntime.Must(v1beta1.AddToScheme(scheme)) // still in the scheme, no longer served
	utilruntime.Must(v1beta2.AddToScheme(scheme))
	utilruntime.Must(v1.AddToScheme(scheme))
	// the order of preference: discovery's preferredVersion, what clients use by default,
	// and (through StorageEncodingFor) the version written to etcd
	utilruntime.Must(scheme.SetVersionPriority(v1.SchemeGroupVersion, v1beta2.SchemeGroupVersion, v1beta1.SchemeGroupVersion))
}
