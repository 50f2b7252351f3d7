// Bundles a benchmark with esbuild (as the production build would compile the engine: no keepNames
// wrappers, no per-module loader hooks) and runs it in a fresh Node process.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const entry = process.argv[2] ?? 'bench/engine.bench.ts';
mkdirSync('.bench', { recursive: true });
const outfile = join('.bench', basename(entry).replace(/\.ts$/, '.mjs'));
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
