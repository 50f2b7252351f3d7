import type { PlayerAction } from './types';

export const actionFirst: PlayerAction = {
  name: 'first',
  label: 'action.first',
  keys: ['Home'],
  perform: (player) => player.send({ type: 'player.first' }),
};
