#!/usr/bin/env node
// The bundle-size budget: fails when the JavaScript a first visit must download (the entry chunk and everything
// it imports statically, gzip level 9) grows past BUDGET_GZIP_BYTES, printing the measured figure. Monaco and
// Mermaid are lazy chunks, loaded only by the pages that draw or edit; their sizes are reported, not counted.
// Sizes only (no timings), so the result is the same on every machine for the same build.
//
// Usage: node scripts/check-bundle-budget.mjs [distDir]   (builds with `vite build` when dist/ is missing)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Initial JS, gzip -9, in bytes: 78,427 measured on 2026-12-04 (issue 8, production build) plus ~10 %
 * headroom. Raise it deliberately, saying why, rather than to turn a red run green.
 */
const BUDGET_GZIP_BYTES = 86_500;

/** Lazy chunk groups reported beside the budget, found by the chunk that starts each one. */
const lazyGroups = [
  { name: 'Monaco', roots: [/^CodeView-/, /^editor\.worker-/] },
  { name: 'Mermaid', roots: [/^mermaid\.core-/] },
];

/** Reports go to stdout; eslint allows only console.warn/error, and this is not a warning. */
const say = (line) => process.stdout.write(`${line}\n`);
const dist = resolve(process.argv[2] ?? 'dist');
const assets = join(dist, 'assets');

if (!existsSync(join(dist, 'index.html'))) {
  say(`${dist}/index.html is missing: building with vite`);
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--logLevel', 'warn'], { stdio: 'inherit' });
}

const source = (file) => readFileSync(join(assets, file), 'utf8');
const gzipBytes = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const rawBytes = (file) => readFileSync(join(assets, file)).length;

// Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"` (not `import("./x.js")`).
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"'/]+\.js)["']/g;
// Lazy references: `import("./x.js")`, preload maps ("assets/x.js") and worker URLs ("/assets/x.js").
const anyReference = /["'`](?:\.\/|\/?assets\/)([^"'`/]+\.js)["'`]/g;

function referenced(file, pattern) {
  const found = new Set();
  for (const m of source(file).matchAll(pattern)) if (existsSync(join(assets, m[1]))) found.add(m[1]);
  found.delete(file);
  return found;
}

/** Files reachable from roots through references matching pattern, not entering those in stop. */
function closure(roots, pattern, stop = new Set()) {
  const seen = new Set();
  const queue = [...roots];
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || stop.has(file)) continue;
    seen.add(file);
    queue.push(...referenced(file, pattern));
  }
  return seen;
}

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
if (entries.length === 0)
  throw new Error(`check-bundle-budget: no module entry script in ${dist}/index.html`);
// Vite also lists the entry's static imports as modulepreload links; count both, in case either misses one.
const preloaded = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/assets\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const initial = closure([...entries, ...preloaded], staticImport);

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (label, raw, gz) => `  ${label.padEnd(64)} ${kb(raw).padStart(12)} ${kb(gz).padStart(12)} gzip`;

let initialGzip = 0;
let initialRaw = 0;
say(`Initial JS (entry + static imports), ${dist}:`);
for (const file of [...initial].sort()) {
  initialGzip += gzipBytes(file);
  initialRaw += rawBytes(file);
  say(row(file, rawBytes(file), gzipBytes(file)));
}
say(row('total', initialRaw, initialGzip));

say('Lazy chunks (reported, not counted):');
const all = readdirSync(assets).filter((f) => f.endsWith('.js'));
for (const group of lazyGroups) {
  const roots = all.filter((f) => group.roots.some((r) => r.test(f)));
  if (roots.length === 0) {
    say(`  ${group.name}: no chunk matches ${group.roots.join(', ')} (renamed?)`);
    continue;
  }
  // The initial chunks' own preload maps name every lazy chunk, so the walk stops at them.
  const files = [...closure(roots, anyReference, initial)];
  const raw = files.reduce((n, f) => n + rawBytes(f), 0);
  const gz = files.reduce((n, f) => n + gzipBytes(f), 0);
  say(row(`${group.name} (${roots.join(', ')}: ${files.length} chunks)`, raw, gz));
}

const verdict = `initial JS is ${initialGzip} bytes gzip (${kb(initialGzip)}); budget ${BUDGET_GZIP_BYTES} bytes (${kb(BUDGET_GZIP_BYTES)})`;
if (initialGzip > BUDGET_GZIP_BYTES) {
  console.error(
    `check-bundle-budget: FAIL: ${verdict}, over by ${initialGzip - BUDGET_GZIP_BYTES} bytes (a build with NODE_ENV other than production bundles React's development build)`,
  );
  process.exit(1);
}
say(`check-bundle-budget: ok: ${verdict}`);
