// Load test for live mode (`npm run bench:load [-- seconds]`): 100 concurrent clients doing create/get/list
// and 50 watchers against `serve` on loopback for a bounded time, then the same request mix against a bare Node
// http server answering a fixed JSON, for a ceiling. Prints requests/s, errors and memory before/after.
// Not part of `npm test`: it takes about twice the duration and all of a core.
import { Agent, createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultServeOptions, startServer } from '../cli/serve';

const seconds = Number(process.argv[2] ?? process.env.LOAD_SECONDS ?? 20);
const clients = 100;
const watchers = Number(process.env.LOAD_WATCHERS ?? 50);

interface Outcome {
  requests: number;
  errors: number;
  firstError?: string;
  watchEvents: number;
  seconds: number;
}

interface Answer {
  status: number;
  body: string;
}

function call(agent: Agent, base: string, method: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { method, agent, headers: body ? { 'Content-Type': 'application/json' } : {} },
      (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A watcher: counts newline-delimited frames until stopped. */
function watch(
  base: string,
  path: string,
  onEvent: () => void,
): { stop: () => void; ready: Promise<number> } {
  let stopReq: () => void = () => {};
  const ready = new Promise<number>((resolve, reject) => {
    const req = request(`${base}${path}`, { agent: false }, (res) => {
      resolve(res.statusCode ?? 0);
      res.on('data', (c: Buffer) => {
        for (const b of c) if (b === 10) onEvent();
      });
      res.on('error', () => {});
    });
    req.on('error', (e) => reject(e));
    req.end();
    stopReq = () => req.destroy();
  });
  return { stop: () => stopReq(), ready };
}

async function run(base: string, label: string): Promise<Outcome> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const out: Outcome = { requests: 0, errors: 0, watchEvents: 0, seconds };
  const fail = (what: string) => {
    out.errors++;
    out.firstError ??= what;
  };
  const ws = Array.from({ length: watchers }, () =>
    watch(base, '/api/v1/namespaces/default/configmaps?watch=true', () => out.watchEvents++),
  );
  const statuses = await Promise.all(ws.map((w) => w.ready));
  for (const s of statuses) if (s !== 200) fail(`watch: ${s}`);
  const deadline = Date.now() + seconds * 1000;
  const start = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; Date.now() < deadline; i++) {
        const name = `${label}-c${c}-${i}`;
        const steps: [string, string, string | undefined, number][] = [
          [
            'POST',
            '/api/v1/namespaces/default/configmaps',
            JSON.stringify({
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: { name },
              data: { i: String(i) },
            }),
            201,
          ],
          ['GET', `/api/v1/namespaces/default/configmaps/${name}`, undefined, 200],
          ['GET', '/api/v1/namespaces/default/configmaps?limit=10', undefined, 200],
        ];
        for (const [method, path, body, want] of steps) {
          try {
            const a = await call(agent, base, method, path, body);
            out.requests++;
            if (a.status !== want) fail(`${method} ${path}: ${a.status} ${a.body.slice(0, 200)}`);
          } catch (e) {
            fail(`${method} ${path}: ${(e as Error).message}`);
          }
        }
      }
    }),
  );
  out.seconds = (Date.now() - start) / 1000;
  for (const w of ws) w.stop();
  agent.destroy();
  return out;
}

function memory(): { rssMiB: number; heapMiB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rssMiB: Math.round(m.rss / 2 ** 20), heapMiB: Math.round(m.heapUsed / 2 ** 20) };
}

function report(name: string, o: Outcome, before: object, after: object): void {
  console.log(
    `${name.padEnd(12)} ${Math.round(o.requests / o.seconds)
      .toString()
      .padStart(7)} req/s  requests ${o.requests}  errors ${o.errors}  watch events ${o.watchEvents}` +
      `  memory before ${JSON.stringify(before)} after ${JSON.stringify(after)}`,
  );
  if (o.firstError) console.log(`  first error: ${o.firstError}`);
}

async function main(): Promise<void> {
  console.log(`${clients} clients (create/get/list) + ${watchers} watchers, ${seconds}s each, on loopback`);

  const before = memory();
  const live = await startServer({ ...defaultServeOptions, port: 0 });
  const kw = await run(live.url, 'kw');
  await live.close();
  const after = memory();
  report('kubewalk', kw, before, after);

  const fixed = JSON.stringify({ kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'x' } });
  const bare = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.includes('watch=true')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.flushHeaders();
        return;
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json' });
      res.end(fixed);
    });
  });
  await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
  const bareBefore = memory();
  const b = await run(`http://127.0.0.1:${(bare.address() as AddressInfo).port}`, 'bare');
  bare.closeAllConnections();
  await new Promise<void>((r) => bare.close(() => r()));
  report('bare node', b, bareBefore, memory());
  console.log(`kubewalk serves ${((100 * kw.requests) / b.requests).toFixed(1)}% of the bare server's rate`);
  if (kw.errors + b.errors > 0) process.exitCode = 1;
}

void main();
