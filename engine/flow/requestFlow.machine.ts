// The request statechart (xstate v5): hierarchical states mirror the flow — filters, the delegation chain,
// the handler, and the exits — and its transitions are the only legal step orders. Every traced step is an
// event `step.<id>` sent to the request's actor; an event the current state does not accept is a bug.
import { setup } from 'xstate';
import { chainSteps, exitSteps, filterSteps, handlerSteps, type StepDef } from './steps';

export type FlowEvent = { type: `step.${string}`; details?: Record<string, unknown> };

/** The state node id of a step: ids may not contain '.', xstate's path separator. */
export const stateIdOf = (stepId: string) => stepId.replace(/\./g, ':');
const target = (s: StepDef) => `#${stateIdOf(s.id)}`;
const event = (s: StepDef) => `step.${s.id}` as const;

/** Handler steps from which a storage retry (a conflict in GuaranteedUpdate) re-runs decode or admission. */
const retryFrom = new Set([
  'storage.decode',
  'admission.mutating',
  'registry.prepareForCreate',
  'registry.validate',
  'registry.canonicalize',
  'admission.validating',
  'storage.encode',
  'etcd.txn',
]);
// A patch reads the current object, then decodes the patched one; a retry reads again.
const retryTo = new Set(['scheme.decode', 'storage.decode', 'admission.mutating', 'admission.validating']);

type Transitions = Record<string, { target: string }>;

function exits(): Transitions {
  return Object.fromEntries(exitSteps.map((s) => [event(s), { target: target(s) }]));
}

function forward(list: StepDef[], i: number, extra: StepDef[] = []): Transitions {
  const on: Transitions = exits();
  for (const next of [...list.slice(i + 1), ...extra]) on[event(next)] = { target: target(next) };
  return on;
}

function filterStates() {
  return Object.fromEntries(
    filterSteps.map((s, i) => [
      stateIdOf(s.id),
      {
        id: stateIdOf(s.id),
        on: forward(filterSteps, i, i === filterSteps.length - 1 ? [chainSteps[0]!] : []),
      },
    ]),
  );
}

function chainStates() {
  return Object.fromEntries(
    chainSteps.map((s, i) => {
      // A server either serves the request (its handler steps), hands it on, or answers itself (discovery).
      const next = s.id === 'chain.notFound' ? [] : [chainSteps[i + 1]!, ...handlerSteps];
      const on: Transitions = exits();
      for (const n of next) on[event(n)] = { target: target(n) };
      return [stateIdOf(s.id), { id: stateIdOf(s.id), on }];
    }),
  );
}

function handlerStates() {
  return Object.fromEntries(
    handlerSteps.map((s, i) => {
      const on = forward(handlerSteps, i);
      if (retryFrom.has(s.id))
        for (const t of handlerSteps.filter((h) => retryTo.has(h.id))) on[event(t)] = { target: target(t) };
      // a watch streams one event after another
      if (s.id === 'watch.event') on[event(s)] = { target: target(s) };
      return [stateIdOf(s.id), { id: stateIdOf(s.id), on }];
    }),
  );
}

function exitStates() {
  return Object.fromEntries(
    exitSteps.map((s) => [stateIdOf(s.id), { id: stateIdOf(s.id), type: 'final' as const }]),
  );
}

export const requestFlowMachine = setup({
  types: { events: {} as FlowEvent },
}).createMachine({
  id: 'request',
  initial: 'received',
  states: {
    received: { on: { [event(filterSteps[0]!)]: { target: target(filterSteps[0]!) } } },
    filters: { initial: stateIdOf(filterSteps[0]!.id), states: filterStates() },
    chain: { initial: stateIdOf(chainSteps[0]!.id), states: chainStates() },
    handler: { initial: stateIdOf(handlerSteps[0]!.id), states: handlerStates() },
    // The exits are top-level final states: reaching one finishes the request's actor.
    ...exitStates(),
  },
});
