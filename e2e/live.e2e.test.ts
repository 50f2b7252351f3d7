// The live page against a real loopback server: requests sent from Node appear in the list, open in the
// player, and hold mode lets the page step a request that is still waiting for its answer.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLiveServer, type LiveServer } from '../cli/live_server';
import { launch, openPage, type TestPage } from './browser';

let browser: Browser;
let srv: LiveServer;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
  srv = await startLiveServer({ pageOrigins: [baseURL] });
});
afterAll(async () => {
  await srv?.close();
  await browser?.close();
});

const pod = (name: string) =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
  });

const createPod = (name: string) =>
  fetch(`${srv.url}/api/v1/namespaces/default/pods`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'e2e-live/1.0' },
    body: pod(name),
  });

async function connect(t: TestPage): Promise<void> {
  await t.goto('#/live');
  await t.page.fill('[data-testid="live-url"]', srv.url);
  await t.page.click('[data-testid="live-connect"]');
  await t.page.waitForSelector('[data-testid="live-status"][data-state="open"]', { timeout: 15_000 });
  await expect.poll(() => srv.live.listeners).toBe(1);
}

describe('the live page', () => {
  it('lists an incoming request and plays its trace, with no console errors', async () => {
    const t = await openPage(browser);
    await connect(t);
    expect((await createPod('live-one')).status).toBe(201);
    const row = t.page.locator('[data-testid="live-request"]').first();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('201');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('POST');
    expect(text).toContain('/api/v1/namespaces/default/pods');
    expect(text).toContain('e2e-live/1.0');
    await row.getByRole('button').click();
    await t.page.waitForSelector('[data-testid="live-result"] [data-testid="step-id"]', { timeout: 30_000 });
    await t.page.keyboard.press('End');
    await expect.poll(() => t.page.textContent('[data-testid="step-id"]')).toMatch(/exit\.201/);
    expect(t.errors).toEqual([]);
    await t.page.close();
    await expect.poll(() => srv.live.listeners).toBe(0);
  });

  it('holds a request until the page presses Next, then lets it finish', async () => {
    const t = await openPage(browser);
    await connect(t);
    // the box follows the server's hold state, so it turns checked once the server agreed
    await t.page.click('[data-testid="live-hold"]');
    await expect.poll(() => t.page.isChecked('[data-testid="live-hold"]')).toBe(true);
    let answered = false;
    const created = createPod('live-held').then((r) => {
      answered = true;
      return r;
    });
    const held = t.page.locator('[data-testid="live-held"] p');
    await expect.poll(() => held.textContent(), { timeout: 10_000 }).toMatch(/waits at step 1:/);
    await t.page.click('[data-testid="live-next"]');
    await expect.poll(() => held.textContent()).toMatch(/waits at step [2-9]/);
    expect(answered).toBe(false);
    await t.page.getByRole('button', { name: 'Let it finish' }).click();
    expect((await created).status).toBe(201);
    // the held request opens in the player once complete
    await t.page.waitForSelector('[data-testid="live-result"] [data-testid="step-id"]', { timeout: 30_000 });
    expect(t.errors).toEqual([]);
    await t.page.close();
  });
});
