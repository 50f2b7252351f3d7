// The start-up statechart: the legal orders of CreateServerChain's steps (build the servers, install each
// group's storage as routes and discovery, run the post-start hooks, become ready). Generated from
// startupTransitions, like the request chart is generated from its catalog.
import { setup } from 'xstate';
import { stateIdOf } from './requestFlow.machine';
import { startupSteps, startupTransitions } from './startup_steps';

export type StartupEvent = { type: `step.${string}` };

const states = Object.fromEntries(
  startupSteps.map((s) => [
    stateIdOf(s.id),
    {
      id: stateIdOf(s.id),
      ...(s.id === 'startup.ready' ? { type: 'final' as const } : {}),
      on: Object.fromEntries(
        (startupTransitions[s.id] ?? []).map((next) => [`step.${next}`, { target: `#${stateIdOf(next)}` }]),
      ),
    },
  ]),
);

export const startupFlowMachine = setup({ types: { events: {} as StartupEvent } }).createMachine({
  id: 'startup',
  initial: 'starting',
  states: {
    starting: {
      on: { 'step.startup.createServerChain': { target: `#${stateIdOf('startup.createServerChain')}` } },
    },
    ...states,
  },
});
