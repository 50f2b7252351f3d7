// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiserver/pkg/storage/etcd3/watcher.go
// Function: watchChan.startWatching
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/storage/etcd3/watcher.go

package etcd3

// One watch on etcd. initialRev is the resourceVersion the client asked for.
func (wc *watchChan) startWatching(watchClosedCh chan struct{}, initialEventsEndBookmarkRequired bool) {
	// ... initialRev 0 (no resourceVersion): the current state first, as ADDED events
	// every change *after* initialRev, replayed from etcd's history, then live ones;
	// WithPrevKV: a DELETED event carries the object as it last was
	opts := []clientv3.OpOption{clientv3.WithRev(wc.initialRev + 1), clientv3.WithPrevKV()}
	if wc.recursive {
		opts = append(opts, clientv3.WithPrefix()) // every key under /registry/deployments/default/
	}
	wch := wc.watcher.client.Watch(wc.ctx, wc.key, opts...)
	for wres := range wch {
		if wres.Err() != nil {
			// e.g. "mvcc: required revision has been compacted": history before the
			// compaction point is gone
			wc.sendError(wres.Err())
			return
		}
		for _, e := range wres.Events {
			// transform: a PUT creating the key → ADDED, any other PUT → MODIFIED, a DELETE →
			// DELETED; decoded with the storage codec, resourceVersion = the event's revision
			parsedEvent, _ := parseEvent(e)
			wc.sendEvent(parsedEvent)
		}
	}
	// ...
}

// How an error reaches the client: not as an HTTP status, but as the stream's last event.
func transformErrorToEvent(err error) *watch.Event {
	// interpretWatchError (errors.go): ErrCompacted →
	// apierrors.NewResourceExpired("The resourceVersion for the provided watch is too old.")
	err = interpretWatchError(err)
	if _, ok := err.(apierrors.APIStatus); !ok {
		err = apierrors.NewInternalError(err)
	}
	status := err.(apierrors.APIStatus).Status() // code 410, reason Expired
	return &watch.Event{Type: watch.Error, Object: &status}
}
