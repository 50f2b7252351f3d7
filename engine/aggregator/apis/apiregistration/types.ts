// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/types.go (the internal APIService and its parts)
// @ v1.34.0
//
// Internal objects have no wire form (no def). They differ from v1 in one place: `spec.service.port` is a
// plain int32 inside (v1's *int32, defaulted to 443, becomes 0 when nil).
import type { GoType, RuntimeObject } from '../../../runtime/object';

const pkg = 'k8s.io/kube-aggregator/pkg/apis/apiregistration';

export const APIRegistrationAPIService: GoType = { pkg, name: 'APIService' };
export const APIRegistrationAPIServiceList: GoType = { pkg, name: 'APIServiceList' };

/** ConditionStatus */
export const ConditionTrue = 'True';
export const ConditionFalse = 'False';
export const ConditionUnknown = 'Unknown';

/** APIServiceConditionType: Available indicates that the service exists and is reachable. */
export const Available = 'Available';

export interface ServiceReference {
  namespace?: string;
  name?: string;
  port?: number;
}

export interface APIServiceSpec {
  /** null (or absent): the group-version is served locally, by the delegate chain */
  service?: ServiceReference | null;
  group?: string;
  version?: string;
  insecureSkipTLSVerify?: boolean;
  /** []byte as base64 text */
  caBundle?: string;
  groupPriorityMinimum?: number;
  versionPriority?: number;
}

export interface APIServiceCondition {
  type?: string;
  status?: string;
  lastTransitionTime?: string | null;
  reason?: string;
  message?: string;
}

export interface APIServiceStatus {
  conditions?: APIServiceCondition[] | null;
}

export interface APIService extends RuntimeObject {
  spec?: APIServiceSpec;
  status?: APIServiceStatus;
}
