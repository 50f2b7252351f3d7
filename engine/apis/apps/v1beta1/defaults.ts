// Go twin: k8s.io/kubernetes/pkg/apis/apps/v1beta1/defaults.go (SetDefaults_Deployment) and
// zz_generated.defaults.go (SetObjectDefaults_Deployment, SetObjectDefaults_DeploymentList) @ v1.34.0
//
// Unlike apps/v1: when the template has labels (even an empty, non-nil map), a missing selector becomes
// {matchLabels: <template labels>} and empty object labels become the template labels;
// revisionHistoryLimit defaults to 2.
import { copyJSON, isObject, type RuntimeObject } from '../../../runtime/object';
import { defaultTemplate } from '../v1/defaults';

type JSONObject = Record<string, unknown>;

/** SetDefaults_Deployment (apps/v1beta1). */
export function SetDefaults_Deployment(obj: RuntimeObject): void {
  if (!isObject(obj.spec)) obj.spec = {};
  const spec = obj.spec as JSONObject;
  const template = isObject(spec['template']) ? spec['template'] : undefined;
  const templateMeta = template && isObject(template['metadata']) ? template['metadata'] : undefined;
  const labels = templateMeta && isObject(templateMeta['labels']) ? templateMeta['labels'] : undefined;
  if (labels) {
    if (spec['selector'] === undefined || spec['selector'] === null)
      spec['selector'] = { matchLabels: copyJSON(labels) };
    const meta = (obj.metadata ??= {});
    if (!meta.labels || Object.keys(meta.labels).length === 0)
      meta.labels = copyJSON(labels) as Record<string, string>;
  }
  if (spec['replicas'] === undefined || spec['replicas'] === null) spec['replicas'] = 1;
  if (!isObject(spec['strategy'])) spec['strategy'] = {};
  const strategy = spec['strategy'] as JSONObject;
  if (strategy['type'] === undefined || strategy['type'] === '') strategy['type'] = 'RollingUpdate';
  if (strategy['type'] === 'RollingUpdate') {
    if (!isObject(strategy['rollingUpdate'])) strategy['rollingUpdate'] = {};
    const ru = strategy['rollingUpdate'] as JSONObject;
    if (ru['maxUnavailable'] === undefined || ru['maxUnavailable'] === null) ru['maxUnavailable'] = '25%';
    if (ru['maxSurge'] === undefined || ru['maxSurge'] === null) ru['maxSurge'] = '25%';
  }
  if (spec['revisionHistoryLimit'] === undefined || spec['revisionHistoryLimit'] === null)
    spec['revisionHistoryLimit'] = 2;
  if (spec['progressDeadlineSeconds'] === undefined || spec['progressDeadlineSeconds'] === null) {
    spec['progressDeadlineSeconds'] = 600;
  }
}

/** SetObjectDefaults_Deployment: the defaulter registered for apps/v1beta1 Deployment. */
export function SetObjectDefaults_Deployment(obj: RuntimeObject): void {
  SetDefaults_Deployment(obj);
  defaultTemplate(obj.spec as JSONObject);
}

/** SetObjectDefaults_DeploymentList */
export function SetObjectDefaults_DeploymentList(list: RuntimeObject): void {
  for (const item of Array.isArray(list.items) ? list.items : []) {
    if (isObject(item)) SetObjectDefaults_Deployment(item as RuntimeObject);
  }
}
