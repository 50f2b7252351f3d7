// Predict, then step and see. Run 0 is the traced start-up; scenario request i is run i + 1.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'pods-log-routes',
    request: 0,
    step: 'startup.registerResourceHandlers',
    prompt: {
      en: '`LogREST`, the storage behind `pods/log`, implements `rest.GetterWithOptions` and `rest.StorageMetadata`, and nothing else. Which routes will the installer register for `pods/log`?',
    },
    choices: [
      { en: 'All of them: every path of a resource gets the same eight routes' },
      { en: 'Only `GET …/pods/{name}/log`' },
      { en: '`GET …/pods/{name}/log` and `GET …/pods/log` (a list of every log)' },
      { en: 'GET and POST: POST appends a line to the log' },
    ],
    answer: 1,
    explanation: {
      en: '`registerResourceHandlers` adds an action only for an interface the storage implements. `GetterWithOptions` gives the item GET (its options, `PodLogOptions`, come from the query); there is no `Lister`, `Creater`, `Updater` or `GracefulDeleter`, so no other route. Discovery lists pods/log with verbs `["get"]`.',
    },
  },
  {
    id: 'list-bindings',
    request: 2,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: '`bindings` has a POST route but its storage is not a `rest.Lister`. What does `GET /api/v1/namespaces/default/bindings` answer?',
    },
    choices: [
      { en: '200 with an empty BindingList' },
      { en: '404 Not Found: there is no such route' },
      { en: '405 Method Not Allowed: the path exists, the method does not' },
      { en: '403 Forbidden: nobody may list bindings' },
    ],
    answer: 2,
    explanation: {
      en: 'go-restful matches the path (a POST route was registered for it) and then finds no route for GET, which it answers with 405.',
    },
  },
  {
    id: 'log-content-type',
    request: 4,
    step: 'registry.storage',
    prompt: {
      en: 'The client sends `Accept: */*` and the Pod was never scheduled. What comes back?',
    },
    choices: [
      { en: '200, `text/plain`, empty body' },
      { en: '200, `application/json`, a Pod object' },
      { en: '404: there is no log before the Pod runs' },
      { en: '400: a container name is required' },
    ],
    answer: 0,
    explanation: {
      en: '`LogREST` declares `text/plain` through `StorageMetadata`, so the log is streamed as text whatever `Accept` says. With no node there is no kubelet to stream from: Kubewalk answers an empty 200.',
    },
  },
];
