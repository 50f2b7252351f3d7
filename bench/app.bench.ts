// The player's budgets, measured and printed (timings are not asserted: this machine is noisy):
// initial JS gzip, first contentful paint from `vite preview`, keypress → panels updated on the longest
// lesson (p50/p95), and a cold lesson open.
// Run: node bench/run.mjs bench/app.bench.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
];

/** The JS the first screen loads: the entry script and what index.html preloads. */
function initialJS(dist: string): { files: string[]; gzip: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files, gzip };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

async function main() {
  await build({ logLevel: 'warn' });
  const js = initialJS('dist');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const fcps: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      await page.goto(`${base}/`);
      fcps.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const e = list.getEntriesByName('first-contentful-paint')[0];
                if (e) resolve(e.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        ),
      );
      await page.close();
    }

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const t0 = Date.now();
    await page.goto(`${base}/#/lesson/01-create-a-pod/step/0`);
    await page.waitForSelector('[data-testid="flow-diagram"] g.node.current', { timeout: 60_000 });
    await page.waitForSelector('[data-testid="source-panel"][data-highlight]', { timeout: 60_000 });
    const coldOpen = Date.now() - t0;

    // Keypress → the narration and source panels show the new step (measured in the page).
    const latencies: number[] = [];
    for (let i = 0; i < 40; i++) {
      latencies.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const before = document.querySelector('[data-testid="step-index"]')?.getAttribute('data-index');
              const start = performance.now();
              const done = () => {
                const now = document.querySelector('[data-testid="step-index"]')?.getAttribute('data-index');
                if (now !== before) {
                  requestAnimationFrame(() => resolve(performance.now() - start));
                  return true;
                }
                return false;
              };
              const mo = new MutationObserver(() => {
                if (done()) mo.disconnect();
              });
              mo.observe(document.body, {
                subtree: true,
                childList: true,
                attributes: true,
                characterData: true,
              });
              document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
            }),
        ),
      );
    }
    console.log('Kubewalk player benchmark (headless Chromium, vite preview)');
    console.log(`  initial JS: ${(js.gzip / 1024).toFixed(1)} KB gzip (${js.files.join(', ')})`);
    console.log(
      `  first contentful paint: median ${percentile(fcps, 50).toFixed(0)} ms over ${fcps.length} loads`,
    );
    console.log(`  cold lesson open (engine + lessons + Monaco + Mermaid): ${coldOpen} ms`);
    console.log(
      `  keypress → panels updated: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
