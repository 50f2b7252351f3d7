import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { StepGroup } from '../../../engine';
import { playerMachine } from '../player.machine';
import {
  actionForKey,
  actionJump,
  actionSetSpeed,
  actionToggleBreakpoint,
  keyboardActions,
  runKey,
} from './index';

const kinds: StepGroup[] = ['filter', 'chain', 'handler', 'scheme', 'etcd', 'response', 'exit'];
const loaded = () => {
  const actor = createActor(playerMachine, { input: {} }).start();
  actor.send({ type: 'player.load', kinds });
  return actor;
};

describe('player actions', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'back'],
    ['PageUp', 'back'],
    ['Home', 'first'],
    ['End', 'last'],
    ['p', 'togglePlay'],
    ['b', 'toggleBreakpoint'],
  ])('%j runs %s', (key, name) => {
    expect(actionForKey({ key })?.name).toBe(name);
  });

  it('leaves chords and unknown keys to the browser', () => {
    expect(actionForKey({ key: 'ArrowRight', altKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'End', ctrlKey: true })).toBeUndefined();
    expect(actionForKey({ key: 'x' })).toBeUndefined();
  });

  it('no two actions share a key', () => {
    const keys = keyboardActions.flatMap((a) => a.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('drives the player through the keyboard map', () => {
    const actor = loaded();
    expect(runKey(actor, { key: 'End' })).toBe(true);
    expect(actor.getSnapshot().context.index).toBe(6);
    runKey(actor, { key: 'PageUp' });
    runKey(actor, { key: 'ArrowLeft' });
    expect(actor.getSnapshot().context.index).toBe(4);
    runKey(actor, { key: 'Home' });
    runKey(actor, { key: ' ' });
    expect(actor.getSnapshot().context.index).toBe(1);
    runKey(actor, { key: 'p' });
    expect(actor.getSnapshot().value).toBe('playing');
    runKey(actor, { key: 'p' });
    expect(actor.getSnapshot().value).toBe('paused');
    expect(runKey(actor, { key: 'q' })).toBe(false);
  });

  it('toggles a breakpoint on the shown kind, or on a given one; jumps and sets the speed', () => {
    const actor = loaded();
    actor.send({ type: 'player.goto', index: 3 });
    runKey(actor, { key: 'b' });
    expect(actor.getSnapshot().context.breakpoints).toEqual(['scheme']);
    actionToggleBreakpoint.perform(actor, 'etcd');
    actionToggleBreakpoint.perform(actor, 'scheme');
    expect(actor.getSnapshot().context.breakpoints).toEqual(['etcd']);
    actionJump.perform(actor, 'exit');
    expect(actor.getSnapshot().context.index).toBe(6);
    actionSetSpeed.perform(actor, 2);
    expect(actor.getSnapshot().context.speed).toBe(2);
  });
});
