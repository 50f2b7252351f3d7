// Go twin: k8s.io/kubernetes/plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go (ClusterRoles,
// ClusterRoleBindings, addDefaultMetadata) and k8s.io/kubernetes/pkg/apis/rbac/v1/helpers.go
// (PolicyRuleBuilder, ClusterRoleBindingBuilder) @ v1.34.0
//
// The roles a learner meets first, with their real rules: cluster-admin, system:discovery, system:monitoring,
// system:basic-user, system:public-info-viewer, the user-facing admin/edit/view and the system:aggregate-to-*
// roles they aggregate. Go also bootstraps ~40 roles for nodes, controllers and add-ons; they are left out.
//
// admin, edit and view carry an aggregationRule and no rules of their own in Go; kube-controller-manager's
// clusterrole-aggregation controller then fills in the rules of every ClusterRole its selectors match. There is
// no controller manager here, so the rules it would write are computed once, the same way (aggregateRules).
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Subject } from '../../../../../apis/rbac/types';
import { compareGoStrings } from '../../../../../util/sort/strings';

/** Verb sets (bootstrappolicy.Write, ReadWrite, Read). */
export const Write = ['create', 'update', 'patch', 'delete', 'deletecollection'];
export const ReadWrite = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'];
export const Read = ['get', 'list', 'watch'];

/** Every bootstrap object carries this label… */
export const Label: Record<string, string> = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
/** …and this annotation, which lets the apiserver reconcile it on every start (unless set to "false"). */
export const AutoUpdateAnnotationKey = 'rbac.authorization.kubernetes.io/autoupdate';
export const Annotation: Record<string, string> = { [AutoUpdateAnnotationKey]: 'true' };

const legacyGroup = '';
const appsGroup = 'apps';
const authenticationGroup = 'authentication.k8s.io';
const authorizationGroup = 'authorization.k8s.io';
const autoscalingGroup = 'autoscaling';
const batchGroup = 'batch';
const coordinationGroup = 'coordination.k8s.io';
const discoveryGroup = 'discovery.k8s.io';
const extensionsGroup = 'extensions';
const policyGroup = 'policy';
const rbacGroup = 'rbac.authorization.k8s.io';
const networkingGroup = 'networking.k8s.io';

/** user.SystemPrivilegedGroup, user.MonitoringGroup, user.AllAuthenticated, user.AllUnauthenticated */
export const SystemPrivilegedGroup = 'system:masters';
export const MonitoringGroup = 'system:monitoring';
export const AllAuthenticated = 'system:authenticated';
export const AllUnauthenticated = 'system:unauthenticated';

const sorted = (xs: readonly string[]) => [...xs].sort(compareGoStrings);

/** NewRule(verbs...).Groups(...).Resources(...).RuleOrDie(): RuleOrDie sorts every list. */
class PolicyRuleBuilder {
  private readonly rule: PolicyRule;
  constructor(verbs: readonly string[]) {
    this.rule = { verbs: [...verbs] };
  }
  groups(...groups: string[]): this {
    this.rule.apiGroups = [...(this.rule.apiGroups ?? []), ...groups];
    return this;
  }
  resources(...resources: string[]): this {
    this.rule.resources = [...(this.rule.resources ?? []), ...resources];
    return this;
  }
  names(...names: string[]): this {
    this.rule.resourceNames = [...(this.rule.resourceNames ?? []), ...names];
    return this;
  }
  urls(...urls: string[]): this {
    this.rule.nonResourceURLs = [...(this.rule.nonResourceURLs ?? []), ...urls];
    return this;
  }
  ruleOrDie(): PolicyRule {
    const r = this.rule;
    const out: PolicyRule = { verbs: sorted(r.verbs) };
    if (r.apiGroups) out.apiGroups = sorted(r.apiGroups);
    if (r.resources) out.resources = sorted(r.resources);
    if (r.resourceNames) out.resourceNames = sorted(r.resourceNames);
    if (r.nonResourceURLs) out.nonResourceURLs = sorted(r.nonResourceURLs);
    return out;
  }
}

export const newRule = (...verbs: string[]) => new PolicyRuleBuilder(verbs);

/** addDefaultMetadata: the bootstrapping label and the autoupdate annotation. */
function withDefaultMetadata<T extends ClusterRole | ClusterRoleBinding>(obj: T): T {
  const meta = obj.metadata ?? {};
  obj.metadata = {
    ...meta,
    labels: { ...(meta.labels ?? {}), ...Label },
    annotations: { ...(meta.annotations ?? {}), ...Annotation },
  };
  return obj;
}

const aggregateTo = (what: string) => ({ [`rbac.authorization.k8s.io/aggregate-to-${what}`]: 'true' });
const selectorFor = (what: string) => ({ clusterRoleSelectors: [{ matchLabels: aggregateTo(what) }] });

/** The rules of the roles an aggregated role pulls in (and does not hold yet), in role-name order. */
export function aggregateRules(target: ClusterRole, all: readonly ClusterRole[]): PolicyRule[] {
  const selectors = target.aggregationRule?.clusterRoleSelectors ?? [];
  const matches = (r: ClusterRole) =>
    r.metadata?.name !== target.metadata?.name &&
    selectors.some((s) =>
      Object.entries(s.matchLabels ?? {}).every(([k, v]) => r.metadata?.labels?.[k] === v),
    );
  const rules: PolicyRule[] = [];
  const same = (a: PolicyRule, b: PolicyRule) => JSON.stringify(a) === JSON.stringify(b);
  const sources = all
    .filter(matches)
    .sort((a, b) => compareGoStrings(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  for (const source of sources) {
    for (const rule of source.rules ?? []) if (!rules.some((r) => same(r, rule))) rules.push(rule);
  }
  return rules;
}

function clusterRoles(): ClusterRole[] {
  const roles: ClusterRole[] = [
    {
      // a "root" role which can do absolutely anything
      metadata: { name: 'cluster-admin' },
      rules: [newRule('*').groups('*').resources('*').ruleOrDie(), newRule('*').urls('*').ruleOrDie()],
    },
    {
      // just enough to tell whether the server is ready and to discover API versions
      metadata: { name: 'system:discovery' },
      rules: [
        newRule('get')
          .urls(
            '/livez',
            '/readyz',
            '/healthz',
            '/version',
            '/version/',
            '/openapi',
            '/openapi/*',
            '/api',
            '/api/*',
            '/apis',
            '/apis/*',
          )
          .ruleOrDie(),
      ],
    },
    {
      // read access to the monitoring endpoints, including the individual health checks
      metadata: { name: 'system:monitoring' },
      rules: [
        newRule('get')
          .urls(
            '/metrics',
            '/metrics/slis',
            '/livez',
            '/readyz',
            '/healthz',
            '/livez/*',
            '/readyz/*',
            '/healthz/*',
          )
          .ruleOrDie(),
      ],
    },
    {
      // lets a "normal" user learn about themselves
      metadata: { name: 'system:basic-user' },
      rules: [
        newRule('create')
          .groups(authorizationGroup)
          .resources('selfsubjectaccessreviews', 'selfsubjectrulesreviews')
          .ruleOrDie(),
        newRule('create').groups(authenticationGroup).resources('selfsubjectreviews').ruleOrDie(),
      ],
    },
    {
      // insensitive cluster information, readable even without credentials
      metadata: { name: 'system:public-info-viewer' },
      rules: [newRule('get').urls('/livez', '/readyz', '/healthz', '/version', '/version/').ruleOrDie()],
    },
    {
      // a namespace admin: edit, plus granting permissions to others
      metadata: { name: 'admin' },
      aggregationRule: selectorFor('admin'),
    },
    {
      // a namespace editor: every user-level action, but not the system's status subresources or quotas
      metadata: { name: 'edit', labels: aggregateTo('admin') },
      aggregationRule: selectorFor('edit'),
    },
    {
      // read-only access to the non-escalating resources of a namespace (no secrets)
      metadata: { name: 'view', labels: aggregateTo('edit') },
      aggregationRule: selectorFor('view'),
    },
    {
      metadata: { name: 'system:aggregate-to-admin', labels: aggregateTo('admin') },
      rules: [
        newRule('create').groups(authorizationGroup).resources('localsubjectaccessreviews').ruleOrDie(),
        newRule(...ReadWrite)
          .groups(rbacGroup)
          .resources('roles', 'rolebindings')
          .ruleOrDie(),
      ],
    },
    {
      metadata: { name: 'system:aggregate-to-edit', labels: aggregateTo('edit') },
      rules: [
        // read on the escalating resources
        newRule(...Read)
          .groups(legacyGroup)
          .resources(
            'pods/attach',
            'pods/proxy',
            'pods/exec',
            'pods/portforward',
            'secrets',
            'services/proxy',
          )
          .ruleOrDie(),
        newRule('impersonate').groups(legacyGroup).resources('serviceaccounts').ruleOrDie(),
        newRule(...Write)
          .groups(legacyGroup)
          .resources('pods', 'pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward')
          .ruleOrDie(),
        newRule('create').groups(legacyGroup).resources('pods/eviction').ruleOrDie(),
        newRule(...Write)
          .groups(legacyGroup)
          .resources(
            'replicationcontrollers',
            'replicationcontrollers/scale',
            'serviceaccounts',
            'services',
            'services/proxy',
            'persistentvolumeclaims',
            'configmaps',
            'secrets',
            'events',
          )
          .ruleOrDie(),
        newRule('create').groups(legacyGroup).resources('serviceaccounts/token').ruleOrDie(),
        newRule(...Write)
          .groups(appsGroup)
          .resources(
            'statefulsets',
            'statefulsets/scale',
            'daemonsets',
            'deployments',
            'deployments/scale',
            'deployments/rollback',
            'replicasets',
            'replicasets/scale',
          )
          .ruleOrDie(),
        newRule(...Write)
          .groups(autoscalingGroup)
          .resources('horizontalpodautoscalers')
          .ruleOrDie(),
        newRule(...Write)
          .groups(batchGroup)
          .resources('jobs', 'cronjobs')
          .ruleOrDie(),
        newRule(...Write)
          .groups(extensionsGroup)
          .resources(
            'daemonsets',
            'deployments',
            'deployments/scale',
            'deployments/rollback',
            'ingresses',
            'replicasets',
            'replicasets/scale',
            'replicationcontrollers/scale',
            'networkpolicies',
          )
          .ruleOrDie(),
        newRule(...Write)
          .groups(policyGroup)
          .resources('poddisruptionbudgets')
          .ruleOrDie(),
        newRule(...Write)
          .groups(networkingGroup)
          .resources('networkpolicies', 'ingresses')
          .ruleOrDie(),
        newRule(...ReadWrite)
          .groups(coordinationGroup)
          .resources('leases')
          .ruleOrDie(),
      ],
    },
    {
      metadata: { name: 'system:aggregate-to-view', labels: aggregateTo('view') },
      rules: [
        newRule(...Read)
          .groups(legacyGroup)
          .resources(
            'pods',
            'replicationcontrollers',
            'replicationcontrollers/scale',
            'serviceaccounts',
            'services',
            'services/status',
            'endpoints',
            'persistentvolumeclaims',
            'persistentvolumeclaims/status',
            'configmaps',
          )
          .ruleOrDie(),
        newRule(...Read)
          .groups(legacyGroup)
          .resources(
            'limitranges',
            'resourcequotas',
            'bindings',
            'events',
            'pods/status',
            'resourcequotas/status',
            'namespaces/status',
            'replicationcontrollers/status',
            'pods/log',
          )
          .ruleOrDie(),
        // reading namespaces at namespace scope means reading *this* namespace: a hint of where you have access
        newRule(...Read)
          .groups(legacyGroup)
          .resources('namespaces')
          .ruleOrDie(),
        newRule(...Read)
          .groups(discoveryGroup)
          .resources('endpointslices')
          .ruleOrDie(),
        newRule(...Read)
          .groups(appsGroup)
          .resources(
            'controllerrevisions',
            'statefulsets',
            'statefulsets/status',
            'statefulsets/scale',
            'daemonsets',
            'daemonsets/status',
            'deployments',
            'deployments/status',
            'deployments/scale',
            'replicasets',
            'replicasets/status',
            'replicasets/scale',
          )
          .ruleOrDie(),
        newRule(...Read)
          .groups(autoscalingGroup)
          .resources('horizontalpodautoscalers', 'horizontalpodautoscalers/status')
          .ruleOrDie(),
        newRule(...Read)
          .groups(batchGroup)
          .resources('jobs', 'cronjobs', 'cronjobs/status', 'jobs/status')
          .ruleOrDie(),
        newRule(...Read)
          .groups(extensionsGroup)
          .resources(
            'daemonsets',
            'daemonsets/status',
            'deployments',
            'deployments/scale',
            'deployments/status',
            'ingresses',
            'ingresses/status',
            'replicasets',
            'replicasets/scale',
            'replicasets/status',
            'replicationcontrollers/scale',
            'networkpolicies',
          )
          .ruleOrDie(),
        newRule(...Read)
          .groups(policyGroup)
          .resources('poddisruptionbudgets', 'poddisruptionbudgets/status')
          .ruleOrDie(),
        newRule(...Read)
          .groups(networkingGroup)
          .resources('networkpolicies', 'ingresses', 'ingresses/status')
          .ruleOrDie(),
      ],
    },
  ];
  return roles.map(withDefaultMetadata);
}

/**
 * ClusterRoles: the bootstrap ClusterRoles, with the rules of admin, edit and view filled in as the
 * aggregation controller would (view first, as edit aggregates view and admin aggregates edit).
 */
export function ClusterRoles(): ClusterRole[] {
  const roles = clusterRoles();
  const byName = (name: string) => roles.find((r) => r.metadata?.name === name)!;
  for (const name of ['view', 'edit', 'admin']) {
    const role = byName(name);
    role.rules = aggregateRules(role, roles);
  }
  return roles;
}

/** NewClusterBinding(role).Groups(groups...): a ClusterRoleBinding named after the ClusterRole it grants. */
function newClusterBinding(clusterRoleName: string, ...groups: string[]): ClusterRoleBinding {
  const subjects: Subject[] = groups.map((name) => ({ kind: 'Group', apiGroup: rbacGroup, name }));
  return {
    metadata: { name: clusterRoleName },
    subjects,
    roleRef: { apiGroup: rbacGroup, kind: 'ClusterRole', name: clusterRoleName },
  };
}

/** ClusterRoleBindings: the bindings of the roles above (Go binds more, for nodes and controllers). */
export function ClusterRoleBindings(): ClusterRoleBinding[] {
  return [
    newClusterBinding('cluster-admin', SystemPrivilegedGroup),
    newClusterBinding('system:monitoring', MonitoringGroup),
    newClusterBinding('system:discovery', AllAuthenticated),
    newClusterBinding('system:basic-user', AllAuthenticated),
    newClusterBinding('system:public-info-viewer', AllAuthenticated, AllUnauthenticated),
  ].map(withDefaultMetadata);
}
