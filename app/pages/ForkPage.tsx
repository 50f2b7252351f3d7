// Fork and compare: the lesson's request at a step, edited (body, path, content type, server settings),
// recorded again, and shown beside the original run with the first step where the two part marked.
import { Suspense, use, useState } from 'react';
import type { HTTPRequest, RecordedRun } from '../../engine';
import { compareRuns, type Comparison } from '../fork/compareRuns';
import { applyConfigText, editableConfigText, forkScenario } from '../fork/forkScenario';
import { localized, stepLabel, t } from '../i18n';
import { recordLesson, type RecordedLesson } from '../lesson/recordLesson';
import { PanelBoundary } from '../panels/PanelBoundary';
import { formatRoute } from '../routing/route';
import { recordScenario, type SetupProblem } from '../timeline/recordScenario';
import { usePersistentState } from '../usePersistentState';

export default function ForkPage({ id, step }: { id: string; step: number }) {
  return (
    <PanelBoundary resetKey={id} describe={(e) => t('lesson.failed', { message: e.message })}>
      <Suspense fallback={<p className="loading">{t('lesson.loading')}</p>}>
        <ForkLoaded id={id} step={step} />
      </Suspense>
    </PanelBoundary>
  );
}

function ForkLoaded({ id, step }: { id: string; step: number }) {
  const recorded = use(recordLesson(id));
  if (!recorded)
    return (
      <p role="alert" className="error">
        {t('lesson.unknown', { id })}
      </p>
    );
  return <ForkEditor recorded={recorded} step={step} />;
}

interface ForkDoc {
  path: string;
  contentType: string;
  body: string;
  settings: string;
}

function ForkEditor({ recorded, step }: { recorded: RecordedLesson; step: number }) {
  const { lesson, timeline } = recorded;
  // run 0 is the start-up when the scenario traces it; a step of the start-up forks the first request
  const runOffset = lesson.scenario.traceStartup ? 1 : 0;
  const index = Math.max(0, (timeline.entries[step]?.request ?? 0) - runOffset);
  const original = lesson.scenario.requests[index]!;
  const originalRun = timeline.runs[index + runOffset]!.run;
  const initial: ForkDoc = {
    path: original.request.path,
    contentType: original.request.headers?.['Content-Type'] ?? '',
    body: original.request.body ?? '',
    settings: editableConfigText(lesson.scenario.config),
  };
  // the learner's edit survives a reload, per lesson and request
  const [doc, setDoc] = usePersistentState<ForkDoc>(`kubewalk.fork.${lesson.id}.${index}`, initial);
  const [error, setError] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  // setup requests the edited server refused: the fork then starts from another state than the lesson
  const [setupProblems, setSetupProblems] = useState<SetupProblem[]>([]);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setError(null);
    setComparison(null);
    setSetupProblems([]);
    const edit = applyConfigText(lesson.scenario.config, doc.settings);
    if ('error' in edit) {
      setError(edit.error);
      return;
    }
    const headers = { ...original.request.headers };
    if (doc.contentType) headers['Content-Type'] = doc.contentType;
    else delete headers['Content-Type'];
    const request: HTTPRequest = { ...original.request, path: doc.path, headers };
    if (doc.body || original.request.body !== undefined) request.body = doc.body;
    setRunning(true);
    try {
      const engine = await import('../../engine');
      const { runs, setupProblems: problems } = await recordScenario(
        engine.createServerChain,
        forkScenario(lesson.scenario, index, request, edit.config),
        engine.recordStartup,
      );
      setSetupProblems(problems);
      setComparison(compareRuns(originalRun, runs[index + runOffset]!.run));
    } catch (e) {
      // e.g. a setting the engine refuses (an unknown admission plugin): say so, keep the edit
      setError((e as Error).message);
    } finally {
      setRunning(false);
    }
  };

  return (
    <article className="fork">
      <h2>{t('fork.heading', { title: localized(lesson.title) })}</h2>
      <p className="muted">
        {t('fork.intro', { n: index + 1, title: localized(original.title) })}{' '}
        <a href={formatRoute({ name: 'lesson', id: lesson.id, step })}>{t('fork.back')}</a>
      </p>
      <div className="fork-form">
        <label>
          {t('fork.request')} <code>{original.request.method}</code>
          <input
            value={doc.path}
            spellCheck={false}
            onChange={(e) => setDoc({ ...doc, path: e.target.value })}
          />
        </label>
        <label>
          {t('fork.contentType')}
          <input
            value={doc.contentType}
            spellCheck={false}
            onChange={(e) => setDoc({ ...doc, contentType: e.target.value })}
          />
        </label>
        <label>
          {t('fork.body')}
          <textarea
            data-testid="fork-body"
            rows={12}
            spellCheck={false}
            value={doc.body}
            onChange={(e) => setDoc({ ...doc, body: e.target.value })}
          />
        </label>
        <label>
          {t('fork.settings')}
          <textarea
            data-testid="fork-settings"
            rows={8}
            spellCheck={false}
            value={doc.settings}
            onChange={(e) => setDoc({ ...doc, settings: e.target.value })}
          />
        </label>
        <p>
          <button type="button" onClick={() => void run()} disabled={running} data-testid="fork-run">
            {t('fork.run')}
          </button>{' '}
          <button type="button" onClick={() => setDoc(initial)}>
            {t('fork.reset')}
          </button>
        </p>
        {error && (
          <p role="alert" className="error" data-testid="fork-error">
            {error}
          </p>
        )}
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
      {comparison && <ComparisonView comparison={comparison} />}
    </article>
  );
}

function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { rows, firstDifferentStep: part, firstDifferentObject: objectAt, statuses } = comparison;
  const cell = (s: RecordedRun['steps'][number] | undefined) =>
    s ? (
      <>
        {stepLabel(s)} <code>{s.id}</code>
      </>
    ) : (
      <span className="muted">—</span>
    );
  return (
    <section aria-labelledby="fork-result-heading">
      <h3 id="fork-result-heading">{t('fork.result')}</h3>
      <p role="status" data-testid="fork-summary">
        {part >= 0
          ? t('fork.parted', {
              n: part + 1,
              original: rows[part]!.original?.id ?? '—',
              fork: rows[part]!.fork?.id ?? '—',
            })
          : t('fork.samePath', { n: rows.length })}{' '}
        {objectAt >= 0 &&
          objectAt !== part &&
          t('fork.objectFrom', { n: objectAt + 1, id: rows[objectAt]!.original!.id })}{' '}
        {t('fork.statuses', { original: statuses[0], fork: statuses[1] })}
      </p>
      <table className="fork-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('fork.original')}</th>
            <th scope="col">{t('fork.fork')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.index}
              className={r.stepDiffers ? 'differs' : r.objectDiffers ? 'object-differs' : undefined}
              data-testid={r.index === part ? 'divergence' : undefined}
            >
              <td>{r.index + 1}</td>
              <td>{cell(r.original)}</td>
              <td>
                {cell(r.fork)}
                {r.index === part && <strong className="badge">{t('fork.firstDifference')}</strong>}
                {r.objectDiffers && <span className="muted"> {t('fork.objectDiffers')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
