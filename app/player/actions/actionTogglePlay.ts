import type { PlayerAction } from './types';

/** Play or pause; the label follows the state (see Controls). */
export const actionTogglePlay: PlayerAction = {
  name: 'togglePlay',
  label: 'action.play',
  keys: ['p', 'P'],
  perform: (player) => player.send({ type: 'player.toggle' }),
};
