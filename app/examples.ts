// Starting points for the request console: each is a request a learner can send as is, then edit.

export interface ExampleRequest {
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  contentType?: string;
  body?: string;
}

export const examples: ExampleRequest[] = [
  {
    label: 'Create a Pod',
    method: 'POST',
    path: '/api/v1/namespaces/default/pods',
    contentType: 'application/yaml',
    body: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n',
  },
  { label: 'List Pods', method: 'GET', path: '/api/v1/namespaces/default/pods' },
  {
    label: 'Create a Deployment',
    method: 'POST',
    path: '/apis/apps/v1/namespaces/default/deployments',
    contentType: 'application/yaml',
    body: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
  },
  { label: 'Discovery: /apis', method: 'GET', path: '/apis' },
  {
    label: 'Can I create pods? (SelfSubjectAccessReview)',
    method: 'POST',
    path: '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    contentType: 'application/yaml',
    body: 'apiVersion: authorization.k8s.io/v1\nkind: SelfSubjectAccessReview\nspec:\n  resourceAttributes:\n    namespace: default\n    verb: create\n    resource: pods\n',
  },
  {
    label: 'Bind jane to edit in default (RoleBinding)',
    method: 'POST',
    path: '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings',
    contentType: 'application/yaml',
    body: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: jane-edit\nsubjects:\n- kind: User\n  name: jane\n  apiGroup: rbac.authorization.k8s.io\nroleRef:\n  kind: ClusterRole\n  name: edit\n  apiGroup: rbac.authorization.k8s.io\n',
  },
  {
    label: 'An unknown group (falls through the chain)',
    method: 'GET',
    path: '/apis/nosuch.example.com/v1/foos',
  },
];
