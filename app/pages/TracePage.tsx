// Open a trace: a file saved with "Download this run", checked, then played in the same player with each
// step's default note and Go excerpt. A file that fails the check shows why and leaves the current one playing.
import { useEffect, useState, type ChangeEvent } from 'react';
import { t } from '../i18n';
import { defaultContentFor } from '../lesson/defaultContentFor';
import type { ContentFor } from '../lesson/lessonContent';
import { PanelBoundary } from '../panels/PanelBoundary';
import { PlayerView } from '../player/PlayerView';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import { parseTrace, type TraceFile } from '../trace/traceFile';

interface Opened {
  file: string;
  trace: TraceFile;
  timeline: Timeline;
  content: ContentFor;
  /** a new player for each file opened */
  n: number;
}

export default function TracePage() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('trace.heading')} — Kubewalk`;
  }, []);

  async function open(e: ChangeEvent<HTMLInputElement>) {
    const input = e.currentTarget;
    const f = input.files?.[0];
    if (!f) return;
    try {
      const trace = parseTrace(await f.text());
      const timeline = buildTimeline(
        trace.runs.map((run, i) => ({
          title: {
            en: t('trace.runTitle', { n: i + 1, method: run.request.method, path: run.request.path }),
          },
          run,
        })),
      );
      const content = await defaultContentFor(timeline);
      setProblem(null);
      setOpened((o) => ({ file: f.name, trace, timeline, content, n: (o?.n ?? 0) + 1 }));
    } catch (err) {
      setProblem(t('trace.bad', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      input.value = ''; // opening the same file again reloads it
    }
  }

  return (
    <section className="trace-page" aria-labelledby="trace-heading">
      <h2 id="trace-heading">{t('trace.heading')}</h2>
      <p className="muted">{t('trace.intro')}</p>
      <label>
        {t('trace.choose')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="trace-file"
          onChange={(e) => void open(e)}
        />
      </label>
      {problem && (
        <p role="alert" className="error" data-testid="trace-error">
          {problem}
        </p>
      )}
      {opened && (
        <div data-testid="trace-result">
          <p role="status">
            {t('trace.loaded', {
              file: opened.file,
              runs: opened.trace.runs.length,
              steps: opened.timeline.entries.length,
            })}
            {opened.trace.lesson !== undefined && (
              <> {t('trace.fromLesson', { lesson: opened.trace.lesson })}</>
            )}
          </p>
          <PanelBoundary resetKey={opened.n}>
            <PlayerView key={opened.n} timeline={opened.timeline} content={opened.content} />
          </PanelBoundary>
        </div>
      )}
    </section>
  );
}
