// The live view as the page uses it: an SSE stream of traces, hold mode driven by next/release, and a page
// that goes away releasing what it held.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRun, TraceStep } from '../engine';
import { exitStepFor } from '../engine/flow/steps';
import { parseHold, type HoldState, type LiveRequestInfo } from './live';
import { startLiveServer, type LiveServer } from './live_server';

const page = 'http://127.0.0.1:5173';
let srv: LiveServer;

beforeEach(async () => {
  srv = await startLiveServer({ pageOrigins: [page] });
});
afterEach(async () => {
  await srv.close();
});

interface SSE {
  type: string;
  data: unknown;
}

/** An EventSource stand-in: collects events, lets a test wait for one. */
async function listen(url: string) {
  const abort = new AbortController();
  const res = await fetch(`${url}/kubewalk/live`, { signal: abort.signal, headers: { Origin: page } });
  const events: SSE[] = [];
  const waiters: (() => void)[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) });
          waiters.splice(0).forEach((w) => w());
        }
      }
    } catch {
      // aborted
    }
  })();
  const waitFor = async (pred: (e: SSE) => boolean, skip = 0): Promise<SSE> => {
    for (;;) {
      const found = events.filter(pred)[skip];
      if (found) return found;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { res, events, waitFor, close: () => abort.abort() };
}

const post = (path: string, body?: string, headers: Record<string, string> = {}) =>
  fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body !== undefined ? { body } : {}),
  });

const pod = (name: string) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
  });

const runs = (events: SSE[]) =>
  events.filter((e) => e.type === 'run').map((e) => e.data as LiveRequestInfo & { run: RecordedRun });

describe('the trace stream', () => {
  it('opens with the hold state and sends CORS headers for the page origin only', async () => {
    const l = await listen(srv.url);
    expect(l.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(l.res.headers.get('access-control-allow-origin')).toBe(page);
    const hello = await l.waitFor((e) => e.type === 'hello');
    expect(hello.data).toEqual({ on: false, methods: null, held: null, waiting: false });
    l.close();
  });

  it.each<[string, string, string, string | undefined, number]>([
    ['a create', 'POST', '/api/v1/namespaces/default/pods', pod('web'), 201],
    ['a get of a missing object', 'GET', '/api/v1/namespaces/default/pods/missing', undefined, 404],
    ['a bad body', 'POST', '/api/v1/namespaces/default/pods', '{"kind":', 400],
  ])('sends one trace per request: %s', async (_name, method, path, body, status) => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    const res = await fetch(`${srv.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'kubectl/v1.33.0 (test)' },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await res.text();
    expect(res.status).toBe(status);
    const { data } = (await l.waitFor((e) => e.type === 'run')) as {
      data: LiveRequestInfo & { run: RecordedRun };
    };
    expect(data).toMatchObject({ method, path, userAgent: 'kubectl/v1.33.0 (test)', held: false });
    expect(data.run.response.status).toBe(status);
    expect(data.run.response.body).toBe(text);
    expect(data.run.steps.length).toBeGreaterThan(5);
    expect(data.run.steps.at(-1)!.id).toBe(exitStepFor(status));
    expect(data.run.violations).toEqual([]);
    l.close();
  });

  it('records a create with the etcd keyspace before and after', async () => {
    const l = await listen(srv.url);
    await post('/api/v1/namespaces/default/pods', pod('web'));
    const [run] = runs([await l.waitFor((e) => e.type === 'run')]);
    const key = '/registry/pods/default/web';
    expect(run!.run.etcdBefore.some((e) => e.key === key)).toBe(false);
    expect(run!.run.etcdAfter.some((e) => e.key === key)).toBe(true);
    l.close();
  });

  it('streams watches untraced, and traces nothing when no page listens', async () => {
    const res = await fetch(`${srv.url}/api/v1/namespaces`);
    expect(res.status).toBe(200);
    const l = await listen(srv.url);
    const abort = new AbortController();
    // not awaited first: the headers may wait for the first event
    const watching = fetch(`${srv.url}/api/v1/namespaces/default/pods?watch=true`, { signal: abort.signal });
    await new Promise((r) => setTimeout(r, 50));
    await post('/api/v1/namespaces/default/pods', pod('seen'));
    const watch = await watching;
    expect(watch.status).toBe(200);
    const reader = watch.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain('"ADDED"');
    abort.abort();
    await l.waitFor((e) => e.type === 'run');
    expect(runs(l.events).map((r) => r.method + ' ' + r.path)).toEqual([
      'POST /api/v1/namespaces/default/pods',
    ]);
    l.close();
  });
});

describe('hold mode', () => {
  it('holds the next request at each step until next, without blocking other requests', async () => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    const on = await post('/kubewalk/hold', '{"on":true}', { Origin: page });
    expect(on.status).toBe(200);
    expect(on.headers.get('access-control-allow-origin')).toBe(page);
    let answered = false;
    const created = post('/api/v1/namespaces/default/pods', pod('held')).then((r) => {
      answered = true;
      return r;
    });
    const first = await l.waitFor((e) => e.type === 'step');
    expect((first.data as { step: TraceStep }).step.index).toBe(0);
    // another client is served while the first waits
    const other = await fetch(`${srv.url}/api/v1/namespaces/default/pods/held`);
    expect(other.status).toBe(404);
    expect(answered).toBe(false);
    let n = 0;
    while (!answered && n < 200) {
      await l.waitFor((e) => e.type === 'step', n);
      const next = await post('/kubewalk/next');
      expect(next.status).toBe(200);
      n += 1;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await created).status).toBe(201);
    const run = runs(l.events).find((r) => r.held)!;
    expect(run.path).toBe('/api/v1/namespaces/default/pods');
    const stepped = l.events
      .filter((e) => e.type === 'step')
      .map((e) => (e.data as { step: TraceStep }).step.id);
    // hooks the engine does not await run on without a Next, so a step event may not need one
    expect(n).toBeGreaterThan(10);
    expect(stepped.length).toBeGreaterThanOrEqual(n);
    expect(stepped.at(-1)).toMatch(/^exit\./);
    expect(run.run.steps.map((s) => s.id)).toEqual(expect.arrayContaining(stepped));
    l.close();
  });

  it('release lets the held request finish; hold only holds the methods asked for', async () => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    expect((await post('/kubewalk/hold', '{"on":true,"methods":["post"]}')).status).toBe(200);
    expect((await fetch(`${srv.url}/api/v1/namespaces`)).status).toBe(200); // a GET is not held
    const created = post('/api/v1/namespaces/default/pods', pod('released'));
    await l.waitFor((e) => e.type === 'step');
    const rel = await post('/kubewalk/release');
    expect(await rel.json()).toMatchObject({ released: true });
    expect((await created).status).toBe(201);
    l.close();
  });

  it('lets go of a held request when its client goes away, and holds the next one', async () => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    await post('/kubewalk/hold', '{"on":true}');
    const abort = new AbortController();
    const gone = fetch(`${srv.url}/api/v1/namespaces/default/pods`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: pod('gone'),
      signal: abort.signal,
    }).catch(() => 'aborted');
    await l.waitFor((e) => e.type === 'step');
    abort.abort();
    expect(await gone).toBe('aborted');
    const done = await l.waitFor((e) => e.type === 'run');
    expect((done.data as LiveRequestInfo).held).toBe(true);
    // hold mode stays on: the next request is held in turn
    const next = post('/api/v1/namespaces/default/pods', pod('after'));
    const step = await l.waitFor((e) => e.type === 'step' && (e.data as { id: number }).id !== 1);
    expect((step.data as { id: number }).id).toBe(2);
    await post('/kubewalk/release');
    expect((await next).status).toBe(201);
    l.close();
  });

  it('lets go of a held request when the page disconnects, and turns hold off', async () => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    await post('/kubewalk/hold', '{"on":true}');
    const created = post('/api/v1/namespaces/default/pods', pod('orphan'));
    await l.waitFor((e) => e.type === 'step');
    l.close();
    expect((await created).status).toBe(201);
    expect(srv.live.listeners).toBe(0);
    const l2 = await listen(srv.url);
    expect((await l2.waitFor((e) => e.type === 'hello')).data).toMatchObject({ on: false, held: null });
    l2.close();
  });
});

describe('bad control requests change nothing', () => {
  it.each([
    ['not JSON', 'POST', '/kubewalk/hold', 'on', page, 400, 'the body must be JSON like {"on":true}'],
    ['on not a boolean', 'POST', '/kubewalk/hold', '{"on":"yes"}', page, 400, '"on" must be true or false'],
    [
      'bad methods',
      'POST',
      '/kubewalk/hold',
      '{"on":true,"methods":"POST"}',
      page,
      400,
      '"methods" must be a list of HTTP methods',
    ],
    [
      'a foreign page',
      'POST',
      '/kubewalk/hold',
      '{"on":true}',
      'http://evil.example',
      403,
      'origin http://evil.example is not allowed',
    ],
    ['GET on a control', 'GET', '/kubewalk/next', undefined, page, 405, 'use POST'],
    ['POST on the stream', 'POST', '/kubewalk/live', '{}', page, 405, 'use GET'],
    ['an unknown endpoint', 'POST', '/kubewalk/stop', '{}', page, 404, 'no live endpoint /kubewalk/stop'],
  ])('%s', async (_name, method, path, body, origin, status, message) => {
    const l = await listen(srv.url);
    await l.waitFor((e) => e.type === 'hello');
    const res = await fetch(`${srv.url}${path}`, {
      method,
      headers: { Origin: origin },
      ...(body !== undefined ? { body } : {}),
    });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual({ message });
    expect(res.headers.get('access-control-allow-origin')).toBe(status === 403 ? null : page);
    expect(l.events.filter((e) => e.type === 'hold')).toEqual([]);
    l.close();
  });

  it('refuses hold mode when no page listens', async () => {
    const res = await post('/kubewalk/hold', '{"on":true}');
    expect(res.status).toBe(409);
    const l = await listen(srv.url);
    expect(((await l.waitFor((e) => e.type === 'hello')).data as HoldState).on).toBe(false);
    l.close();
  });

  it('answers the page preflight for its origin', async () => {
    const res = await fetch(`${srv.url}/kubewalk/hold`, {
      method: 'OPTIONS',
      headers: { Origin: page, 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(page);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });

  it.each([
    ['{"on":false}', { on: false, methods: null }],
    ['{"on":true,"methods":["post","Put"]}', { on: true, methods: ['POST', 'PUT'] }],
    ['[]', 'the body must be a JSON object'],
    ['{"on":true,"methods":["PO ST"]}', '"methods" must be a list of HTTP methods'],
  ])('parseHold(%s)', (body, want) => {
    expect(parseHold(body)).toEqual(want);
  });
});
