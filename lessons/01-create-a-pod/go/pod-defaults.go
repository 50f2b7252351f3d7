// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/kubernetes/pkg/apis/core/v1/defaults.go
// Function: SetDefaults_Container
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/pkg/apis/core/v1/defaults.go

package v1

// Generated code (zz_generated.defaults.go: SetObjectDefaults_Pod) walks a v1.Pod and
// calls SetDefaults_Pod, SetDefaults_PodSpec (restartPolicy Always, dnsPolicy
// ClusterFirst, schedulerName default-scheduler, terminationGracePeriodSeconds 30, ...)
// and, for every container, this function.
func SetDefaults_Container(obj *v1.Container) {
	if obj.ImagePullPolicy == "" {
		// the image's tag decides: "nginx:1.27" → IfNotPresent; "nginx" or "nginx:latest" → Always
		_, tag, _, _ := parsers.ParseImageName(obj.Image)
		if tag == "latest" {
			obj.ImagePullPolicy = v1.PullAlways
		} else {
			obj.ImagePullPolicy = v1.PullIfNotPresent
		}
	}
	if obj.TerminationMessagePath == "" {
		obj.TerminationMessagePath = v1.TerminationMessagePathDefault // "/dev/termination-log"
	}
	if obj.TerminationMessagePolicy == "" {
		obj.TerminationMessagePolicy = v1.TerminationMessageReadFile // "File"
	}
}
