// The lesson player (xstate v5): which step of a recorded timeline is shown, and whether it advances by
// itself. `idle` has nothing loaded; `paused` steps by hand; `playing` advances every 1.2 s / speed and stops
// at the last step or on a step whose kind (group) carries a breakpoint. Manual navigation pauses play.
import { assign, setup } from 'xstate';
import type { StepGroup } from '../../engine';

export const speeds = [0.5, 1, 2, 4] as const;
/** Milliseconds a step stays on screen at speed 1. */
export const baseDelayMs = 1200;

export interface PlayerContext {
  index: number;
  total: number;
  speed: number;
  breakpoints: StepGroup[];
  /** the group of every step of the timeline, so play can honour breakpoints and jumps can find a kind */
  kinds: StepGroup[];
}

export type PlayerEvent =
  | { type: 'player.load'; kinds: StepGroup[]; index?: number }
  | { type: 'player.next' }
  | { type: 'player.back' }
  | { type: 'player.first' }
  | { type: 'player.last' }
  | { type: 'player.goto'; index: number }
  | { type: 'player.jump'; group: StepGroup }
  | { type: 'player.play' }
  | { type: 'player.pause' }
  | { type: 'player.toggle' }
  | { type: 'player.speed'; speed: number }
  | { type: 'player.breakpoint.toggle'; group: StepGroup };

export interface PlayerInput {
  speed?: number;
  breakpoints?: StepGroup[];
  /** a timeline to start with (else send player.load) */
  kinds?: StepGroup[];
  index?: number;
}

const clamp = (i: number, total: number) => Math.max(0, Math.min(Math.trunc(i) || 0, total - 1));

/** The next step at or after `from` whose kind is `group`, wrapping to the start; -1 when there is none. */
export function findNextOfKind(kinds: readonly StepGroup[], group: StepGroup, from: number): number {
  for (let k = 0; k < kinds.length; k++) {
    const i = (from + k) % kinds.length;
    if (kinds[i] === group) return i;
  }
  return -1;
}

const navigation = {
  'player.next': { target: 'paused', actions: 'next' },
  'player.back': { target: 'paused', actions: 'back' },
  'player.first': { target: 'paused', actions: 'first' },
  'player.last': { target: 'paused', actions: 'last' },
  'player.goto': { target: 'paused', actions: 'goto' },
  'player.jump': { target: 'paused', actions: 'jump' },
} as const;

export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput | undefined,
  },
  guards: {
    isEmpty: ({ event }) => event.type === 'player.load' && event.kinds.length === 0,
    hasSteps: ({ context }) => context.total > 0,
    atEnd: ({ context }) => context.index >= context.total - 1,
    nextStops: ({ context }) => {
      const next = context.index + 1;
      return next >= context.total - 1 || context.breakpoints.includes(context.kinds[next]!);
    },
  },
  actions: {
    load: assign(({ event }) => {
      if (event.type !== 'player.load') return {};
      const total = event.kinds.length;
      return { kinds: event.kinds, total, index: total === 0 ? 0 : clamp(event.index ?? 0, total) };
    }),
    next: assign({ index: ({ context }) => clamp(context.index + 1, context.total) }),
    back: assign({ index: ({ context }) => clamp(context.index - 1, context.total) }),
    first: assign({ index: 0 }),
    last: assign({ index: ({ context }) => clamp(context.total - 1, context.total) }),
    goto: assign({
      index: ({ context, event }) =>
        event.type === 'player.goto' ? clamp(event.index, context.total) : context.index,
    }),
    jump: assign({
      index: ({ context, event }) => {
        if (event.type !== 'player.jump') return context.index;
        const found = findNextOfKind(context.kinds, event.group, context.index + 1);
        return found < 0 ? context.index : found;
      },
    }),
    speed: assign({
      speed: ({ context, event }) =>
        event.type === 'player.speed' && Number.isFinite(event.speed) && event.speed > 0
          ? event.speed
          : context.speed,
    }),
    toggleBreakpoint: assign({
      breakpoints: ({ context, event }) => {
        if (event.type !== 'player.breakpoint.toggle') return context.breakpoints;
        const has = context.breakpoints.includes(event.group);
        return has
          ? context.breakpoints.filter((g) => g !== event.group)
          : [...context.breakpoints, event.group];
      },
    }),
  },
  delays: {
    stepDelay: ({ context }) => baseDelayMs / context.speed,
  },
}).createMachine({
  id: 'player',
  initial: 'idle',
  context: ({ input }) => {
    const kinds = input?.kinds ?? [];
    return {
      index: kinds.length === 0 ? 0 : clamp(input?.index ?? 0, kinds.length),
      total: kinds.length,
      speed: input?.speed && input.speed > 0 ? input.speed : 1,
      breakpoints: input?.breakpoints ?? [],
      kinds,
    };
  },
  on: {
    'player.load': [
      { guard: 'isEmpty', target: '.idle', actions: 'load' },
      { target: '.paused', actions: 'load' },
    ],
    'player.speed': { actions: 'speed' },
    'player.breakpoint.toggle': { actions: 'toggleBreakpoint' },
  },
  states: {
    idle: { always: { guard: 'hasSteps', target: 'paused' } },
    paused: {
      on: {
        ...navigation,
        'player.play': [{ guard: 'atEnd', target: 'playing', actions: 'first' }, { target: 'playing' }],
        'player.toggle': [{ guard: 'atEnd', target: 'playing', actions: 'first' }, { target: 'playing' }],
      },
    },
    playing: {
      after: {
        stepDelay: [
          { guard: 'nextStops', target: 'paused', actions: 'next' },
          { target: 'playing', reenter: true, actions: 'next' },
        ],
      },
      on: {
        ...navigation,
        'player.pause': { target: 'paused' },
        'player.toggle': { target: 'paused' },
        // a new speed applies at once: restart the timer
        'player.speed': { target: 'playing', reenter: true, actions: 'speed' },
      },
    },
  },
});
