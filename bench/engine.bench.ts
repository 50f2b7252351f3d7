// Engine throughput, measured (not asserted): creates/s, gets/s, listing 10k pods, memory for 10k pods,
// next to the floor of one JSON.parse + JSON.stringify of the same Pod.
// Run: npm run bench  (node --expose-gc makes the memory figure steadier)
import { createServerChain, defaultOnPlugins } from '../engine';

const N = Number(process.env.BENCH_PODS ?? 10_000);
const GETS = Number(process.env.BENCH_GETS ?? 20_000);

function podJSON(name: string): string {
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: 'web', tier: 'frontend' } },
    spec: {
      containers: [
        {
          name: 'nginx',
          image: 'nginx:1.27',
          ports: [{ containerPort: 80 }],
          env: [{ name: 'MODE', value: 'production' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        },
      ],
    },
  });
}

const heapMB = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

async function main() {
  const server = createServerChain();
  const headers = { 'Content-Type': 'application/json' };
  const path = '/api/v1/namespaces/default/pods';

  // Floor: what a create costs at the very least — parse the body and write a response.
  const sample = podJSON('floor');
  const floorRuns = 20_000;
  let t0 = performance.now();
  for (let i = 0; i < floorRuns; i++) JSON.stringify(JSON.parse(sample));
  const floorUs = ((performance.now() - t0) * 1000) / floorRuns;

  for (let i = 0; i < 200; i++)
    await server.handle({ method: 'POST', path, headers, body: podJSON(`warm-${i}`) });

  const before = heapMB();
  t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await server.handle({ method: 'POST', path, headers, body: podJSON(`pod-${i}`) });
    if (r.status !== 201) throw new Error(`create failed: ${r.status} ${r.body}`);
  }
  const createMs = performance.now() - t0;
  const after = heapMB();

  t0 = performance.now();
  for (let i = 0; i < GETS; i++) {
    const r = await server.handle({ method: 'GET', path: `${path}/pod-${i % N}` });
    if (r.status !== 200) throw new Error(`get failed: ${r.status}`);
  }
  const getMs = performance.now() - t0;

  const listTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    t0 = performance.now();
    const r = await server.handle({ method: 'GET', path });
    listTimes.push(performance.now() - t0);
    if (r.status !== 200) throw new Error('list failed');
  }
  listTimes.sort((a, b) => a - b);

  const createUs = (createMs * 1000) / N;
  console.log('Kubewalk engine benchmark (single process, Node ' + process.version + ')');
  console.log(`  floor (JSON.parse + stringify of one Pod):  ${fmt(floorUs, 2)} µs`);
  console.log(
    `  create:  ${fmt(N / (createMs / 1000), 0)} /s  (${fmt(createUs)} µs each, ${fmt(createUs / floorUs)}× the floor)`,
  );
  console.log(`  get:     ${fmt(GETS / (getMs / 1000), 0)} /s  (${fmt((getMs * 1000) / GETS)} µs each)`);
  console.log(`  list ${N} pods: median ${fmt(listTimes[2]!)} ms, best ${fmt(listTimes[0]!)} ms`);
  console.log(
    `  memory for ${N} pods: ${fmt(after - before)} MB heap (${fmt(((after - before) * 1024) / N, 2)} KB per pod)`,
  );

  // The same create with the three gates on, as a user in a kubeadm-like cluster: a bearer token, RBAC (the
  // user is bound to edit) and kube-apiserver's default admission plugins with their controllers.
  const gated = createServerChain({
    authentication: {
      tokens: [
        { token: 'admin', name: 'kubernetes-admin', groups: ['system:masters'] },
        { token: 'jane', name: 'jane', groups: ['developers'] },
      ],
    },
    authorizationModes: ['RBAC'],
    admissionPlugins: [...defaultOnPlugins],
    controllers: ['serviceaccount', 'resourcequota'],
  });
  const as = (token: string) => ({ ...headers, Authorization: `Bearer ${token}` });
  await gated.handle({
    method: 'POST',
    path: '/apis/rbac.authorization.k8s.io/v1/namespaces/default/rolebindings',
    headers: as('admin'),
    body: JSON.stringify({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'jane-edit' },
      subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }],
      roleRef: { kind: 'ClusterRole', name: 'edit', apiGroup: 'rbac.authorization.k8s.io' },
    }),
  });
  const G = Math.min(N, 2_000);
  t0 = performance.now();
  for (let i = 0; i < G; i++) {
    const r = await gated.handle({ method: 'POST', path, headers: as('jane'), body: podJSON(`gated-${i}`) });
    if (r.status !== 201) throw new Error(`gated create failed: ${r.status} ${r.body}`);
  }
  const gatedUs = ((performance.now() - t0) * 1000) / G;
  console.log(`  create with the gates on (RBAC, default admission, ${G} pods): ${fmt(gatedUs)} µs each`);
}

void main();
