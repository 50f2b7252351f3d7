// Go twin: k8s.io/kubernetes/cmd/kube-apiserver/app/server.go (NewAPIServerCommand, Run) @ v1.34.0 — live mode:
// the engine behind a real HTTP listener, for real kubectl. Plain HTTP on loopback, like `kubectl proxy`.
//
//   npm run serve -- [--host 127.0.0.1] [--port 8001] [--token-auth-file tokens.csv]
//                    [--write-kubeconfig path] [--max-request-body-bytes N] [--enable-admission-plugins a,b]
import { execFileSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTLSServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createServerChain,
  defaultOnPlugins,
  parseTokenFile,
  type ChainOptions,
  type ServerChain,
} from '../engine';
import type { TokenEntry } from '../engine/controlplane/config';
import { realTimers } from '../engine/server/config';
import { nodeHandler, type ServeFunc } from './http_adapter';
import { liveHooks } from './live';

export interface ServeOptions {
  host: string;
  /** 0 picks a free port */
  port: number;
  /** the --token-auth-file table: with it, requests need a token and RBAC decides; without, everyone is admin */
  tokens?: TokenEntry[];
  /**
   * Serve HTTPS with this certificate and key (PEM). kubectl only sends a token over TLS (clientcmd drops a
   * user's credentials for a plain-http server), so token users need it.
   */
  tls?: { cert: string; key: string };
  /** --max-request-body-bytes (kube-apiserver's default: 3 MiB) */
  maxRequestBodyBytes: number;
  /** --enable-admission-plugins (default: kube-apiserver's default-on set) */
  admissionPlugins: string[];
  /** --write-kubeconfig */
  kubeconfigPath?: string;
  /** the UID/name seed (random unless given, so two runs do not mint the same UIDs) */
  seed?: number;
  /** lets the live view wrap the chain's serve (trace it, hold it) */
  wrapServe?: (serve: ServeFunc, chain: ServerChain) => ServeFunc;
  /** lets the live view answer its own paths before the apiserver does; true when it did */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningServer {
  chain: ServerChain;
  server: Server;
  /** e.g. http://127.0.0.1:8001 */
  url: string;
  close(): Promise<void>;
}

export const defaultServeOptions: ServeOptions = {
  host: '127.0.0.1',
  port: 8001,
  maxRequestBodyBytes: 3 * 1024 * 1024,
  admissionPlugins: [...defaultOnPlugins],
};

/** The engine configuration for live mode: the real clock, real request deadlines, a random seed. */
export function chainOptionsFor(o: ServeOptions): ChainOptions {
  return {
    clock: () => new Date(),
    seed: o.seed ?? randomInt(1, 2 ** 31),
    timers: realTimers,
    maxRequestBodyBytes: o.maxRequestBodyBytes,
    admissionPlugins: o.admissionPlugins,
    // ServiceAccount admission needs each namespace's default ServiceAccount, which this controller makes
    controllers: ['serviceaccount', 'resourcequota'],
    ...(o.tokens
      ? { authentication: { tokens: o.tokens, anonymous: false }, authorizationModes: ['RBAC' as const] }
      : {}),
  };
}

/** Starts the server and resolves once it listens and the engine's start-up hooks have run. */
export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const chain = createServerChain(chainOptionsFor(o));
  await chain.ready;
  const base: ServeFunc = (w, req) => chain.serve(w, req);
  const serve = o.wrapServe ? o.wrapServe(base, chain) : base;
  const handler = nodeHandler(serve, {
    maxRequestBodyBytes: o.maxRequestBodyBytes,
    onError: (err) => console.error('kubewalk: request failed:', err),
  });
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (o.extraRoutes?.(req, res)) return;
    handler(req, res);
  };
  const server: Server = o.tls ? createTLSServer({ ...o.tls }, listener) : createServer(listener);
  // slow clients: give up on headers after 60 s and on a whole request body after 5 min (Node's defaults,
  // stated so they are not lost); a watch, once its headers are read, is not limited by either
  server.headersTimeout = 60_000;
  server.requestTimeout = 300_000;
  server.on('clientError', (_err, socket) => {
    // garbage on the wire: answer 400 like Go's server, then hang up
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `${o.tls ? 'https' : 'http'}://${host}:${port}`;
  if (o.kubeconfigPath) writeFileSync(o.kubeconfigPath, kubeconfig(url, o.tokens?.[0]?.token));
  return {
    chain,
    server,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // open watches would otherwise keep it alive
      }),
  };
}

/** A kubeconfig for the server; with a token table, it authenticates as the table's first user. */
export function kubeconfig(url: string, token?: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: kubewalk',
    '  cluster:',
    `    server: ${url}`,
    // the certificate is self-made: nothing could verify it
    ...(url.startsWith('https:') ? ['    insecure-skip-tls-verify: true'] : []),
    'users:',
    '- name: kubewalk',
    token === undefined ? '  user: {}' : `  user:\n    token: ${JSON.stringify(token)}`,
    'contexts:',
    '- name: kubewalk',
    '  context:',
    '    cluster: kubewalk',
    '    user: kubewalk',
    '    namespace: default',
    'current-context: kubewalk',
    '',
  ].join('\n');
}

const usage = `usage: npm run serve -- [flags]
  --host <addr>                      listen address (default 127.0.0.1; env KUBEWALK_HOST)
  --port <n>                         listen port (default 8001; 0 picks one; env KUBEWALK_PORT)
  --token-auth-file <csv>            token,user,uid[,"groups"] lines: tokens required, RBAC authorizes;
                                     serves HTTPS (kubectl sends tokens only over TLS), self-signed unless
  --tls-cert-file <pem> --tls-private-key-file <pem>   are given
  --write-kubeconfig <path>          write a kubeconfig pointing at the server
  --max-request-body-bytes <n>       request body limit (default 3145728)
  --enable-admission-plugins <a,b>   admission plugins (default: kube-apiserver's default set; "" for none)
  --seed <n>                         UID/name seed (default random)`;

/** Parses flags (`--flag value` or `--flag=value`) over the environment's defaults; throws on bad input. */
export function parseFlags(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  readFile: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): ServeOptions {
  const o: ServeOptions = {
    ...defaultServeOptions,
    admissionPlugins: [...defaultServeOptions.admissionPlugins],
    host: env.KUBEWALK_HOST || defaultServeOptions.host,
    port: env.KUBEWALK_PORT ? intFlag('KUBEWALK_PORT', env.KUBEWALK_PORT) : defaultServeOptions.port,
  };
  let tokenFile = env.KUBEWALK_TOKEN_AUTH_FILE;
  let certFile: string | undefined;
  let keyFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') throw new UsageError(usage);
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!m) throw new UsageError(`unknown argument "${arg}"\n${usage}`);
    const name = m[1]!;
    const value = () => {
      if (m[2] !== undefined) return m[2];
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`flag needs an argument: --${name}`);
      return next;
    };
    switch (name) {
      case 'host':
        o.host = value();
        break;
      case 'port':
        o.port = intFlag('--port', value());
        if (o.port > 65535) throw new UsageError(`invalid port ${o.port}`);
        break;
      case 'token-auth-file':
        tokenFile = value();
        break;
      case 'tls-cert-file':
        certFile = value();
        break;
      case 'tls-private-key-file':
        keyFile = value();
        break;
      case 'write-kubeconfig':
        o.kubeconfigPath = value();
        break;
      case 'max-request-body-bytes':
        o.maxRequestBodyBytes = intFlag('--max-request-body-bytes', value());
        break;
      case 'enable-admission-plugins':
        o.admissionPlugins = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'seed':
        o.seed = intFlag('--seed', value());
        break;
      default:
        throw new UsageError(`unknown flag: --${name}\n${usage}`);
    }
  }
  if (tokenFile) {
    o.tokens = parseTokenFile(readFile(tokenFile), tokenFile, (msg) => console.warn(msg));
  }
  if ((certFile === undefined) !== (keyFile === undefined)) {
    throw new UsageError('--tls-cert-file and --tls-private-key-file go together');
  }
  if (certFile !== undefined && keyFile !== undefined) {
    o.tls = { cert: readFile(certFile), key: readFile(keyFile) };
  }
  return o;
}

export class UsageError extends Error {}

/** A throwaway self-signed certificate for the host (made with the openssl command, valid one day). */
export function selfSignedCert(host: string): { cert: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kubewalk-tls-'));
  try {
    const san = /^[\d.]+$|:/.test(host) ? `IP:${host}` : `DNS:${host}`;
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=kubewalk']
        .concat(['-addext', `subjectAltName=${san},DNS:localhost,IP:127.0.0.1`])
        .concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    return {
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function intFlag(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw new UsageError(`invalid value "${v}" for ${name}: not a non-negative integer`);
  return Number(v);
}

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseFlags(process.argv.slice(2), process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(err instanceof UsageError && /^usage:/.test((err as Error).message) ? 0 : 2);
  }
  if (options.tokens && !options.tls) options.tls = selfSignedCert(options.host);
  // the page's live view (#/live): every request's trace as server-sent events, and hold mode
  const live = liveHooks();
  const running = await startServer({ ...options, wrapServe: live.wrapServe, extraRoutes: live.extraRoutes });
  const who = options.tokens
    ? `token users from --token-auth-file (${options.tokens.length}), RBAC authorization`
    : 'every request is the cluster admin (kubernetes-admin, system:masters)';
  console.log(`kubewalk: kube-apiserver v1.34.0 simulator listening on ${running.url}`);
  console.log(`  identity: ${who}`);
  if (options.tokens) {
    console.log(
      `  try:      kubectl --server=${running.url} --insecure-skip-tls-verify --token=<token> get pods`,
    );
  } else {
    console.log(`  try:      kubectl --server=${running.url} get pods`);
  }
  if (options.kubeconfigPath)
    console.log(`  or:       KUBECONFIG=${options.kubeconfigPath} kubectl get pods`);
  console.log(`  live view: open the app's #/live page and connect it to ${running.url}`);
  console.log('  (Ctrl-C stops it; all state is in memory)');
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error('kubewalk:', err);
    process.exit(1);
  });
}
