import type { PlayerAction } from './types';

export const actionNext: PlayerAction = {
  name: 'next',
  label: 'action.next',
  keys: ['ArrowRight', ' ', 'PageDown'],
  perform: (player) => player.send({ type: 'player.next' }),
};
