// A lesson: its scenario recorded, then stepped through with the player. The address follows the step.
import { Suspense, use, useCallback, useEffect, useMemo, useState } from 'react';
import { EmbedCodeButton } from '../embed/EmbedCodeButton';
import { localized, t } from '../i18n';
import { lessonContent } from '../lesson/lessonContent';
import { questionSteps } from '../lesson/questions';
import { forgetLesson, recordLesson, type RecordedLesson } from '../lesson/recordLesson';
import { paragraphs } from '../panels/inlineMarkup';
import { InlineText } from '../panels/InlineText';
import { PanelBoundary } from '../panels/PanelBoundary';
import { PlayerView } from '../player/PlayerView';
import { PresenterTools } from '../presenter/PresenterTools';
import { usePresenterSender } from '../presenter/usePresenter';
import { formatRoute, parseRoute } from '../routing/route';
import { replaceRoute } from '../routing/useHashRoute';

export default function LessonPage({ id, step }: { id: string; step: number }) {
  return (
    <PanelBoundary
      resetKey={id}
      onReset={() => forgetLesson(id)}
      describe={(e) => t('lesson.failed', { message: e.message })}
    >
      <Suspense fallback={<p className="loading">{t('lesson.loading')}</p>}>
        <LessonLoaded id={id} step={step} />
      </Suspense>
    </PanelBoundary>
  );
}

function LessonLoaded({ id, step }: { id: string; step: number }) {
  const recorded = use(recordLesson(id));
  if (!recorded) {
    return (
      <p role="alert" className="error">
        {t('lesson.unknown', { id })} <a href="#/">{t('nav.backToLessons')}</a>
      </p>
    );
  }
  return <LessonPlayer recorded={recorded} step={step} />;
}

function LessonPlayer({ recorded, step }: { recorded: RecordedLesson; step: number }) {
  const { lesson, timeline, setupProblems, sharedExcerpts } = recorded;
  const content = useMemo(
    () => lessonContent(lesson, timeline, sharedExcerpts),
    [lesson, timeline, sharedExcerpts],
  );
  const marks = useMemo(() => questionSteps(lesson.quiz, timeline), [lesson, timeline]);
  const tellNotes = usePresenterSender(lesson.id);
  const onIndexChange = useCallback(
    (i: number) => {
      replaceRoute({ name: 'lesson', id: lesson.id, step: i });
      tellNotes(i);
    },
    [lesson.id, tellNotes],
  );
  const title = localized(lesson.title);
  useEffect(() => {
    document.title = `${title} — Kubewalk`;
  }, [title]);
  const violations = timeline.runs.flatMap((r) => r.run.violations);
  // the introduction is open when the lesson starts at its beginning, folded when a permalink points inside
  const [introOpen] = useState(step === 0);

  return (
    <article className="lesson">
      <header className="lesson-header">
        <h2>{title}</h2>
        <p className="muted">
          <InlineText text={localized(lesson.summary)} />
        </p>
        <details className="lesson-intro" open={introOpen}>
          <summary>{t('lesson.about')}</summary>
          {paragraphs(localized(lesson.intro)).map((p, i) => (
            <p key={i}>
              <InlineText text={p} />
            </p>
          ))}
          <h3 className="small-heading">{t('lesson.sources')}</h3>
          <ul>
            {lesson.sources.map((s) => (
              <li key={s}>
                {/^https?:\/\//.test(s) ? (
                  <a href={s} target="_blank" rel="noreferrer">
                    {s}
                  </a>
                ) : (
                  s
                )}
              </li>
            ))}
          </ul>
        </details>
        <div className="lesson-tools">
          <ForkLink lessonId={lesson.id} />
          <PresenterTools lessonId={lesson.id} />
          <EmbedCodeButton lessonId={lesson.id} title={title} total={timeline.entries.length} />
        </div>
        {setupProblems.map((p) => (
          <p key={p.n} role="alert" className="warning">
            {t('lesson.setupFailed', {
              n: p.n,
              request: `${p.request.method} ${p.request.path}`,
              status: p.status,
              message: p.message,
            })}
          </p>
        ))}
        {violations.length > 0 && (
          <p role="alert" className="warning">
            {t('lesson.violations', { list: violations.join('; ') })}
          </p>
        )}
      </header>
      <PlayerView
        key={lesson.id}
        timeline={timeline}
        content={content}
        index={step}
        onIndexChange={onIndexChange}
        marks={marks}
        lesson={lesson.id}
      />
    </article>
  );
}

/** Forks the scenario at the step on screen (read at click time: the address follows the player). */
function ForkLink({ lessonId }: { lessonId: string }) {
  const here = () => {
    const route = parseRoute(window.location.hash);
    return formatRoute({ name: 'fork', id: lessonId, step: route.name === 'lesson' ? route.step : 0 });
  };
  return (
    <a
      className="button-link"
      href={formatRoute({ name: 'fork', id: lessonId, step: 0 })}
      onClick={(e) => {
        e.currentTarget.href = here();
      }}
      data-testid="fork-link"
    >
      {t('fork.open')}
    </a>
  );
}
