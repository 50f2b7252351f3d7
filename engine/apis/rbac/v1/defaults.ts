// Go twin: k8s.io/kubernetes/pkg/apis/rbac/v1/defaults.go (SetDefaults_ClusterRoleBinding,
// SetDefaults_RoleBinding, SetDefaults_Subject) and zz_generated.defaults.go (SetObjectDefaults_*) @ v1.34.0
//
// A binding's roleRef.apiGroup defaults to rbac.authorization.k8s.io; a subject's apiGroup defaults by kind:
// rbac.authorization.k8s.io for User and Group, "" for ServiceAccount (and nothing for unknown kinds, which
// validation then rejects).
import { isObject, type RuntimeObject } from '../../../runtime/object';
import { GroupName, GroupKind, ServiceAccountKind, UserKind } from '../types';

type JSONObject = Record<string, unknown>;

const emptyString = (v: unknown) => v === undefined || v === null || v === '';

/** RoleRef is a value struct in Go: it is always there to default. */
function defaultRoleRef(obj: RuntimeObject): void {
  if (!isObject(obj['roleRef'])) obj['roleRef'] = {};
  const ref = obj['roleRef'] as JSONObject;
  if (emptyString(ref['apiGroup'])) ref['apiGroup'] = GroupName;
}

/** SetDefaults_RoleBinding */
export function SetDefaults_RoleBinding(obj: RuntimeObject): void {
  defaultRoleRef(obj);
}

/** SetDefaults_ClusterRoleBinding */
export function SetDefaults_ClusterRoleBinding(obj: RuntimeObject): void {
  defaultRoleRef(obj);
}

/** SetDefaults_Subject */
export function SetDefaults_Subject(subject: JSONObject): void {
  if (!emptyString(subject['apiGroup'])) return;
  switch (subject['kind']) {
    case ServiceAccountKind:
      subject['apiGroup'] = '';
      break;
    case UserKind:
    case GroupKind:
      subject['apiGroup'] = GroupName;
      break;
  }
}

function defaultSubjects(obj: RuntimeObject): void {
  const subjects = obj['subjects'];
  if (!Array.isArray(subjects)) return;
  for (const s of subjects) if (isObject(s)) SetDefaults_Subject(s);
}

/** SetObjectDefaults_RoleBinding: the binding, then each subject. */
export function SetObjectDefaults_RoleBinding(obj: RuntimeObject): void {
  SetDefaults_RoleBinding(obj);
  defaultSubjects(obj);
}

/** SetObjectDefaults_ClusterRoleBinding: the binding, then each subject. */
export function SetObjectDefaults_ClusterRoleBinding(obj: RuntimeObject): void {
  SetDefaults_ClusterRoleBinding(obj);
  defaultSubjects(obj);
}

const eachItem = (list: RuntimeObject, fn: (item: RuntimeObject) => void) => {
  if (!Array.isArray(list.items)) return;
  for (const item of list.items) if (isObject(item)) fn(item as RuntimeObject);
};

/** SetObjectDefaults_RoleBindingList */
export function SetObjectDefaults_RoleBindingList(list: RuntimeObject): void {
  eachItem(list, SetObjectDefaults_RoleBinding);
}

/** SetObjectDefaults_ClusterRoleBindingList */
export function SetObjectDefaults_ClusterRoleBindingList(list: RuntimeObject): void {
  eachItem(list, SetObjectDefaults_ClusterRoleBinding);
}
