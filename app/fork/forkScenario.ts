// A fork of a lesson's scenario at one of its requests: the learner edits that request (body, content type)
// or the server's settings, and the scenario is recorded again with the edit. Only settings that are plain
// data can be edited; the clock and the in-engine webhook and extension servers stay the lesson's.
import { configDefaults } from '../../engine/controlplane/config';
import type { HTTPRequest, ServerConfig } from '../../engine';
import type { Scenario } from '../../lessons/types';

/** The settings a fork may change: the plain-data ones, shown with the engine's defaults where unset. */
type EditableKey = keyof typeof configDefaults | 'authentication';
const editableKeys = new Set<string>([...Object.keys(configDefaults), 'authentication']);

/** The editable settings of a config, as the text the learner starts from. */
export function editableConfigText(config: ServerConfig): string {
  const out: Record<string, unknown> = {};
  for (const key of editableKeys) {
    const value =
      (config as Record<string, unknown>)[key] ?? (configDefaults as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return JSON.stringify(out, null, 2);
}

export type ConfigEdit = { config: ServerConfig } | { error: string };

/** The lesson's config with the learner's edits, or why the text cannot be used (nothing is applied then). */
export function applyConfigText(original: ServerConfig, text: string): ConfigEdit {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { error: `the settings are not valid JSON: ${(e as Error).message}` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { error: 'the settings must be a JSON object' };
  const unknown = Object.keys(parsed).filter((k) => !editableKeys.has(k));
  if (unknown.length) return { error: `unknown settings: ${unknown.join(', ')}` };
  const edits = parsed as Partial<Record<EditableKey, unknown>>;
  for (const key of ['authorizationModes', 'admissionPlugins', 'controllers'] as const) {
    const v = edits[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string')))
      return { error: `${key} must be a list of strings` };
  }
  for (const key of [
    'maxRequestBodyBytes',
    'maxRequestsInFlight',
    'maxMutatingRequestsInFlight',
    'seed',
  ] as const) {
    const v = edits[key];
    if (v !== undefined && !(typeof v === 'number' && Number.isInteger(v) && v >= 0))
      return { error: `${key} must be a whole number, 0 or more` };
  }
  return { config: { ...original, ...(edits as Partial<ServerConfig>) } };
}

/** The scenario with request `index` replaced and the config changed: the requests after it stay as they were. */
export function forkScenario(
  scenario: Scenario,
  index: number,
  request: HTTPRequest,
  config: ServerConfig,
): Scenario {
  return {
    ...scenario,
    config,
    requests: scenario.requests.map((r, i) => (i === index ? { ...r, request } : r)),
  };
}
