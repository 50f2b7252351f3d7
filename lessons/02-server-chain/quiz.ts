// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'filters-run-once',
    request: 0,
    step: 'filter.auditInit',
    prompt: {
      en: 'This GET will pass through the aggregator and kube-apiserver, and all three servers were built with the same filters. How many times will the request be authenticated and authorized?',
    },
    choices: [
      { en: 'Three times: every server checks for itself' },
      { en: "Once: only the aggregator's filters run" },
      { en: "Twice: the aggregator's filters and kube-apiserver's, which owns Pods" },
      { en: 'Never: reads are not authorized' },
    ],
    answer: 1,
    explanation: {
      en: "Delegation calls the next server's `UnprotectedHandler()`, which is its director, not its filter chain. The filters of kube-apiserver and apiextensions exist but never run.",
    },
  },
  {
    id: 'build-order',
    request: 0,
    step: 'chain.aggregator',
    prompt: { en: 'In which order did `CreateServerChain` build the three servers?' },
    choices: [
      { en: 'kube-aggregator, kube-apiserver, apiextensions-apiserver: the order requests meet them' },
      { en: 'apiextensions-apiserver, kube-apiserver, kube-aggregator: from the inside out' },
      { en: 'kube-apiserver first, the core; then the two extensions' },
      { en: 'All three at once, side by side' },
    ],
    answer: 1,
    explanation: {
      en: 'Each server is given its delegate when it is built (`New(delegationTarget)`), so the delegate must exist first: apiextensions, then kube-apiserver around it, then the aggregator around that. Requests meet them in the opposite order.',
    },
  },
  {
    id: 'unknown-group',
    request: 1,
    step: 'chain.aggregator',
    prompt: { en: 'No server serves the group `nosuch.example.com`. What will the client get back?' },
    choices: [
      { en: 'A JSON `Status`: 404, reason `NotFound`' },
      { en: 'Plain text: `404 page not found`' },
      { en: '503 Service Unavailable: the aggregator has no APIService for the group' },
      { en: '403 Forbidden: nobody may use an unknown group' },
    ],
    answer: 1,
    explanation: {
      en: "The request falls through the aggregator, kube-apiserver and apiextensions to the not-found handler at the end of the chain, which calls Go's `http.NotFound`: plain text, `Content-Type: text/plain`.",
    },
  },
  {
    id: 'who-serves-apis',
    request: 2,
    step: 'chain.aggregator',
    prompt: { en: 'Which server answers `GET /apis`, the list of API groups?' },
    choices: [
      { en: 'kube-apiserver: it serves the built-in groups' },
      { en: 'apiextensions-apiserver: it knows the CRD groups' },
      { en: 'The kube-aggregator itself, from its APIService objects' },
      { en: 'Each server in turn, and the lists are merged' },
    ],
    answer: 2,
    explanation: {
      en: 'The aggregator registered `/apis` on its own mux. Every served group, built-in or CRD, has an APIService, so the aggregator can list them all without asking the servers behind it.',
    },
  },
];
