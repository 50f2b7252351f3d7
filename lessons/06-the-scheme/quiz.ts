// Predict, then step and see.
import type { Question } from '../types';

export const quiz: Question[] = [
  {
    id: 'decoded-type',
    request: 0,
    step: 'scheme.decode',
    prompt: {
      en: 'The body says `apiVersion: v1` and `kind: ConfigMap`. Which Go type does the decoder unmarshal it into?',
    },
    choices: [
      { en: '`core.ConfigMap`: the handler works with internal types' },
      { en: '`v1.ConfigMap`: the type registered for v1, Kind=ConfigMap' },
      { en: '`map[string]interface{}`: the scheme only knows JSON' },
      { en: '`v1.Pod`: the scheme guesses from the URL' },
    ],
    answer: 1,
    explanation: {
      en: '`New(v1, Kind=ConfigMap)` returns an empty `*v1.ConfigMap` from `gvkToType`, and the JSON is unmarshalled into it. Only the next stages default it and convert it to the internal `core.ConfigMap`.',
    },
  },
  {
    id: 'unknown-kind',
    request: 1,
    step: 'handler.readBody',
    prompt: {
      en: 'The same body with `kind: Foo` is POSTed to the ConfigMaps endpoint. What happens?',
    },
    choices: [
      { en: 'It is stored as a ConfigMap: the URL decides the kind' },
      { en: '404: no route for Foo' },
      {
        en: '400: `no kind "Foo" is registered for version "v1"`, before any object exists',
      },
      { en: '422: validation rejects the kind' },
    ],
    answer: 2,
    explanation: {
      en: 'The route is the ConfigMaps create handler, so there is no 404. The decoder reads `v1, Kind=Foo` from the body and asks the scheme for a new object; `New` has no Go type for it and returns the not-registered error, which the handler answers as 400 BadRequest.',
    },
  },
  {
    id: 'registered-not-served',
    request: 2,
    step: 'chain.kubeAPIServer',
    prompt: {
      en: "apps/v1beta1's Deployment type, defaults and conversions are all in this server's scheme. What does a POST to `/apis/apps/v1beta1/namespaces/default/deployments` get?",
    },
    choices: [
      { en: '201: the scheme can decode it, so the server accepts it' },
      { en: '404: the version is registered but was never installed as routes' },
      { en: '400: no kind "Deployment" is registered for version "apps/v1beta1"' },
      { en: '201, with a deprecation warning' },
    ],
    answer: 1,
    explanation: {
      en: 'Routes come from the groups installed at start-up, not from the scheme. This server installed apps/v1 only, so go-restful has no route for the path and answers 404 NotFound before reading the body. A server started with `--runtime-config=apps/v1beta1=true` (lesson 3) would accept it.',
    },
  },
];
