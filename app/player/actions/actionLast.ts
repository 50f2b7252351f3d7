import type { PlayerAction } from './types';

export const actionLast: PlayerAction = {
  name: 'last',
  label: 'action.last',
  keys: ['End'],
  perform: (player) => player.send({ type: 'player.last' }),
};
