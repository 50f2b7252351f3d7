// The presenter's speaker notes, in a second window: it follows the lesson window over the presenter channel
// and shows the current step's note and what comes next.
import { Suspense, use, useEffect, useMemo } from 'react';
import { localized, stepLabel, t } from '../i18n';
import { lessonContent } from '../lesson/lessonContent';
import { recordLesson, type RecordedLesson } from '../lesson/recordLesson';
import { InlineText } from '../panels/InlineText';
import { PanelBoundary } from '../panels/PanelBoundary';
import { usePresenterReceiver } from '../presenter/usePresenter';
import { entryAt } from '../timeline/timeline';

export default function NotesPage({ id }: { id: string }) {
  return (
    <PanelBoundary resetKey={id} describe={(e) => t('lesson.failed', { message: e.message })}>
      <Suspense fallback={<p className="loading">{t('lesson.loading')}</p>}>
        <NotesLoaded id={id} />
      </Suspense>
    </PanelBoundary>
  );
}

function NotesLoaded({ id }: { id: string }) {
  const recorded = use(recordLesson(id));
  if (!recorded) {
    return (
      <p role="alert" className="error">
        {t('lesson.unknown', { id })}
      </p>
    );
  }
  return <Notes recorded={recorded} />;
}

function Notes({ recorded }: { recorded: RecordedLesson }) {
  const { lesson, timeline, sharedExcerpts } = recorded;
  const index = usePresenterReceiver(lesson.id);
  const content = useMemo(
    () => lessonContent(lesson, timeline, sharedExcerpts),
    [lesson, timeline, sharedExcerpts],
  );
  const title = t('presenter.notesTitle', { title: localized(lesson.title) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  const entry = index === null ? undefined : entryAt(timeline, index);
  const next = index === null ? undefined : entryAt(timeline, index + 1);
  const note = entry ? content(entry).note : null;

  return (
    <article className="speaker-notes">
      <h1>{title}</h1>
      {!entry ? (
        <p className="muted" role="status">
          {t('presenter.waiting')}
        </p>
      ) : (
        <div aria-live="polite" data-testid="notes-step" data-index={entry.global}>
          <h2>
            {t('presenter.step', {
              n: entry.global + 1,
              total: timeline.entries.length,
              label: stepLabel(entry.step),
            })}
          </h2>
          <p className="speaker-note">
            {note ? <InlineText text={note} /> : <span className="muted">{t('presenter.noNote')}</span>}
          </p>
          <p className="speaker-next" data-testid="notes-next">
            {next ? t('presenter.next', { label: stepLabel(next.step) }) : t('presenter.last')}
          </p>
        </div>
      )}
    </article>
  );
}
