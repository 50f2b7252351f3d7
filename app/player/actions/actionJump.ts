import type { StepGroup } from '../../../engine';
import type { PlayerAction } from './types';

/** Jump to the next step of a kind (wrapping around). */
export const actionJump: PlayerAction<StepGroup> = {
  name: 'jump',
  label: 'player.jump',
  keys: [],
  perform: (player, group) => player.send({ type: 'player.jump', group }),
};
