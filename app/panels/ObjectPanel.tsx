// The object the request carries at this step, and what this step changed in it.
import { useMemo } from 'react';
import { t } from '../i18n';
import { hunks, objectDiff } from '../inspect/lineDiff';
import { objectAtStep } from '../inspect/objectAtStep';
import { DiffView } from './DiffView';
import type { StepPanelProps } from './types';

export function ObjectPanel({ timeline, entry }: Omit<StepPanelProps, 'show'>) {
  const { run, start } = timeline.runs[entry.request]!;
  const view = useMemo(() => objectAtStep(run, entry.local), [run, entry.local]);
  const diff = useMemo(
    () => (view?.previous ? hunks(objectDiff(view.previous.object, view.current.object)) : null),
    [view],
  );
  if (!view) return <p className="muted">{t('object.none')}</p>;
  const stepNo = (local: number) => start + local + 1;
  return (
    <div className="object-inspector">
      <p>
        <span className="badge">{view.current.objectType ?? '?'}</span>{' '}
        {!view.atThisStep && (
          <span className="muted">{t('object.carried', { n: stepNo(view.current.from) })}</span>
        )}
        {view.atThisStep && !view.previous && <span className="muted">{t('object.first')}</span>}
      </p>
      {view.previous && diff && (
        <>
          <h3 className="small-heading">
            {diff.length > 0
              ? t('object.diffHeading', { n: stepNo(view.previous.from) })
              : t('object.noChange', { n: stepNo(view.previous.from) })}
            {view.previous.objectType !== view.current.objectType &&
              ` (${view.previous.objectType} → ${view.current.objectType})`}
          </h3>
          {diff.length > 0 && <DiffView lines={diff} />}
        </>
      )}
      <details open={!view.previous}>
        <summary>{t('object.full', { type: view.current.objectType ?? '?' })}</summary>
        <pre>{JSON.stringify(view.current.object, null, 2)}</pre>
      </details>
    </div>
  );
}
