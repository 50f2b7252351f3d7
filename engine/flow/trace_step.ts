// Builds a TraceStep: sends the step to the run's statechart actor (recording a violation when the chart does
// not allow it) and snapshots the object, its Go type and the details. Shared by the request and start-up
// recorders.
import type { AnyActorRef } from 'xstate';
import { copyJSON, goTypeString, typeOf } from '../runtime/object';
import { stepById } from './steps';
import type { TraceStep } from './trace';

const stateString = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const [k, v] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  return `${k}.${stateString(v)}`;
};

export interface StepContext {
  actor: AnyActorRef;
  steps: TraceStep[];
  violations: string[];
  server: string;
  revision: number;
}

export function traceStep(
  c: StepContext,
  id: string | undefined,
  obj: unknown,
  details: Record<string, unknown> = {},
): TraceStep | null {
  if (!id) return null;
  const def = stepById.get(id);
  if (!def) {
    c.violations.push(`unknown step ${id}`);
    return null;
  }
  const event = { type: `step.${id}`, details };
  const snapshot = c.actor.getSnapshot() as { can(e: unknown): boolean; value: unknown };
  if (!snapshot.can(event)) c.violations.push(`${id} is not allowed after ${stateString(snapshot.value)}`);
  c.actor.send(event);
  const type = obj && typeof obj === 'object' ? typeOf(obj) : undefined;
  const traced: TraceStep = {
    index: c.steps.length,
    id,
    label: def.label,
    group: def.group,
    go: def.go,
    state: stateString((c.actor.getSnapshot() as { value: unknown }).value),
    server: c.server,
    object: obj === null || obj === undefined ? null : copyJSON(obj),
    objectType: type ? goTypeString(type) : null,
    revision: c.revision,
    details: copyJSON(details) as Record<string, unknown>,
  };
  c.steps.push(traced);
  return traced;
}
