import type { StepGroup } from '../../../engine';
import type { PlayerAction } from './types';

/** Toggle a breakpoint on a kind of step; from the keyboard, on the kind of the step shown. */
export const actionToggleBreakpoint: PlayerAction<StepGroup | void> = {
  name: 'toggleBreakpoint',
  label: 'action.toggleBreakpoint',
  keys: ['b', 'B'],
  perform: (player, group) => {
    const { kinds, index } = player.getSnapshot().context;
    const target = group ?? kinds[index];
    if (target) player.send({ type: 'player.breakpoint.toggle', group: target });
  },
};
