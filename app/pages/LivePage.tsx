// The live view of a running `npm run serve`: connects to its trace stream (server-sent events), lists the
// requests kubectl sends, and opens any of them in the player. In hold mode the server waits at each step of
// a request until Next is pressed here, while kubectl waits for its answer.
import { useEffect, useReducer, useRef, useState } from 'react';
import { stepLabel, t } from '../i18n';
import { defaultContentFor } from '../lesson/defaultContentFor';
import type { ContentFor } from '../lesson/lessonContent';
import { PanelBoundary } from '../panels/PanelBoundary';
import { PlayerView } from '../player/PlayerView';
import { buildTimeline, type Timeline } from '../timeline/timeline';
import { usePersistentState } from '../usePersistentState';
import {
  emptyFeed,
  liveEventTypes,
  liveFeedReducer,
  parseLiveEvent,
  streamURL,
  type LiveEntry,
} from './liveFeed';

const defaultServer = 'http://127.0.0.1:8001';
const writeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'];

type Connection = 'idle' | 'connecting' | 'open' | 'error';

interface Opened {
  id: number;
  title: string;
  timeline: Timeline;
  content: ContentFor;
}

export default function LivePage() {
  const [server, setServer] = usePersistentState('kubewalk.live.server', defaultServer);
  const [stream, setStream] = useState<string | null>(null);
  const [connection, setConnection] = useState<Connection>('idle');
  const [feed, dispatch] = useReducer(liveFeedReducer, emptyFeed);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [writesOnly, setWritesOnly] = useState(true);

  useEffect(() => {
    document.title = `${t('live.heading')} — Kubewalk`;
  }, []);

  useEffect(() => {
    if (!stream) return;
    setConnection('connecting');
    const source = new EventSource(stream);
    source.onopen = () => setConnection('open');
    // EventSource reconnects by itself; the page only says the server is out of reach meanwhile.
    source.onerror = () => setConnection('error');
    for (const type of liveEventTypes) {
      source.addEventListener(type, (e) => {
        const event = parseLiveEvent(type, (e as MessageEvent<string>).data);
        if (event) dispatch(event);
      });
    }
    return () => source.close();
  }, [stream]);

  const base = stream?.replace(/\/kubewalk\/live$/, '') ?? null;

  async function control(action: 'hold' | 'next' | 'release', body?: unknown) {
    if (!base) return;
    setProblem(null);
    try {
      const res = await fetch(`${base}/kubewalk/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body ?? {}),
      });
      if (!res.ok) {
        const { message } = (await res.json().catch(() => ({ message: res.statusText }))) as {
          message: string;
        };
        setProblem(t('live.controlFailed', { message }));
      }
    } catch (e) {
      setProblem(t('live.controlFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function open(entry: LiveEntry) {
    if (!entry.run) return;
    const title = t('live.opened', { id: entry.info.id, method: entry.info.method, path: entry.info.path });
    const timeline = buildTimeline([{ title: { en: title }, run: entry.run }]);
    setOpened({ id: entry.info.id, title, timeline, content: await defaultContentFor(timeline) });
  }

  // A held request opens in the player as soon as it completes: the class was stepping through it.
  const heldDone = feed.entries.find((e) => e.info.held && e.run);
  const lastAutoOpened = useRef(0);
  useEffect(() => {
    if (heldDone && heldDone.info.id > lastAutoOpened.current) {
      lastAutoOpened.current = heldDone.info.id;
      void open(heldDone);
    }
  }, [heldDone]);

  const held = feed.hold.held === null ? null : feed.entries.find((e) => e.info.id === feed.hold.held);
  const heldStep = held?.steps.at(-1);
  const connected = stream !== null;
  const badUrl = streamURL(server) === null;

  return (
    <section className="live" aria-labelledby="live-heading">
      <h2 id="live-heading">{t('live.heading')}</h2>
      <p className="muted">{t('live.intro')}</p>
      <form
        className="playground-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (connected) {
            setStream(null);
            setConnection('idle');
          } else {
            setStream(streamURL(server));
          }
        }}
      >
        <label className="grow">
          {t('live.url')}
          <input
            value={server}
            spellCheck={false}
            disabled={connected}
            data-testid="live-url"
            onChange={(e) => setServer(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="live-connect" disabled={!connected && badUrl}>
          {connected ? t('live.disconnect') : t('live.connect')}
        </button>
        {connected && (
          <>
            <label className="inline">
              <input
                type="checkbox"
                checked={feed.hold.on}
                data-testid="live-hold"
                disabled={connection !== 'open'}
                onChange={(e) =>
                  void control('hold', { on: e.target.checked, methods: writesOnly ? writeMethods : null })
                }
              />{' '}
              {t('live.hold')}
            </label>
            <label className="inline">
              <input
                type="checkbox"
                checked={writesOnly}
                disabled={feed.hold.on}
                onChange={(e) => setWritesOnly(e.target.checked)}
              />{' '}
              {t('live.holdWrites')}
            </label>
          </>
        )}
      </form>
      <p className="muted" role="status" data-testid="live-status" data-state={connection}>
        {badUrl
          ? t('live.badUrl', { url: server })
          : connection === 'idle'
            ? t('live.status.idle')
            : t(`live.status.${connection}`, { url: base ?? server })}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {feed.hold.on && (
        <div className="live-hold" data-testid="live-held">
          {held && heldStep ? (
            <p>{t('live.held', { id: held.info.id, n: heldStep.index + 1, label: stepLabel(heldStep) })}</p>
          ) : (
            <p className="muted">{t('live.holdWaiting')}</p>
          )}
          <button type="button" data-testid="live-next" disabled={!held} onClick={() => void control('next')}>
            {t('live.next')}
          </button>{' '}
          <button type="button" disabled={!held} onClick={() => void control('release')}>
            {t('live.release')}
          </button>
        </div>
      )}
      <h3>
        {t('live.requests', { count: feed.entries.length })}{' '}
        <button type="button" onClick={() => dispatch({ type: 'clear' })}>
          {t('live.clear')}
        </button>
      </h3>
      {feed.entries.length === 0 ? (
        <p className="muted">{t('live.noRequests')}</p>
      ) : (
        <div className="live-requests">
          <table data-testid="live-requests">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('live.method')}</th>
                <th>{t('live.path')}</th>
                <th>{t('live.status')}</th>
                <th>{t('live.userAgent')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {feed.entries.map((e) => {
                const status = e.run?.response.status;
                return (
                  <tr
                    key={e.info.id}
                    data-testid="live-request"
                    data-id={e.info.id}
                    aria-selected={opened?.id === e.info.id}
                  >
                    <td>{e.info.id}</td>
                    <td>{e.info.method}</td>
                    <td className="live-path">{e.info.path}</td>
                    <td>
                      {status === undefined ? (
                        <span className="muted">{t('live.pending')}</span>
                      ) : (
                        <span className={`status status-${Math.floor(status / 100)}xx`}>{status}</span>
                      )}
                    </td>
                    <td className="live-agent">{e.info.userAgent}</td>
                    <td>
                      <button type="button" disabled={!e.run} onClick={() => void open(e)}>
                        {t('live.open')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {opened && (
        <div data-testid="live-result" data-id={opened.id}>
          <h3>{opened.title}</h3>
          <PanelBoundary resetKey={opened.id}>
            <PlayerView key={opened.id} timeline={opened.timeline} content={opened.content} />
          </PanelBoundary>
        </div>
      )}
    </section>
  );
}
