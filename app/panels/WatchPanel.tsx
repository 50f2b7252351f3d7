// Watch events: the etcd transactions of the lesson so far, each a link back to its step.
import { useMemo } from 'react';
import { localized, t } from '../i18n';
import { watchEvents } from '../inspect/watchEvents';
import type { StepPanelProps } from './types';

export function WatchPanel({
  timeline,
  entry,
  onGoto,
}: Omit<StepPanelProps, 'show'> & { onGoto: (i: number) => void }) {
  const events = useMemo(() => watchEvents(timeline, entry.global), [timeline, entry.global]);
  if (events.length === 0) return <p className="muted">{t('watch.none')}</p>;
  return (
    <ol className="watch-events">
      {events.map((e) => (
        <li key={e.global} className={e.global === entry.global ? 'current' : undefined}>
          <span className={`badge watch-${e.type.toLowerCase()}`}>{e.type}</span> <code>{e.key}</code> rev{' '}
          {e.revision} <span className="muted">— {localized(timeline.runs[e.request]!.title)}</span>{' '}
          <button type="button" className="link" onClick={() => onGoto(e.global)}>
            {t('watch.goto', { n: e.global + 1 })}
          </button>
        </li>
      ))}
    </ol>
  );
}
