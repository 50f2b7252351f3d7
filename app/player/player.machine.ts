// The lesson player (xstate v5): which step of a recorded timeline is shown, and whether it advances by
// itself. `idle` has nothing loaded; `paused` steps by hand; `playing` advances every 1.2 s / speed and stops
// at the last step or on a step whose kind (group) carries a breakpoint. Manual navigation pauses play.
// An embedded lesson may limit the player to a range of steps: every move stays inside it.
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
  /** the steps the player may show (both ends included); absent: all of them */
  range?: StepRange;
}

export interface StepRange {
  from: number;
  to: number;
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
  range?: StepRange;
}

/** The first and last step the player may show: the range, cut to the timeline. */
function bounds(total: number, range: StepRange | undefined): [number, number] {
  const last = Math.max(0, total - 1);
  if (!range) return [0, last];
  const lo = Math.max(0, Math.min(Math.trunc(range.from) || 0, last));
  return [lo, Math.max(lo, Math.min(Math.trunc(range.to) || 0, last))];
}

const clampTo = (i: number, total: number, range?: StepRange) => {
  const [lo, hi] = bounds(total, range);
  return Math.max(lo, Math.min(Math.trunc(i) || 0, hi));
};
const clamp = (i: number, c: Pick<PlayerContext, 'total' | 'range'>) => clampTo(i, c.total, c.range);
const hi = (c: Pick<PlayerContext, 'total' | 'range'>) => bounds(c.total, c.range)[1];

/**
 * The next step at or after `from` whose kind is `group`, wrapping to the start of the range (default: the
 * whole timeline); -1 when there is none.
 */
export function findNextOfKind(
  kinds: readonly StepGroup[],
  group: StepGroup,
  from: number,
  range?: StepRange,
): number {
  const [lo, last] = bounds(kinds.length, range);
  const size = kinds.length === 0 ? 0 : last - lo + 1;
  for (let k = 0; k < size; k++) {
    const i = lo + ((((from - lo + k) % size) + size) % size);
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
    atEnd: ({ context }) => context.index >= hi(context),
    nextStops: ({ context }) => {
      const next = context.index + 1;
      return next >= hi(context) || context.breakpoints.includes(context.kinds[next]!);
    },
  },
  actions: {
    load: assign(({ context, event }) => {
      if (event.type !== 'player.load') return {};
      const total = event.kinds.length;
      return {
        kinds: event.kinds,
        total,
        index: total === 0 ? 0 : clampTo(event.index ?? 0, total, context.range),
      };
    }),
    next: assign({ index: ({ context }) => clamp(context.index + 1, context) }),
    back: assign({ index: ({ context }) => clamp(context.index - 1, context) }),
    first: assign({ index: ({ context }) => bounds(context.total, context.range)[0] }),
    last: assign({ index: ({ context }) => hi(context) }),
    goto: assign({
      index: ({ context, event }) =>
        event.type === 'player.goto' ? clamp(event.index, context) : context.index,
    }),
    jump: assign({
      index: ({ context, event }) => {
        if (event.type !== 'player.jump') return context.index;
        const found = findNextOfKind(context.kinds, event.group, context.index + 1, context.range);
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
      index: kinds.length === 0 ? 0 : clampTo(input?.index ?? 0, kinds.length, input?.range),
      total: kinds.length,
      speed: input?.speed && input.speed > 0 ? input.speed : 1,
      breakpoints: input?.breakpoints ?? [],
      kinds,
      ...(input?.range ? { range: input.range } : {}),
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
