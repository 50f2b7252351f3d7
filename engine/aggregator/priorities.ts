// Go twin: k8s.io/kubernetes/pkg/controlplane/apiserver/aggregator.go (DefaultGenericAPIServicePriorities)
// merged with cmd/kube-apiserver/app/aggregator.go (apiVersionPriorities: the core group, apps, autoscaling,
// batch, …) @ v1.34.0 — the order groups appear in `/apis`: higher groupPriorityMinimum first, then by
// APIService name. Only group-versions listed here get an APIService at start-up (makeAPIService skips the
// rest); apiregistration.k8s.io is not listed: the aggregator serves it without an APIService.

export interface Priority {
  group: number;
  version: number;
}

const p = (group: number, version: number): Priority => ({ group, version });

/** keyed by `<version>.<group>`, as APIService names are (`v1.apps`; the core group is `v1.`) */
export const defaultGenericAPIServicePriorities: Record<string, Priority> = {
  'v1.': p(18000, 1),
  'v1.apps': p(17800, 15),
  'v1.events.k8s.io': p(17750, 15),
  'v1.authentication.k8s.io': p(17700, 15),
  'v1.authorization.k8s.io': p(17600, 15),
  'v1.autoscaling': p(17500, 15),
  'v2.autoscaling': p(17500, 30),
  'v1.batch': p(17400, 15),
  'v1.certificates.k8s.io': p(17300, 15),
  'v1.networking.k8s.io': p(17200, 15),
  'v1.policy': p(17100, 15),
  'v1.rbac.authorization.k8s.io': p(17000, 15),
  'v1.storage.k8s.io': p(16800, 15),
  'v1.admissionregistration.k8s.io': p(16700, 15),
  'v1.apiextensions.k8s.io': p(16700, 15),
  'v1.scheduling.k8s.io': p(16600, 15),
  'v1.coordination.k8s.io': p(16500, 15),
  'v1.node.k8s.io': p(16300, 15),
  'v1.discovery.k8s.io': p(16200, 15),
  'v1.flowcontrol.apiserver.k8s.io': p(16100, 21),
  'v1.resource.k8s.io': p(16050, 21),
  'v1beta1.apps': p(17800, 1),
};

/** What the CRD registration controller gives a CRD's group-versions (crdregistration_controller.go). */
export const defaultPriority: Priority = p(1000, 100);
