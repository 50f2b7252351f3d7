// The registry of player commands and the keyboard map built from their keys.
import { actionBack } from './actionBack';
import { actionFirst } from './actionFirst';
import { actionLast } from './actionLast';
import { actionNext } from './actionNext';
import { actionTogglePlay } from './actionTogglePlay';
import { actionToggleBreakpoint } from './actionToggleBreakpoint';
import type { PlayerAction, PlayerActor } from './types';

export { actionBack, actionFirst, actionLast, actionNext, actionTogglePlay, actionToggleBreakpoint };
export { actionJump } from './actionJump';
export { actionSetSpeed } from './actionSetSpeed';
export type { PlayerAction, PlayerActor } from './types';

/** Actions a key can run without an argument. */
export const keyboardActions: readonly PlayerAction<void>[] = [
  actionNext,
  actionBack,
  actionFirst,
  actionLast,
  actionTogglePlay,
  actionToggleBreakpoint as PlayerAction<void>,
];

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** The action a key press runs; key chords with Ctrl/Meta/Alt belong to the browser. */
export function actionForKey(e: KeyPress): PlayerAction<void> | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  return keyboardActions.find((a) => a.keys.includes(e.key));
}

/** Runs the action for a key press; returns whether one ran (so the caller can preventDefault). */
export function runKey(player: PlayerActor, e: KeyPress): boolean {
  const action = actionForKey(e);
  if (!action) return false;
  action.perform(player);
  return true;
}
