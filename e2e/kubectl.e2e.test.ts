// Live mode end to end: the real kubectl 1.33 binary against the engine behind cli/serve.ts on a free loopback
// port. The server runs in this process, so kubectl is always run asynchronously (a synchronous child would
// block the very event loop that has to answer it).
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultServeOptions, selfSignedCert, startServer, type RunningServer } from '../cli/serve';

const kubectlBinary = '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const haveKubectl = existsSync(kubectlBinary);
if (!haveKubectl) console.warn(`kubectl e2e skipped: ${kubectlBinary} is missing`);

interface Seen {
  method: string;
  path: string;
  contentType: string;
}

let server: RunningServer;
let home: string;
let openAPIServed = false;
const seen: Seen[] = [];

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** One kubectl run with its own HOME and discovery cache. */
function kubectl(...args: string[]): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      kubectlBinary,
      [`--server=${server.url}`, `--cache-dir=${join(home, 'cache')}`, ...args],
      { env: { HOME: home, PATH: '/usr/bin:/bin' }, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** create/apply validate against /openapi/v3; until it is served, they are told not to. */
function validateFlag(): string[] {
  return openAPIServed ? [] : ['--validate=false'];
}

function manifest(name: string, text: string): string {
  const path = join(home, name);
  writeFileSync(path, text);
  return path;
}

const podYAML = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx:1.27
`;

const deploymentYAML = (image: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 2
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels: {app: hello}
    spec:
      containers:
      - name: hello
        image: ${image}
`;

beforeAll(async () => {
  if (!haveKubectl) return;
  home = mkdtempSync(join(tmpdir(), 'kubewalk-kubectl-'));
  server = await startServer({
    ...defaultServeOptions,
    port: 0,
    seed: 7,
    wrapServe: (serve) => (w, req) => {
      seen.push({ method: req.method, path: req.path, contentType: req.header.get('Content-Type') });
      return serve(w, req);
    },
  });
  const probe = await fetch(`${server.url}/openapi/v3`);
  openAPIServed = probe.status === 200;
});

afterAll(async () => {
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe.skipIf(!haveKubectl)('kubectl 1.33 against npm run serve', () => {
  it('lists the API resources from discovery', async () => {
    const r = await kubectl('api-resources');
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
    expect(lines).toContainEqual(expect.stringMatching(/^pods\s+po\s+v1\s+true\s+Pod$/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/),
    );
  });

  it('creates a Pod and a Deployment from manifests', async () => {
    const pod = await kubectl('create', ...validateFlag(), '-f', manifest('pod.yaml', podYAML));
    expect(pod).toMatchObject({ code: 0, stdout: 'pod/web created\n' });
    const dep = await kubectl(
      'create',
      ...validateFlag(),
      '-f',
      manifest('dep.yaml', deploymentYAML('nginx:1.27')),
    );
    expect(dep).toMatchObject({ code: 0, stdout: 'deployment.apps/hello created\n' });
  });

  it('prints pods with the server-side Table columns', async () => {
    const r = await kubectl('get', 'pods');
    expect(r.code).toBe(0);
    const [head, row] = r.stdout.trimEnd().split('\n');
    expect(head).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(row).toMatch(/^web\s+0\/1\s+Pending\s+0\s+\d+s$/);
  });

  it('prints a pod as YAML with its defaults', async () => {
    const r = await kubectl('get', 'pod', 'web', '-o', 'yaml');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^apiVersion: v1\nkind: Pod\nmetadata:\n/);
    expect(r.stdout).toContain('  name: web\n  namespace: default\n');
    expect(r.stdout).toContain('  - image: nginx:1.27\n    imagePullPolicy: IfNotPresent\n');
    expect(r.stdout).toContain('  restartPolicy: Always\n');
    expect(r.stdout).toContain('  phase: Pending\n');
  });

  it('applies twice: the second apply sends a strategic merge patch, and get -w sees the change', async () => {
    const path = manifest('dep.yaml', deploymentYAML('nginx:1.27'));
    const first = await kubectl('apply', ...validateFlag(), '-f', path);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('deployment.apps/hello configured\n');

    // follow the deployment while it changes
    const watcher = spawn(
      kubectlBinary,
      [
        `--server=${server.url}`,
        `--cache-dir=${join(home, 'cache')}`,
        'get',
        'deployments',
        '-w',
        '-o',
        'wide',
      ],
      { env: { HOME: home, PATH: '/usr/bin:/bin' } },
    );
    let watched = '';
    watcher.stdout.on('data', (d: Buffer) => (watched += d.toString()));
    try {
      await expect.poll(() => watched, { timeout: 10_000 }).toMatch(/nginx:1\.27/);
      const before = seen.length;
      manifest('dep.yaml', deploymentYAML('nginx:1.28'));
      const second = await kubectl('apply', ...validateFlag(), '-f', path);
      expect(second).toMatchObject({ code: 0, stdout: 'deployment.apps/hello configured\n' });
      const patches = seen.slice(before).filter((s) => s.method === 'PATCH');
      expect(patches).toEqual([
        {
          method: 'PATCH',
          path: '/apis/apps/v1/namespaces/default/deployments/hello',
          contentType: 'application/strategic-merge-patch+json',
        },
      ]);
      await expect.poll(() => watched, { timeout: 10_000 }).toMatch(/hello\s.*nginx:1\.28/);
    } finally {
      watcher.kill();
    }
    const image = await kubectl(
      'get',
      'deployment',
      'hello',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    );
    expect(image.stdout).toBe('nginx:1.28');
  });

  it('deletes and waits until the object is gone', async () => {
    const r = await kubectl('delete', 'pod', 'web');
    expect(r).toMatchObject({ code: 0, stdout: 'pod "web" deleted\n' });
    const after = await kubectl('get', 'pods');
    expect(after.stderr).toBe('No resources found in default namespace.\n');
  });

  it('reports a missing object as the server said it', async () => {
    const r = await kubectl('get', 'pod', 'missing');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error from server (NotFound): pods "missing" not found\n');
  });

  // kubectl's typed clients (create namespace/configmap/deployment/secret, auth whoami, auth can-i) send
  // Content-Type application/vnd.kubernetes.protobuf; the engine has no protobuf codec yet and answers 415
  it.todo('kubectl create namespace / configmap / deployment (protobuf request bodies)');

  it('refuses a body above --max-request-body-bytes with the 413 Status, and keeps serving', async () => {
    const big = 'x'.repeat(defaultServeOptions.maxRequestBodyBytes + 1);
    const res = await fetch(`${server.url}/api/v1/namespaces/default/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ kind: 'Status', reason: 'RequestEntityTooLarge', code: 413 });
    expect((await kubectl('get', 'pod', 'missing')).code).toBe(1);
  });
});

describe.skipIf(!haveKubectl)('with /openapi/v3', () => {
  it('create validates strictly on the server: an unknown field is a BadRequest', async (ctx) => {
    // kubectl sends fieldValidation=Strict only when /openapi/v3 says the server takes it
    if (!openAPIServed) ctx.skip();
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: bad\nspec:\n  containerz: []\n';
    const r = await kubectl('create', '-f', manifest('bad.yaml', bad));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'Error from server (BadRequest): error when creating "' +
        join(home, 'bad.yaml') +
        '": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containerz"\n',
    );
    expect((await kubectl('get', 'pod', 'bad')).code).toBe(1);
  });

  it('explains pod.spec from /openapi/v3', async (ctx) => {
    // /openapi/v3 comes with the OpenAPI work (issue 7, S2); until then there is nothing to explain
    if (!openAPIServed) ctx.skip();
    const r = await kubectl('explain', 'pod.spec');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^KIND:\s+Pod\nVERSION:\s+v1\n/);
    expect(r.stdout).toContain('FIELD: spec <PodSpec>');
    expect(r.stdout).toContain('containers\t<[]Container> -required-');
  });
});

describe.skipIf(!haveKubectl)('kubectl --token against a server with a token table', () => {
  let secured: RunningServer;
  beforeAll(async () => {
    secured = await startServer({
      ...defaultServeOptions,
      port: 0,
      seed: 8,
      // kubectl sends a token only over TLS
      tls: selfSignedCert('127.0.0.1'),
      tokens: [
        { token: 'admin-token', name: 'admin', uid: '1', groups: ['system:masters'] },
        { token: 'alice-token', name: 'alice', uid: '2' },
      ],
    });
  });
  afterAll(async () => {
    await secured?.close();
  });

  const as = (token: string, ...args: string[]) =>
    new Promise<Result>((resolve) => {
      execFile(
        kubectlBinary,
        [
          `--server=${secured.url}`,
          `--cache-dir=${join(home, 'cache-secured')}`,
          '--insecure-skip-tls-verify',
          `--token=${token}`,
          ...args,
        ],
        { env: { HOME: home, PATH: '/usr/bin:/bin' }, timeout: 30_000 },
        (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
      );
    });

  it.each([
    ['admin-token', 0, '', 'No resources found in default namespace.\n'],
    [
      'alice-token',
      1,
      '',
      'Error from server (Forbidden): pods is forbidden: User "alice" cannot list resource "pods" in API group "" in the namespace "default"\n',
    ],
    ['wrong-token', 1, '', 'error: You must be logged in to the server (Unauthorized)\n'],
  ])('get pods as %s', async (token, code, stdout, stderr) => {
    expect(await as(token, 'get', 'pods')).toEqual({ code, stdout, stderr });
  });
});
