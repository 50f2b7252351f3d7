// A small lesson used by app/ tests (and nothing else): create a Pod, read it, delete it.
import type { HTTPRequest } from '../../engine';
import type { Excerpt, Lesson, StepContent } from '../../lessons/types';

const podYAML = `apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;

const post = (path: string, body: string): HTTPRequest => ({
  method: 'POST',
  path,
  headers: { 'Content-Type': 'application/yaml' },
  body,
});

export const fixtureExcerpts: Excerpt[] = [
  {
    id: 'authentication',
    path: 'k8s.io/apiserver/pkg/endpoints/filters/authentication.go',
    func: 'WithAuthentication',
    tag: 'v1.34.0',
    url: 'https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/filters/authentication.go',
    source: [
      '// k8s.io/apiserver/pkg/endpoints/filters/authentication.go @ v1.34.0 (WithAuthentication)',
      'func withAuthentication(handler http.Handler, auth authenticator.Request, failed http.Handler) http.Handler {',
      '\treturn http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {',
      '\t\tresp, ok, err := auth.AuthenticateRequest(req)',
      '\t\t// ...',
      '\t\thandler.ServeHTTP(w, req)',
      '\t})',
      '}',
    ].join('\n'),
  },
  {
    id: 'create',
    path: 'k8s.io/apiserver/pkg/endpoints/handlers/create.go',
    func: 'createHandler',
    tag: 'v1.34.0',
    url: 'https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiserver/pkg/endpoints/handlers/create.go',
    source: [
      '// k8s.io/apiserver/pkg/endpoints/handlers/create.go @ v1.34.0 (createHandler)',
      'func createHandler(r rest.NamedCreater, scope *RequestScope, admit admission.Interface, includeName bool) http.HandlerFunc {',
      '\treturn func(w http.ResponseWriter, req *http.Request) {',
      '\t\t// ...',
      '\t\tobj, gvk, err := decoder.Decode(body, &defaultGVK, original)',
      '\t\t// ...',
      '\t}',
      '}',
    ].join('\n'),
  },
];

export const fixtureLesson: Lesson & { excerpts: Excerpt[] } = {
  id: '00-fixture',
  title: { en: 'Fixture: a Pod comes and goes' },
  summary: { en: 'Create a Pod, read it back, delete it.' },
  intro: { en: 'A lesson for the player’s tests.' },
  sources: ['https://kubernetes.io/docs/concepts/overview/kubernetes-api/'],
  scenario: {
    config: { seed: 3 },
    setup: [post('/api/v1/namespaces', 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n')],
    requests: [
      { title: { en: 'Create the Pod' }, request: post('/api/v1/namespaces/demo/pods', podYAML) },
      {
        title: { en: 'Read it back' },
        request: { method: 'GET', path: '/api/v1/namespaces/demo/pods/nginx' },
      },
      {
        title: { en: 'Delete it' },
        request: { method: 'DELETE', path: '/api/v1/namespaces/demo/pods/nginx' },
      },
    ],
  },
  stepContent(stepId: string, requestIndex: number): StepContent {
    if (stepId.startsWith('filter.')) {
      return {
        note: { en: `Filter ${stepId}, request ${requestIndex}.` },
        excerpt: 'authentication',
        lines: [3, 4],
      };
    }
    return { note: { en: `Step ${stepId}.` }, excerpt: 'create', lines: [5, 5] };
  },
  quiz: [
    {
      id: 'decode-kind',
      request: 0,
      step: 'scheme.decode',
      prompt: { en: 'Which Go type does the body decode into?' },
      choices: [{ en: 'v1.Pod' }, { en: 'core.Pod' }],
      answer: 0,
      explanation: { en: 'The handler decodes into the version the client sent.' },
    },
  ],
  excerpts: fixtureExcerpts,
};
