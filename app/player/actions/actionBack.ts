import type { PlayerAction } from './types';

export const actionBack: PlayerAction = {
  name: 'back',
  label: 'action.back',
  keys: ['ArrowLeft', 'PageUp'],
  perform: (player) => player.send({ type: 'player.back' }),
};
