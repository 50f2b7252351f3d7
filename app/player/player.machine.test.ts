import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import type { StepGroup } from '../../engine';
import { baseDelayMs, findNextOfKind, playerMachine } from './player.machine';

const kinds: StepGroup[] = [
  'filter',
  'filter',
  'chain',
  'handler',
  'scheme',
  'admission',
  'etcd',
  'response',
  'exit',
];

function start(opts: { speed?: number; breakpoints?: StepGroup[] } = {}) {
  const clock = new SimulatedClock();
  const actor = createActor(playerMachine, { clock, input: opts }).start();
  return { actor, clock, ctx: () => actor.getSnapshot().context, state: () => actor.getSnapshot().value };
}

describe('player machine', () => {
  it('is idle until a timeline is loaded, then paused at the requested step (clamped)', () => {
    const { actor, ctx, state } = start();
    expect(state()).toBe('idle');
    actor.send({ type: 'player.next' });
    expect(ctx().index).toBe(0);
    actor.send({ type: 'player.load', kinds, index: 3 });
    expect(state()).toBe('paused');
    expect(ctx()).toMatchObject({ index: 3, total: kinds.length });
    actor.send({ type: 'player.load', kinds, index: 99 });
    expect(ctx().index).toBe(kinds.length - 1);
    actor.send({ type: 'player.load', kinds: [] });
    expect(state()).toBe('idle');
  });

  it('starts paused on a timeline given as input', () => {
    const actor = createActor(playerMachine, { input: { kinds, index: 4, speed: 2 } }).start();
    expect(actor.getSnapshot().value).toBe('paused');
    expect(actor.getSnapshot().context).toMatchObject({ index: 4, total: kinds.length, speed: 2 });
  });

  it('steps next, back, first, last and goto within bounds', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'player.load', kinds });
    actor.send({ type: 'player.back' });
    expect(ctx().index).toBe(0);
    actor.send({ type: 'player.next' });
    actor.send({ type: 'player.next' });
    expect(ctx().index).toBe(2);
    actor.send({ type: 'player.last' });
    expect(ctx().index).toBe(8);
    actor.send({ type: 'player.next' });
    expect(ctx().index).toBe(8);
    actor.send({ type: 'player.first' });
    expect(ctx().index).toBe(0);
    actor.send({ type: 'player.goto', index: 5 });
    expect(ctx().index).toBe(5);
    actor.send({ type: 'player.goto', index: -4 });
    expect(ctx().index).toBe(0);
  });

  it('plays one step per delay at the chosen speed and stops at the end', () => {
    const { actor, clock, ctx, state } = start({ speed: 2 });
    actor.send({ type: 'player.load', kinds, index: 5 });
    actor.send({ type: 'player.play' });
    expect(state()).toBe('playing');
    clock.increment(baseDelayMs / 2 - 1);
    expect(ctx().index).toBe(5);
    clock.increment(1);
    expect(ctx().index).toBe(6);
    clock.increment(baseDelayMs / 2);
    clock.increment(baseDelayMs / 2);
    expect(ctx().index).toBe(8);
    expect(state()).toBe('paused');
    clock.increment(baseDelayMs * 10);
    expect(ctx().index).toBe(8);
  });

  it('play at the end starts over from the first step', () => {
    const { actor, clock, ctx } = start();
    actor.send({ type: 'player.load', kinds, index: 8 });
    actor.send({ type: 'player.toggle' });
    expect(ctx().index).toBe(0);
    clock.increment(baseDelayMs);
    expect(ctx().index).toBe(1);
  });

  it('stops on a step whose kind has a breakpoint, and goes on from there when played again', () => {
    const { actor, clock, ctx, state } = start({ breakpoints: ['scheme'] });
    actor.send({ type: 'player.load', kinds });
    actor.send({ type: 'player.breakpoint.toggle', group: 'etcd' });
    expect(ctx().breakpoints).toEqual(['scheme', 'etcd']);
    actor.send({ type: 'player.play' });
    for (let i = 0; i < 10; i++) clock.increment(baseDelayMs);
    expect(ctx().index).toBe(4);
    expect(state()).toBe('paused');
    actor.send({ type: 'player.play' });
    for (let i = 0; i < 10; i++) clock.increment(baseDelayMs);
    expect(ctx().index).toBe(6);
    actor.send({ type: 'player.breakpoint.toggle', group: 'scheme' });
    expect(ctx().breakpoints).toEqual(['etcd']);
  });

  it('pauses on manual navigation or pause, and a speed change applies at once', () => {
    const { actor, clock, ctx, state } = start();
    actor.send({ type: 'player.load', kinds });
    actor.send({ type: 'player.play' });
    clock.increment(baseDelayMs / 2);
    actor.send({ type: 'player.speed', speed: 4 });
    clock.increment(baseDelayMs / 4);
    expect(ctx().index).toBe(1);
    actor.send({ type: 'player.next' });
    expect(state()).toBe('paused');
    expect(ctx().index).toBe(2);
    clock.increment(baseDelayMs * 5);
    expect(ctx().index).toBe(2);
    actor.send({ type: 'player.play' });
    actor.send({ type: 'player.pause' });
    expect(state()).toBe('paused');
    actor.send({ type: 'player.speed', speed: -1 });
    expect(ctx().speed).toBe(4);
  });

  it('jumps to the next step of a kind, wrapping around, and stays when there is none', () => {
    const { actor, ctx } = start();
    actor.send({ type: 'player.load', kinds });
    actor.send({ type: 'player.jump', group: 'etcd' });
    expect(ctx().index).toBe(6);
    actor.send({ type: 'player.jump', group: 'filter' });
    expect(ctx().index).toBe(0);
    actor.send({ type: 'player.jump', group: 'filter' });
    expect(ctx().index).toBe(1);
    actor.send({ type: 'player.jump', group: 'registry' });
    expect(ctx().index).toBe(1);
    expect(findNextOfKind(kinds, 'exit', 0)).toBe(8);
    expect(findNextOfKind([], 'exit', 0)).toBe(-1);
  });
});

describe('player machine with an embedded range', () => {
  const startIn = (range: { from: number; to: number }, index = 0) => {
    const clock = new SimulatedClock();
    const actor = createActor(playerMachine, { clock, input: { kinds, index, range } }).start();
    return { actor, clock, ctx: () => actor.getSnapshot().context, state: () => actor.getSnapshot().value };
  };

  it('starts inside the range and never steps out of it', () => {
    const { actor, ctx } = startIn({ from: 2, to: 5 });
    expect(ctx().index).toBe(2);
    actor.send({ type: 'player.back' });
    expect(ctx().index).toBe(2);
    actor.send({ type: 'player.last' });
    expect(ctx().index).toBe(5);
    actor.send({ type: 'player.next' });
    expect(ctx().index).toBe(5);
    actor.send({ type: 'player.goto', index: 8 });
    expect(ctx().index).toBe(5);
    actor.send({ type: 'player.first' });
    expect(ctx().index).toBe(2);
    actor.send({ type: 'player.goto', index: 0 });
    expect(ctx().index).toBe(2);
  });

  it('plays to the end of the range and stops there; play at the end starts at the range start', () => {
    const { actor, clock, ctx, state } = startIn({ from: 1, to: 3 }, 1);
    actor.send({ type: 'player.play' });
    clock.increment(baseDelayMs);
    clock.increment(baseDelayMs);
    expect(ctx().index).toBe(3);
    expect(state()).toBe('paused');
    actor.send({ type: 'player.play' });
    expect(ctx().index).toBe(1);
    expect(state()).toBe('playing');
  });

  it('jumps only to steps inside the range, wrapping within it', () => {
    const { actor, ctx } = startIn({ from: 1, to: 4 }, 4);
    actor.send({ type: 'player.jump', group: 'filter' });
    expect(ctx().index).toBe(1);
    actor.send({ type: 'player.jump', group: 'etcd' });
    expect(ctx().index).toBe(1);
    expect(findNextOfKind(kinds, 'filter', 5, { from: 1, to: 4 })).toBe(1);
    expect(findNextOfKind(kinds, 'etcd', 0, { from: 1, to: 4 })).toBe(-1);
  });

  it('keeps a range past the end of the timeline to the timeline', () => {
    const { actor, ctx } = startIn({ from: 7, to: 99 }, 0);
    expect(ctx().index).toBe(7);
    actor.send({ type: 'player.last' });
    expect(ctx().index).toBe(kinds.length - 1);
  });
});
