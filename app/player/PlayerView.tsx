// The lesson player's layout for one recorded timeline: controls, narration and questions, the Go source,
// the flow and sequence diagrams, and the inspectors. Used by lessons and by the playground.
import { useSelector } from '@xstate/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { localized, stepLabel, t } from '../i18n';
import type { ContentFor } from '../lesson/lessonContent';
import { FlowPanel } from '../panels/FlowPanel';
import { Inspectors } from '../panels/Inspectors';
import { Narration } from '../panels/Narration';
import { Panel } from '../panels/Panel';
import { QuizCard, type Answer } from '../panels/QuizCard';
import { SequencePanel } from '../panels/SequencePanel';
import { SourcePanel } from '../panels/SourcePanel';
import { entryAt, type Timeline } from '../timeline/timeline';
import { progress } from '../progress/progressStore';
import { Controls } from './Controls';
import { DownloadRun } from './DownloadRun';
import { usePlayer } from './usePlayer';
import { useKeyboard } from './useKeyboard';

export interface PlayerViewProps {
  timeline: Timeline;
  content: ContentFor;
  /** the step to show (from the permalink); changes move the player there */
  index?: number;
  onIndexChange?: (index: number) => void;
  /** global indices of steps that ask a question */
  marks?: number[];
  /** an embedded step range (global indices, both ends included): stepping stays inside it */
  range?: { from: number; to: number };
  /** the lesson this timeline plays: answers and steps seen count toward its progress, downloads name it */
  lesson?: string;
  children?: ReactNode;
}

const noAnswer: Answer = { choice: null, revealed: false };

/** Render with `key` set to the timeline's identity: a new timeline needs a new player actor. */
export function PlayerView({
  timeline,
  content,
  index: requested = 0,
  onIndexChange,
  marks,
  range,
  lesson,
}: PlayerViewProps) {
  // the machine keeps every move inside an embedded range (next at its end, First, the scrubber, play)
  const player = usePlayer(timeline.kinds, requested, range);
  useKeyboard(player);
  const index = useSelector(player, (s) => s.context.index);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});

  useEffect(() => {
    if (requested !== player.getSnapshot().context.index)
      player.send({ type: 'player.goto', index: requested });
  }, [requested, player]);
  useEffect(() => {
    onIndexChange?.(index);
  }, [index, onIndexChange]);
  useEffect(() => {
    if (lesson !== undefined) progress.see(lesson, index, timeline.entries.length);
  }, [lesson, index, timeline]);

  const entry = entryAt(timeline, index);
  const show = useMemo(() => (entry ? content(entry) : null), [content, entry]);
  if (!entry || !show) return <p className="muted">{t('player.empty')}</p>;

  const announce = t('player.announce', {
    n: index + 1,
    total: timeline.entries.length,
    label: stepLabel(entry.step),
    server: entry.step.server,
    group: t(`group.${entry.step.group}`),
    title: localized(timeline.runs[entry.request]!.title),
  });
  const goto = (i: number) => player.send({ type: 'player.goto', index: i });
  const panelProps = { timeline, entry, show };

  return (
    <div className="player">
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {announce}
      </p>
      <Controls player={player} stepId={entry.step.id} marks={marks} />
      <DownloadRun timeline={timeline} lesson={lesson} />
      <div className="player-grid">
        <div className="player-col">
          <Panel title={t('panel.narration')} className="narration-panel" resetKey={entry.global}>
            <Narration {...panelProps} />
            {show.questions.map((q) => (
              <QuizCard
                key={q.id}
                question={q}
                answer={answers[q.id] ?? noAnswer}
                onAnswer={(a) => {
                  setAnswers((all) => ({ ...all, [q.id]: a }));
                  if (a.revealed && lesson !== undefined)
                    progress.answer(lesson, q.id, a.choice === q.answer);
                }}
              />
            ))}
          </Panel>
          <SourcePanel show={show} />
        </div>
        <div className="player-col">
          <Panel title={t('panel.flow')} className="flow-panel">
            <FlowPanel timeline={timeline} entry={entry} />
          </Panel>
          <Panel title={t('panel.sequence')} className="sequence-panel">
            <SequencePanel timeline={timeline} entry={entry} />
          </Panel>
        </div>
      </div>
      <Inspectors timeline={timeline} entry={entry} onGoto={goto} />
    </div>
  );
}
