// Step controls: first/back/play/next/last, the scrubber, speed, jump to a kind of step, breakpoints.
import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import type { StepGroup } from '../../engine';
import { t } from '../i18n';
import { allGroups } from '../timeline/timeline';
import {
  actionBack,
  actionFirst,
  actionJump,
  actionLast,
  actionNext,
  actionSetSpeed,
  actionTogglePlay,
  actionToggleBreakpoint,
  type PlayerAction,
} from './actions';
import { Icon, type IconName } from './icons';
import type { playerMachine } from './player.machine';
import { speeds } from './player.machine';

export interface ControlsProps {
  player: ActorRefFrom<typeof playerMachine>;
  stepId: string;
  /** global indices that ask a question, marked on the scrubber */
  marks?: number[];
}

const keyHint = (a: { keys: readonly string[] }) =>
  a.keys.length ? ` (${a.keys.map((k) => (k === ' ' ? 'Space' : k)).join(', ')})` : '';

interface ActionButtonProps {
  action: PlayerAction;
  player: ControlsProps['player'];
  icon: IconName;
  label?: string;
}

function ActionButton({ action, player, icon, label }: ActionButtonProps) {
  const name = label ?? t(action.label);
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={name}
      title={`${name}${keyHint(action)}`}
      onClick={() => action.perform(player)}
    >
      <Icon name={icon} />
    </button>
  );
}

export function Controls({ player, stepId, marks = [] }: ControlsProps) {
  const index = useSelector(player, (s) => s.context.index);
  const total = useSelector(player, (s) => s.context.total);
  const speed = useSelector(player, (s) => s.context.speed);
  const breakpoints = useSelector(player, (s) => s.context.breakpoints);
  const kinds = useSelector(player, (s) => s.context.kinds);
  const playing = useSelector(player, (s) => s.matches('playing'));
  const present = new Set<StepGroup>(kinds);

  return (
    <div className="controls" role="toolbar" aria-label={t('player.controls')}>
      <div className="controls-row">
        <ActionButton action={actionFirst} player={player} icon="first" />
        <ActionButton action={actionBack} player={player} icon="back" />
        <ActionButton
          action={actionTogglePlay}
          player={player}
          label={playing ? t('action.pause') : t('action.play')}
          icon={playing ? 'pause' : 'play'}
        />
        <ActionButton action={actionNext} player={player} icon="next" />
        <ActionButton action={actionLast} player={player} icon="last" />
        <span className="position">
          <span data-testid="step-index" data-index={index}>
            {index + 1} / {total}
          </span>{' '}
          <code data-testid="step-id">{stepId}</code>
        </span>
        <label className="speed">
          {t('player.speed')}{' '}
          <select value={speed} onChange={(e) => actionSetSpeed.perform(player, Number(e.target.value))}>
            {speeds.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <input
        type="range"
        className="scrubber"
        min={0}
        max={Math.max(0, total - 1)}
        value={index}
        aria-label={t('player.scrub')}
        aria-valuetext={t('player.position', { n: index + 1, total })}
        list={marks.length ? 'kw-question-marks' : undefined}
        onChange={(e) => player.send({ type: 'player.goto', index: Number(e.target.value) })}
      />
      {marks.length > 0 && (
        <datalist id="kw-question-marks">
          {marks.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      )}
      <div className="controls-row kinds">
        <span className="muted">{t('player.jump')}</span>
        {allGroups.map((g) => (
          <span key={g} className={`kind group-${g}`}>
            <button
              type="button"
              disabled={!present.has(g)}
              aria-label={t('player.jumpTo', { group: t(`group.${g}`) })}
              title={t('player.jumpTo', { group: t(`group.${g}`) })}
              onClick={() => actionJump.perform(player, g)}
            >
              {t(`group.${g}`)}
            </button>
            <label className="breakpoint" title={t('player.breakpointOn', { group: t(`group.${g}`) })}>
              <input
                type="checkbox"
                checked={breakpoints.includes(g)}
                aria-label={t('player.breakpointOn', { group: t(`group.${g}`) })}
                onChange={() => actionToggleBreakpoint.perform(player, g)}
              />
            </label>
          </span>
        ))}
      </div>
    </div>
  );
}
