import type { PlayerAction } from './types';

export const actionSetSpeed: PlayerAction<number> = {
  name: 'setSpeed',
  label: 'player.speed',
  keys: [],
  perform: (player, speed) => player.send({ type: 'player.speed', speed }),
};
