// Go twin: k8s.io/kube-aggregator/pkg/apis/apiregistration/v1/defaults.go (SetDefaults_ServiceReference) and
// zz_generated.defaults.go (SetObjectDefaults_APIService, SetObjectDefaults_APIServiceList) @ v1.34.0
// (v1beta1 has the same defaulting). A service reference without a port gets 443.
import { isObject, type RuntimeObject } from '../../../../runtime/object';

/** SetDefaults_ServiceReference: port 443 "for backward compatibility". */
export function SetDefaults_ServiceReference(obj: Record<string, unknown>): void {
  if (obj['port'] === undefined || obj['port'] === null) obj['port'] = 443;
}

export function SetObjectDefaults_APIService(obj: RuntimeObject): void {
  const spec = obj.spec;
  if (isObject(spec) && isObject(spec['service'])) SetDefaults_ServiceReference(spec['service']);
}

export function SetObjectDefaults_APIServiceList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) SetObjectDefaults_APIService(item as RuntimeObject);
}
