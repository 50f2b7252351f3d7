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
    label: 'An unknown group (falls through the chain)',
    method: 'GET',
    path: '/apis/nosuch.example.com/v1/foos',
  },
];
