// One lesson's player for an <iframe> in slides or a blog: no site header or navigation, optionally only a
// range of steps (`#/embed/<id>?from=<n>&to=<m>`), and a link to the full lesson.
import { Suspense, use, useEffect, useMemo } from 'react';
import { localized, t } from '../i18n';
import { lessonContent } from '../lesson/lessonContent';
import { questionSteps } from '../lesson/questions';
import { forgetLesson, recordLesson, type RecordedLesson } from '../lesson/recordLesson';
import { PanelBoundary } from '../panels/PanelBoundary';
import { PlayerView } from '../player/PlayerView';
import { formatRoute } from '../routing/route';

interface Props {
  id: string;
  from?: number;
  to?: number;
}

export default function EmbedPage(props: Props) {
  return (
    <PanelBoundary
      resetKey={props.id}
      onReset={() => forgetLesson(props.id)}
      describe={(e) => t('lesson.failed', { message: e.message })}
    >
      <Suspense fallback={<p className="loading">{t('lesson.loading')}</p>}>
        <EmbedLoaded {...props} />
      </Suspense>
    </PanelBoundary>
  );
}

function EmbedLoaded({ id, from, to }: Props) {
  const recorded = use(recordLesson(id));
  if (!recorded) {
    return (
      <p role="alert" className="error">
        {t('lesson.unknown', { id })}
      </p>
    );
  }
  return <EmbedPlayer recorded={recorded} from={from} to={to} />;
}

function EmbedPlayer({ recorded, from, to }: { recorded: RecordedLesson; from?: number; to?: number }) {
  const { lesson, timeline, sharedExcerpts } = recorded;
  const content = useMemo(
    () => lessonContent(lesson, timeline, sharedExcerpts),
    [lesson, timeline, sharedExcerpts],
  );
  const marks = useMemo(() => questionSteps(lesson.quiz, timeline), [lesson, timeline]);
  const total = timeline.entries.length;
  const range = useMemo(
    () => ({ from: Math.min(from ?? 0, total - 1), to: Math.min(to ?? total - 1, total - 1) }),
    [from, to, total],
  );
  const title = localized(lesson.title);
  useEffect(() => {
    document.title = `${title} — Kubewalk`;
  }, [title]);

  return (
    <article className="lesson embed">
      <header className="embed-header">
        <h1>{title}</h1>
        <span className="muted">
          {t('embed.range', { from: range.from + 1, to: range.to + 1, total })}
        </span>{' '}
        <a
          href={formatRoute({ name: 'lesson', id: lesson.id, step: range.from })}
          target="_blank"
          rel="noreferrer"
        >
          {t('embed.openFull')}
        </a>
      </header>
      <PlayerView
        key={lesson.id}
        timeline={timeline}
        content={content}
        index={range.from}
        marks={marks}
        range={range}
      />
    </article>
  );
}
