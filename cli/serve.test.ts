// `npm run serve` flags and the engine configuration they make; a token table switches on authentication
// and RBAC.
import { describe, expect, it } from 'vitest';
import { realTimers } from '../engine/server/config';
import { chainOptionsFor, defaultServeOptions, kubeconfig, parseFlags, startServer } from './serve';

const files: Record<string, string> = {
  'tokens.csv': 'admin-token,admin,1,"system:masters"\nalice-token,alice,2\n',
  'short.csv': 'only-token,bob\n',
  'cert.pem': 'CERT',
  'key.pem': 'KEY',
};
const readFile = (p: string) => {
  const f = files[p];
  if (f === undefined) throw new Error(`open ${p}: no such file or directory`);
  return f;
};

describe('parseFlags', () => {
  it('defaults to loopback:8001, 3 MiB bodies and the default admission plugins, no tokens', () => {
    const o = parseFlags([], {}, readFile);
    expect(o).toMatchObject({ host: '127.0.0.1', port: 8001, maxRequestBodyBytes: 3145728 });
    expect(o.admissionPlugins).toEqual(defaultServeOptions.admissionPlugins);
    expect(o.tokens).toBeUndefined();
  });

  it.each([
    [['--host', '0.0.0.0', '--port=9000'], {}, { host: '0.0.0.0', port: 9000 }],
    [[], { KUBEWALK_HOST: '::1', KUBEWALK_PORT: '8443' }, { host: '::1', port: 8443 }],
    [['--port', '7000'], { KUBEWALK_PORT: '8443' }, { port: 7000 }],
    [['--max-request-body-bytes=10', '--seed', '5'], {}, { maxRequestBodyBytes: 10, seed: 5 }],
    [['--enable-admission-plugins='], {}, { admissionPlugins: [] }],
    [['--write-kubeconfig', '/tmp/k'], {}, { kubeconfigPath: '/tmp/k' }],
  ])('%j with env %j', (argv, env, want) => {
    expect(parseFlags(argv, env, readFile)).toMatchObject(want);
  });

  it('reads the TLS certificate and key', () => {
    const o = parseFlags(['--tls-cert-file=cert.pem', '--tls-private-key-file=key.pem'], {}, readFile);
    expect(o.tls).toEqual({ cert: 'CERT', key: 'KEY' });
  });

  it('reads the token file', () => {
    const o = parseFlags(['--token-auth-file', 'tokens.csv'], {}, readFile);
    expect(o.tokens).toEqual([
      { token: 'admin-token', name: 'admin', uid: '1', groups: ['system:masters'] },
      { token: 'alice-token', name: 'alice', uid: '2' },
    ]);
  });

  it.each([
    [['--port', 'http'], 'invalid value "http" for --port: not a non-negative integer'],
    [['--port', '70000'], 'invalid port 70000'],
    [['--port'], 'flag needs an argument: --port'],
    [['--colour=red'], 'unknown flag: --colour'],
    [['serve'], 'unknown argument "serve"'],
    [['--token-auth-file', 'short.csv'], "token file 'short.csv' must have at least 3 columns"],
    [['--token-auth-file', 'none.csv'], 'open none.csv: no such file or directory'],
    [['--tls-cert-file', 'cert.pem'], '--tls-cert-file and --tls-private-key-file go together'],
  ])('%j fails: %s', (argv, message) => {
    expect(() => parseFlags(argv, {}, readFile)).toThrow(message);
  });
});

describe('chainOptionsFor', () => {
  it('uses the real clock and real request deadlines; without tokens nobody authenticates', () => {
    const c = chainOptionsFor({ ...defaultServeOptions, seed: 3 });
    expect(Math.abs(c.clock!().getTime() - Date.now())).toBeLessThan(1000);
    expect(c.timers).toBe(realTimers);
    expect(c.authentication).toBeUndefined();
    expect(c.seed).toBe(3);
  });

  it('with tokens: no anonymous requests, RBAC authorization', () => {
    const tokens = [{ token: 't', name: 'alice' }];
    expect(chainOptionsFor({ ...defaultServeOptions, tokens })).toMatchObject({
      authentication: { tokens, anonymous: false },
      authorizationModes: ['RBAC'],
    });
  });

  it('draws a fresh seed per server unless told one', () => {
    const seeds = new Set(Array.from({ length: 5 }, () => chainOptionsFor(defaultServeOptions).seed));
    expect(seeds.size).toBeGreaterThan(1);
  });
});

describe('a server with a token table', () => {
  it('answers 401 without a token, 403 for a user RBAC does not allow, 200 for system:masters', async () => {
    const s = await startServer({
      ...defaultServeOptions,
      port: 0,
      seed: 2,
      tokens: parseFlags(['--token-auth-file', 'tokens.csv'], {}, readFile).tokens!,
    });
    try {
      const get = (token?: string) =>
        fetch(`${s.url}/api/v1/namespaces/default/pods`, {
          headers: token ? { Authorization: `Bearer ${token}` } : {},
        });
      const anonymous = await get();
      expect(anonymous.status).toBe(401);
      const alice = await get('alice-token');
      expect(alice.status).toBe(403);
      expect(((await alice.json()) as { message: string }).message).toBe(
        'pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "default"',
      );
      expect((await get('admin-token')).status).toBe(200);
      expect((await get('wrong-token')).status).toBe(401);
    } finally {
      await s.close();
    }
  });
});

describe('kubeconfig', () => {
  it('points at the server, with the token when there is one', () => {
    expect(kubeconfig('http://127.0.0.1:8001')).toContain('    server: http://127.0.0.1:8001\n');
    expect(kubeconfig('http://127.0.0.1:8001')).toContain('  user: {}\n');
    expect(kubeconfig('http://127.0.0.1:8001', 'a"b')).toContain('    token: "a\\"b"\n');
    expect(kubeconfig('https://127.0.0.1:8001')).toContain('    insecure-skip-tls-verify: true\n');
    expect(kubeconfig('http://127.0.0.1:8001')).not.toContain('insecure-skip-tls-verify');
  });
});
