// The first screen: the lessons (loaded on demand, without the engine) and a way into the playground.
import { Suspense, use, useEffect } from 'react';
import { localized, t } from '../i18n';
import { loadLessons } from '../lesson/loadLessons';
import { InlineText } from '../panels/InlineText';
import { PanelBoundary } from '../panels/PanelBoundary';
import { ProgressPanel, progressText } from '../progress/ProgressPanel';
import { useProgress } from '../progress/useProgress';
import { formatRoute } from '../routing/route';

export function LessonIndex() {
  useEffect(() => {
    document.title = 'Kubewalk — step through kube-apiserver';
  }, []);
  return (
    <section className="lesson-index" aria-labelledby="lessons-heading">
      <h2 id="lessons-heading">{t('index.heading')}</h2>
      <PanelBoundary describe={(e) => t('index.failed', { message: e.message })}>
        <Suspense fallback={<p className="muted">{t('index.loading')}</p>}>
          <LessonList />
        </Suspense>
      </PanelBoundary>
      <p>
        <a href={formatRoute({ name: 'playground' })}>{t('nav.playground')}</a> — {t('index.playgroundIntro')}
      </p>
      <p>
        <a href={formatRoute({ name: 'trace' })}>{t('trace.link')}</a>
      </p>
      <ProgressPanel />
    </section>
  );
}

function LessonList() {
  const { lessons } = use(loadLessons());
  const record = useProgress();
  if (lessons.length === 0) return <p className="muted">{t('index.empty')}</p>;
  return (
    <ol className="lesson-list">
      {lessons.map((l) => (
        <li key={l.id}>
          <a href={formatRoute({ name: 'lesson', id: l.id, step: 0 })}>
            <strong>{localized(l.title)}</strong>
          </a>
          <p className="muted">
            <InlineText text={localized(l.summary)} />
          </p>
          <p className="lesson-progress" data-testid={`progress-${l.id}`}>
            {t('progress.label')}: {progressText(record, l.id, l.quiz.length)}
          </p>
        </li>
      ))}
    </ol>
  );
}
