// Go twin: k8s.io/kubernetes/pkg/apis/apps/v1/defaults.go (SetDefaults_Deployment, SetDefaults_ReplicaSet)
// and zz_generated.defaults.go (SetObjectDefaults_Deployment, …) @ v1.34.0
//
// Defaulting runs on the apps/v1 object as it is decoded. SetObjectDefaults_Deployment calls
// SetDefaults_Deployment, then defaults the pod template exactly as a Pod's spec (SetDefaults_PodSpec,
// containers, volumes, probes, …) but without SetDefaults_Pod.
import { isObject, type RuntimeObject } from '../../../runtime/object';
import { setDefaults_PodTemplateSpec } from '../../core/v1/pod_defaults';
import type { PodTemplateSpec } from '../types';

type JSONObject = Record<string, unknown>;

const specOf = (obj: RuntimeObject): JSONObject => {
  if (!isObject(obj.spec)) obj.spec = {};
  return obj.spec as JSONObject;
};

/**
 * SetDefaults_Deployment: replicas 1, strategy RollingUpdate with maxUnavailable and maxSurge "25%",
 * revisionHistoryLimit 10, progressDeadlineSeconds 600.
 */
export function SetDefaults_Deployment(obj: RuntimeObject): void {
  const spec = specOf(obj);
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
    spec['revisionHistoryLimit'] = 10;
  if (spec['progressDeadlineSeconds'] === undefined || spec['progressDeadlineSeconds'] === null) {
    spec['progressDeadlineSeconds'] = 600;
  }
}

/** SetDefaults_ReplicaSet: replicas 1. */
export function SetDefaults_ReplicaSet(obj: RuntimeObject): void {
  const spec = specOf(obj);
  if (spec['replicas'] === undefined || spec['replicas'] === null) spec['replicas'] = 1;
}

/** The template is a value struct in Go, so it is always there to default. */
export function defaultTemplate(spec: JSONObject): void {
  if (!isObject(spec['template'])) spec['template'] = {};
  setDefaults_PodTemplateSpec(spec['template'] as PodTemplateSpec);
}

/** SetObjectDefaults_Deployment: the defaulter registered for apps/v1 Deployment. */
export function SetObjectDefaults_Deployment(obj: RuntimeObject): void {
  SetDefaults_Deployment(obj);
  defaultTemplate(specOf(obj));
}

/** SetObjectDefaults_DeploymentList */
export function SetObjectDefaults_DeploymentList(list: RuntimeObject): void {
  for (const item of Array.isArray(list.items) ? list.items : []) {
    if (isObject(item)) SetObjectDefaults_Deployment(item as RuntimeObject);
  }
}

/** SetObjectDefaults_ReplicaSet: the defaulter registered for apps/v1 ReplicaSet. */
export function SetObjectDefaults_ReplicaSet(obj: RuntimeObject): void {
  SetDefaults_ReplicaSet(obj);
  defaultTemplate(specOf(obj));
}

/** SetObjectDefaults_ReplicaSetList */
export function SetObjectDefaults_ReplicaSetList(list: RuntimeObject): void {
  for (const item of Array.isArray(list.items) ? list.items : []) {
    if (isObject(item)) SetObjectDefaults_ReplicaSet(item as RuntimeObject);
  }
}
