// Go twin: k8s.io/kubernetes/pkg/apis/core/types.go (Event, EventList, ObjectReference) @ v1.34.0
import type { GoType, RuntimeObject } from '../../runtime/object';

const pkg = 'k8s.io/kubernetes/pkg/apis/core';

export const CoreEvent: GoType = { pkg, name: 'Event' };
export const CoreEventList: GoType = { pkg, name: 'EventList' };

export interface ObjectReference {
  kind?: string;
  namespace?: string;
  name?: string;
  uid?: string;
  apiVersion?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export interface EventSource {
  component?: string;
  host?: string;
}

export interface EventSeries {
  count?: number;
  lastObservedTime?: string | null;
}

export interface Event extends RuntimeObject {
  involvedObject?: ObjectReference;
  reason?: string;
  message?: string;
  source?: EventSource;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  count?: number;
  type?: string;
  eventTime?: string | null;
  series?: EventSeries | null;
  action?: string;
  related?: ObjectReference | null;
  reportingComponent?: string;
  reportingInstance?: string;
}
