// The playground: write a request (YAML body in Monaco), run it against an in-browser apiserver, and step
// through its trace with the same player. The text survives a reload; the server lives until reset.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { HTTPRequest, ServerChain } from '../../engine';
import { examples } from '../examples';
import { t } from '../i18n';
import { statusMessage } from '../inspect/statusMessage';
import { defaultContentFor } from '../lesson/defaultContentFor';
import type { ContentFor } from '../lesson/lessonContent';
import { PanelBoundary } from '../panels/PanelBoundary';
import { PlayerView } from '../player/PlayerView';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import { usePersistentState } from '../usePersistentState';
import { toRequest, type PlaygroundDoc } from './playgroundRequest';
import {
  identities,
  identityHeaders,
  presetConfig,
  type Identity,
  type ServerPreset,
} from './playgroundServer';

const CodeView = lazy(() => import('../monaco/CodeView'));

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const first = examples[0]!;
const initialDoc: PlaygroundDoc = { method: first.method, path: first.path, body: first.body ?? '' };

interface Result {
  timeline: Timeline;
  content: ContentFor;
  run: number;
}

export default function PlaygroundPage() {
  const [doc, setDoc] = usePersistentState<PlaygroundDoc>('kubewalk.playground', initialDoc);
  const [result, setResult] = useState<Result | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preset, setPreset] = usePersistentState<ServerPreset>('kubewalk.playground.server', 'bare');
  const [who, setWho] = usePersistentState<Identity>('kubewalk.playground.as', 'admin');
  const [editorReset, setEditorReset] = useState(0);
  const server = useRef<Promise<ServerChain> | null>(null);
  const runs = useRef(0);

  useEffect(() => {
    document.title = `${t('playground.heading')} — Kubewalk`;
  }, []);

  const getServer = () =>
    (server.current ??= import('../../engine').then((m) =>
      m.createServerChain(presetConfig(preset, m.defaultOnPlugins)),
    ));
  const resetServer = () => {
    server.current = null;
    setResult(null);
    setProblem(null);
  };

  async function run() {
    setBusy(true);
    setProblem(null);
    try {
      let request: HTTPRequest;
      try {
        request = await toRequest(doc);
        request = { ...request, headers: { ...request.headers, ...identityHeaders(preset, who) } };
      } catch (e) {
        setProblem(e instanceof Error ? e.message : String(e));
        return;
      }
      const rec = await (await getServer()).record(request);
      if (rec.response.status >= 400) {
        setProblem(
          t('playground.status', { status: rec.response.status, message: statusMessage(rec.response.body) }),
        );
      }
      runs.current += 1;
      const timeline = buildTimeline([{ title: { en: t('playground.yourRequest') }, run: rec }]);
      setResult({ timeline, content: await defaultContentFor(timeline), run: runs.current });
    } catch (e) {
      setProblem(t('playground.engineError', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  }

  const sendsBody = doc.method === 'POST' || doc.method === 'PUT' || doc.method === 'PATCH';

  return (
    <section className="playground" aria-labelledby="playground-heading">
      <h2 id="playground-heading">{t('playground.heading')}</h2>
      <p className="muted">{t('playground.intro')}</p>
      <form
        className="playground-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          {t('playground.example')}
          <select
            value=""
            onChange={(e) => {
              const ex = examples.find((x) => x.label === e.target.value);
              if (!ex) return;
              setDoc({ method: ex.method, path: ex.path, body: ex.body ?? doc.body });
              setEditorReset((n) => n + 1);
            }}
          >
            <option value="">—</option>
            {examples.map((ex) => (
              <option key={ex.label}>{ex.label}</option>
            ))}
          </select>
        </label>
        <label>
          {t('playground.method')}
          <select
            value={doc.method}
            onChange={(e) => setDoc({ ...doc, method: e.target.value as PlaygroundDoc['method'] })}
          >
            {methods.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t('playground.path')}
          <input
            value={doc.path}
            spellCheck={false}
            onChange={(e) => setDoc({ ...doc, path: e.target.value })}
          />
        </label>
        <button type="submit" data-testid="playground-run" disabled={busy}>
          {busy ? t('playground.running') : t('playground.run')}
        </button>
        <label>
          {t('playground.server')}
          <select
            value={preset}
            data-testid="playground-server"
            onChange={(e) => {
              setPreset(e.target.value as ServerPreset);
              resetServer();
            }}
          >
            <option value="bare">{t('playground.server.bare')}</option>
            <option value="cluster">{t('playground.server.cluster')}</option>
          </select>
        </label>
        {preset === 'cluster' && (
          <label>
            {t('playground.as')}
            <select value={who} onChange={(e) => setWho(e.target.value as Identity)}>
              {identities.map((id) => (
                <option key={id} value={id}>
                  {t(`playground.as.${id}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={resetServer}>
          {t('playground.reset')}
        </button>
      </form>
      <div className={`playground-editor ${sendsBody ? '' : 'unused'}`}>
        <p className="muted">{t('playground.body')}</p>
        <PanelBoundary>
          <Suspense fallback={<p className="muted">{t('playground.editorLoading')}</p>}>
            <CodeView
              value={doc.body}
              language="yaml"
              readOnly={false}
              onChange={(body) => setDoc((d) => ({ ...d, body }))}
              resetKey={editorReset}
              ariaLabel={t('playground.body')}
            />
          </Suspense>
        </PanelBoundary>
      </div>
      {problem && (
        <p role="alert" className="error" data-testid="playground-error">
          {problem}
        </p>
      )}
      {result && (
        <div data-testid="playground-result" data-run={result.run}>
          <PanelBoundary resetKey={result.run}>
            <PlayerView key={result.run} timeline={result.timeline} content={result.content} />
          </PanelBoundary>
        </div>
      )}
    </section>
  );
}
