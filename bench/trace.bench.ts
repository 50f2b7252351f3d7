// What tracing costs: the same Pod create served plainly and recorded step by step.
// Run: node bench/run.mjs bench/trace.bench.ts
import { createServerChain } from '../engine';

const N = Number(process.env.BENCH_TRACE ?? 2000);
const headers = { 'Content-Type': 'application/json' };
const path = '/api/v1/namespaces/default/pods';
const body = (name: string) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
  });

async function main() {
  const server = createServerChain();
  await server.ready;
  for (let i = 0; i < 200; i++)
    await server.record({ method: 'POST', path, headers, body: body(`warm-${i}`) });

  let t0 = performance.now();
  for (let i = 0; i < N; i++)
    await server.handle({ method: 'POST', path, headers, body: body(`plain-${i}`) });
  const plainMs = (performance.now() - t0) / N;

  let steps = 0;
  t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const run = await server.record({ method: 'POST', path, headers, body: body(`traced-${i}`) });
    steps += run.steps.length;
    if (run.violations.length > 0) throw new Error(run.violations.join('; '));
  }
  const tracedMs = (performance.now() - t0) / N;

  console.log('Kubewalk trace benchmark (Node ' + process.version + ')');
  console.log(`  Pod create, plain:   ${plainMs.toFixed(3)} ms`);
  console.log(
    `  Pod create, traced:  ${tracedMs.toFixed(3)} ms  (${(steps / N).toFixed(0)} steps, +${(tracedMs - plainMs).toFixed(3)} ms for tracing)`,
  );
}

void main();
