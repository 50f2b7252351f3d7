// Go twin: k8s.io/api/rbac/v1/types.go (PolicyRule, Subject, RoleRef, Role, RoleBinding, ClusterRole,
// AggregationRule, ClusterRoleBinding and their lists) @ v1.34.0
//
// `rules` has no omitempty (`json:"rules"`), so a Role without rules encodes as `"rules": null`; `roleRef` is a
// value struct without omitempty, so it is always written, with empty strings for unset fields.
import { LabelSelectorDef, listDef, objectMeta, typeMetaFields } from '../../meta/v1/types';
import { opt, req, struct, t, type StructDef } from '../../../runtime/gotype';
import type { GoType } from '../../../runtime/object';

const pkg = 'k8s.io/api/rbac/v1';

const strings = () => t.slice(t.string);

export const PolicyRuleDef: StructDef = struct(pkg, 'PolicyRule', [
  req('verbs', strings(), {
    doc: "Verbs is a list of Verbs that apply to ALL the ResourceKinds contained in this rule. '*' represents all verbs.",
  }),
  opt('apiGroups', strings(), {
    doc: 'APIGroups is the name of the APIGroup that contains the resources.  If multiple API groups are specified, any action requested against one of the enumerated resources in any API group will be allowed. "" represents the core API group and "*" represents all API groups.',
  }),
  opt('resources', strings(), {
    doc: "Resources is a list of resources this rule applies to. '*' represents all resources.",
  }),
  opt('resourceNames', strings(), {
    doc: 'ResourceNames is an optional white list of names that the rule applies to.  An empty set means that everything is allowed.',
  }),
  opt('nonResourceURLs', strings(), {
    doc: 'NonResourceURLs is a set of partial urls that a user should have access to.  *s are allowed, but only as the full, final step in the path Since non-resource URLs are not namespaced, this field is only applicable for ClusterRoles referenced from a ClusterRoleBinding. Rules can either apply to API resources (such as "pods" or "secrets") or non-resource URL paths (such as "/api"),  but not both.',
  }),
]);

export const SubjectDef: StructDef = struct(pkg, 'Subject', [
  req('kind', t.string, {
    doc: 'Kind of object being referenced. Values defined by this API group are "User", "Group", and "ServiceAccount". If the Authorizer does not recognized the kind value, the Authorizer should report an error.',
  }),
  opt('apiGroup', t.string, {
    doc: 'APIGroup holds the API group of the referenced subject. Defaults to "" for ServiceAccount subjects. Defaults to "rbac.authorization.k8s.io" for User and Group subjects.',
  }),
  req('name', t.string, { doc: 'Name of the object being referenced.' }),
  opt('namespace', t.string, {
    doc: 'Namespace of the referenced object.  If the object kind is non-namespace, such as "User" or "Group", and this value is not empty the Authorizer should report an error.',
  }),
]);

export const RoleRefDef: StructDef = struct(pkg, 'RoleRef', [
  req('apiGroup', t.string, { doc: 'APIGroup is the group for the resource being referenced' }),
  req('kind', t.string, { doc: 'Kind is the type of resource being referenced' }),
  req('name', t.string, { doc: 'Name is the name of resource being referenced' }),
]);

export const AggregationRuleDef: StructDef = struct(pkg, 'AggregationRule', [
  opt('clusterRoleSelectors', t.slice(t.struct(() => LabelSelectorDef)), {
    doc: "ClusterRoleSelectors holds a list of selectors which will be used to find ClusterRoles and create the rules. If any of the selectors match, then the ClusterRole's permissions will be added",
  }),
]);

const rules = (doc: string) => req('rules', t.slice(t.struct(() => PolicyRuleDef)), { doc });
const subjects = () =>
  opt('subjects', t.slice(t.struct(() => SubjectDef)), {
    doc: 'Subjects holds references to the objects the role applies to.',
  });

export const RoleDef: StructDef = struct(pkg, 'Role', [
  ...typeMetaFields(),
  objectMeta(),
  rules('Rules holds all the PolicyRules for this Role'),
]);

export const ClusterRoleDef: StructDef = struct(pkg, 'ClusterRole', [
  ...typeMetaFields(),
  objectMeta(),
  rules('Rules holds all the PolicyRules for this ClusterRole'),
  opt('aggregationRule', t.ptr(t.struct(() => AggregationRuleDef)), {
    doc: 'AggregationRule is an optional field that describes how to build the Rules for this ClusterRole. If AggregationRule is set, then the Rules are controller managed and direct changes to Rules will be stomped by the controller.',
  }),
]);

export const RoleBindingDef: StructDef = struct(pkg, 'RoleBinding', [
  ...typeMetaFields(),
  objectMeta(),
  subjects(),
  req(
    'roleRef',
    t.struct(() => RoleRefDef),
    {
      doc: 'RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.',
    },
  ),
]);

export const ClusterRoleBindingDef: StructDef = struct(pkg, 'ClusterRoleBinding', [
  ...typeMetaFields(),
  objectMeta(),
  subjects(),
  req(
    'roleRef',
    t.struct(() => RoleRefDef),
    {
      doc: 'RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.',
    },
  ),
]);

export const RoleListDef: StructDef = listDef(pkg, 'RoleList', () => RoleDef);
export const ClusterRoleListDef: StructDef = listDef(pkg, 'ClusterRoleList', () => ClusterRoleDef);
export const RoleBindingListDef: StructDef = listDef(pkg, 'RoleBindingList', () => RoleBindingDef);
export const ClusterRoleBindingListDef: StructDef = listDef(
  pkg,
  'ClusterRoleBindingList',
  () => ClusterRoleBindingDef,
);

// ---- Go types -----------------------------------------------------------------------------------------------

/** rbac/v1 Role: a namespaced set of PolicyRules. */
export const V1Role: GoType = { pkg, name: 'Role', def: RoleDef };
export const V1RoleList: GoType = { pkg, name: 'RoleList', def: RoleListDef };
/** rbac/v1 ClusterRole: a cluster-wide set of PolicyRules, optionally aggregated from other ClusterRoles. */
export const V1ClusterRole: GoType = { pkg, name: 'ClusterRole', def: ClusterRoleDef };
export const V1ClusterRoleList: GoType = { pkg, name: 'ClusterRoleList', def: ClusterRoleListDef };
/** rbac/v1 RoleBinding: grants a Role or ClusterRole to subjects within one namespace. */
export const V1RoleBinding: GoType = { pkg, name: 'RoleBinding', def: RoleBindingDef };
export const V1RoleBindingList: GoType = { pkg, name: 'RoleBindingList', def: RoleBindingListDef };
/** rbac/v1 ClusterRoleBinding: grants a ClusterRole to subjects cluster-wide. */
export const V1ClusterRoleBinding: GoType = { pkg, name: 'ClusterRoleBinding', def: ClusterRoleBindingDef };
export const V1ClusterRoleBindingList: GoType = {
  pkg,
  name: 'ClusterRoleBindingList',
  def: ClusterRoleBindingListDef,
};
