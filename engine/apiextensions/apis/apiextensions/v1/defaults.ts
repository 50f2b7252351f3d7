// Go twin: k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1/defaults.go
// (SetDefaults_CustomResourceDefinition, SetDefaults_CustomResourceDefinitionSpec, SetDefaults_ServiceReference)
// and zz_generated.defaults.go (SetObjectDefaults_CustomResourceDefinition, …List) @ v1.34.0
import { isObject, type RuntimeObject } from '../../../../runtime/object';

type JSONObject = Record<string, unknown>;

/** SetDefaults_CustomResourceDefinition: the spec, then storedVersions from the first storage version. */
export function SetDefaults_CustomResourceDefinition(obj: RuntimeObject): void {
  if (!isObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as JSONObject;
  SetDefaults_CustomResourceDefinitionSpec(spec);
  const status = (isObject(obj.status) ? obj.status : (obj.status = {})) as JSONObject;
  const stored = status['storedVersions'];
  if (Array.isArray(stored) && stored.length > 0) return;
  const versions = Array.isArray(spec['versions']) ? (spec['versions'] as unknown[]) : [];
  const storage = versions.find((v) => isObject(v) && v['storage'] === true) as JSONObject | undefined;
  if (storage) status['storedVersions'] = [storage['name'] ?? ''];
}

/** singular = lowercase kind, listKind = kind + "List", conversion strategy None. */
export function SetDefaults_CustomResourceDefinitionSpec(spec: JSONObject): void {
  const names = (isObject(spec['names']) ? spec['names'] : (spec['names'] = {})) as JSONObject;
  const kind = typeof names['kind'] === 'string' ? names['kind'] : '';
  if (!names['singular']) names['singular'] = kind.toLowerCase();
  if (!names['listKind'] && kind.length > 0) names['listKind'] = kind + 'List';
  if (!isObject(spec['conversion'])) spec['conversion'] = { strategy: 'None' };
}

/** SetDefaults_ServiceReference: port 443. */
export function SetDefaults_ServiceReference(obj: JSONObject): void {
  if (obj['port'] === undefined || obj['port'] === null) obj['port'] = 443;
}

export function SetObjectDefaults_CustomResourceDefinition(obj: RuntimeObject): void {
  SetDefaults_CustomResourceDefinition(obj);
  // the generated function calls the spec defaulter a second time; it is idempotent
  const spec = obj.spec as JSONObject;
  SetDefaults_CustomResourceDefinitionSpec(spec);
  const webhook = (spec['conversion'] as JSONObject)['webhook'];
  if (isObject(webhook) && isObject(webhook['clientConfig']) && isObject(webhook['clientConfig']['service']))
    SetDefaults_ServiceReference(webhook['clientConfig']['service']);
}

export function SetObjectDefaults_CustomResourceDefinitionList(list: RuntimeObject): void {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items)
    if (isObject(item)) SetObjectDefaults_CustomResourceDefinition(item as RuntimeObject);
}
