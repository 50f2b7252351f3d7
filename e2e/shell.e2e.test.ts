// The first screen: it loads from the bundle alone, under the Content-Security-Policy, without errors.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('the app', () => {
  it('shows the first screen with no console errors or CSP violations', async () => {
    const t = await openPage(browser);
    await t.goto();
    await expect.poll(() => t.page.locator('h1').first().textContent()).toContain('Kubewalk');
    expect(t.errors).toEqual([]);
  });
});
