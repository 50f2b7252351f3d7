// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/status.go
// Function: ErrorToAPIStatus
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/status.go

package responsewriters

// How an error becomes the Status object (and HTTP code) a client receives.
// ErrorNegotiated calls it, then writes the Status with WriteObjectNegotiated.
func ErrorToAPIStatus(err error) *metav1.Status {
	switch t := err.(type) {
	case statusError:
		// the usual case: an apierrors.StatusError (NewNotFound, NewInvalid,
		// NewAlreadyExists, NewForbidden, ...) already carries code, reason, details
		status := t.Status()
		if len(status.Status) == 0 {
			status.Status = metav1.StatusFailure
		}
		switch status.Status {
		case metav1.StatusSuccess:
			if status.Code == 0 {
				status.Code = http.StatusOK
			}
		case metav1.StatusFailure:
			if status.Code == 0 {
				status.Code = http.StatusInternalServerError
			}
		// ...
		}
		status.Kind = "Status"
		status.APIVersion = "v1"
		return &status
	default:
		// any other error is a 500 (a storage conflict: 409) with reason Unknown
		status := http.StatusInternalServerError
		if storage.IsConflict(err) {
			status = http.StatusConflict
		}
		// ...
		return &metav1.Status{TypeMeta: metav1.TypeMeta{Kind: "Status", APIVersion: "v1"},
			Status: metav1.StatusFailure, Code: int32(status), Reason: metav1.StatusReasonUnknown, Message: err.Error()}
	}
}
