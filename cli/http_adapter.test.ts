// The Node adapter on a real loopback socket: bodies within and beyond the limit, watches that stream and end
// when the client leaves, and bad clients (garbage, truncated bodies, silent sockets) that must not hurt it.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServeFunc } from './http_adapter';
import { defaultServeOptions, startServer, type RunningServer } from './serve';

let server: RunningServer;
let port: number;
/** requests still inside the engine */
let inFlight = 0;

beforeAll(async () => {
  server = await startServer({
    ...defaultServeOptions,
    port: 0,
    seed: 1,
    maxRequestBodyBytes: 1024,
    wrapServe:
      (serve): ServeFunc =>
      async (w, req) => {
        inFlight++;
        try {
          await serve(w, req);
        } finally {
          inFlight--;
        }
      },
  });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server.close();
});

/** Writes raw bytes and collects whatever comes back until the server closes or `ms` pass. */
function raw(data: string, ms = 500, end = true): Promise<string> {
  return new Promise((resolve) => {
    const s: Socket = connect(port, '127.0.0.1');
    let out = '';
    s.on('data', (d) => (out += d.toString()));
    s.on('error', () => {});
    s.on('close', () => resolve(out));
    s.write(data, () => {
      if (end) s.end();
    });
    setTimeout(() => {
      s.destroy();
      resolve(out);
    }, ms);
  });
}

const configMap = (name: string, pad = '') =>
  JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: { pad } });

describe('requests and responses', () => {
  it('serves a GET with the engine status, headers and body', async () => {
    const res = await fetch(`${server.url}/version`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ gitVersion: 'v1.34.0' });
  });

  it('passes the query string and a JSON body through', async () => {
    const res = await fetch(`${server.url}/api/v1/namespaces/default/configmaps?fieldManager=test`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: configMap('cm-ok'),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { metadata: { managedFields: { manager: string }[] } };
    expect(body.metadata.managedFields[0]!.manager).toBe('test');
  });

  it.each([
    ['announced by Content-Length', false],
    ['sent chunked', true],
  ])(
    'answers a body over the limit (%s) with the engine 413 Status and stores nothing',
    async (_n, chunked) => {
      const body = configMap('cm-big', 'x'.repeat(2000));
      const res = await fetch(`${server.url}/api/v1/namespaces/default/configmaps`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: chunked ? new Blob([body]).stream() : body,
        ...(chunked ? { duplex: 'half' } : {}),
      } as RequestInit);
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Request entity too large: limit is 1024',
        reason: 'RequestEntityTooLarge',
        code: 413,
      });
      const get = await fetch(`${server.url}/api/v1/namespaces/default/configmaps/cm-big`);
      expect(get.status).toBe(404);
    },
  );

  it('reports a ?timeout= the deadline filter cannot parse as 400', async () => {
    const res = await fetch(`${server.url}/api/v1/namespaces/default/pods?timeout=soon`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBe(
      'invalid timeout specified in the request URL - time: invalid duration "soon"',
    );
  });
});

describe('watches', () => {
  it('sends headers at once, streams events, and ends the engine watch when the client leaves', async () => {
    const ac = new AbortController();
    // an empty namespace: no initial events, so only a flush can bring the headers
    const res = await fetch(`${server.url}/api/v1/namespaces/kube-public/configmaps?watch=true`, {
      signal: ac.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    const decoder = new TextDecoder();
    const create = fetch(`${server.url}/api/v1/namespaces/kube-public/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: configMap('cm-watched'),
    });
    while (!text.includes('cm-watched')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    expect((await create).status).toBe(201);
    expect(text).toContain('"type":"ADDED"');
    expect(inFlight).toBeGreaterThan(0);
    ac.abort();
    await expect.poll(() => inFlight, { timeout: 2000 }).toBe(0);
  });
});

describe('bad clients do not take the server down', () => {
  it.each([
    ['garbage instead of a request line', '\x00\x01\x02 not http at all\r\n\r\n'],
    ['a header without a colon', 'GET /version HTTP/1.1\r\nHost: x\r\nnonsense\r\n\r\n'],
    ['a bad Content-Length', 'POST /api/v1/namespaces HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n'],
  ])('%s gets 400 Bad Request', async (_name, data) => {
    expect(await raw(data)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect((await fetch(`${server.url}/version`)).status).toBe(200);
  });

  it('a body cut short is not served even when what arrived is valid JSON', async () => {
    const body = configMap('cm-short');
    await raw(
      `POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length + 10}\r\n\r\n${body}`,
      300,
    );
    await expect.poll(() => inFlight).toBe(0);
    const get = await fetch(`${server.url}/api/v1/namespaces/default/configmaps/cm-short`);
    expect(get.status).toBe(404);
  });

  it('a truncated body (client hangs up mid-body) stores nothing', async () => {
    const body = configMap('cm-truncated');
    await raw(
      `POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
      300,
    );
    await expect.poll(() => inFlight).toBe(0);
    const get = await fetch(`${server.url}/api/v1/namespaces/default/configmaps/cm-truncated`);
    expect(get.status).toBe(404);
  });

  it('slow, silent and half-written requests alongside normal traffic', async () => {
    const stalled = [
      raw('GET /version HTTP/1.1\r\nHost: x\r\n', 400, false), // headers never finish
      raw(
        'POST /api/v1/namespaces/default/configmaps HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{',
        400,
        false,
      ),
      raw('', 400, false), // connects and says nothing
    ];
    const normal = await Promise.all(Array.from({ length: 20 }, () => fetch(`${server.url}/version`)));
    expect(normal.map((r) => r.status)).toEqual(Array(20).fill(200));
    await Promise.all(stalled);
    expect((await fetch(`${server.url}/version`)).status).toBe(200);
  });
});
