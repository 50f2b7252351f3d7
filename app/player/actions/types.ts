// A player command in the excalidraw style: one file per intent, `{ name, label, keys, perform }`.
import type { ActorRefFrom } from 'xstate';
import type { MessageKey } from '../../i18n';
import type { playerMachine } from '../player.machine';

/** What an action may touch: the player actor (send events, read the snapshot). */
export type PlayerActor = Pick<ActorRefFrom<typeof playerMachine>, 'send' | 'getSnapshot'>;

export interface PlayerAction<Arg = void> {
  name: string;
  /** i18n key of the button label */
  label: MessageKey;
  /** KeyboardEvent.key values that run it (none for actions that need an argument) */
  keys: readonly string[];
  perform(player: PlayerActor, arg: Arg): void;
}
