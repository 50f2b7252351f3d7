// The lesson contract between content (lessons/) and the player (app/). The player knows nothing about any
// particular lesson: it runs a lesson's scenario, records each request, and asks the lesson for the note and
// the Go excerpt of every step.
import type { HTTPRequest, ServerConfig } from '../engine';

export type Lang = 'en' | 'zh';
export type Localized = Partial<Record<Lang, string>> & { en: string };

/** What etcd's compactor does every few minutes in a real cluster: drop history up to the current revision. */
export interface CompactStep {
  compactAt: 'current';
}

/** One request the learner steps through. */
export interface ScenarioRequest {
  title: Localized;
  request: HTTPRequest;
  /** done right before the request, untraced (e.g. compact etcd so a watch meets a 410) */
  before?: CompactStep;
}

export interface Scenario {
  /** server configuration: a fixed clock and seed keep the trace the same on every run */
  config: ServerConfig;
  /** trace the server's start-up as the first run (CreateServerChain, installing the API, post-start hooks) */
  traceStartup?: boolean;
  /** requests sent first, untraced, to reach the starting state (e.g. create a Deployment to update) */
  setup: (HTTPRequest | CompactStep)[];
  /** the requests the lesson traces, in order */
  requests: ScenarioRequest[];
}

/** An abridged Go excerpt written by us: real package path, names and call order; `// ...` marks elisions. */
export interface Excerpt {
  /** id used by steps, e.g. `authentication` */
  id: string;
  /** upstream file as imported, e.g. `k8s.io/apiserver/pkg/endpoints/filters/authentication.go` */
  path: string;
  /** the function the excerpt sketches, e.g. `WithAuthentication` */
  func: string;
  tag: 'v1.34.0';
  /** link to the upstream file at the tag */
  url: string;
  /** the excerpt text, header comment included */
  source: string;
}

/** What the player shows for one step. */
export interface StepContent {
  note: Localized;
  excerpt: string;
  /** 1-based inclusive line range of the excerpt to highlight */
  lines: [number, number];
}

/** A predict-then-reveal question tied to a step of a request. */
export interface Question {
  id: string;
  /**
   * which run and step id the question is asked before: the index into scenario.requests, or, when the scenario
   * traces start-up, 0 for the start-up and i + 1 for scenario.requests[i]
   */
  request: number;
  step: string;
  prompt: Localized;
  choices: Localized[];
  /** index into choices */
  answer: number;
  explanation: Localized;
}

export interface Lesson {
  /** e.g. `01-create-a-pod`; used in permalinks `#/lesson/<id>/step/<n>` */
  id: string;
  title: Localized;
  summary: Localized;
  intro: Localized;
  /** the seed articles or sources the lesson follows */
  sources: string[];
  scenario: Scenario;
  /** content for a step id, optionally specialised for one request of the scenario */
  stepContent(stepId: string, requestIndex: number): StepContent;
  quiz: Question[];
}
