// Embed mode: one lesson without the site's chrome, held to a step range; and the lesson page's embed code.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { stepView } from './player';

let browser: Browser;
const baseURL = inject('baseURL');
const lesson = '01-create-a-pod';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const indexOf = async (page: Page) => (await stepView(page)).index;

/** Presses a key, lets the player (and a snap back into the range) settle, and returns the step shown. */
async function pressAndSettle(page: Page, key: string): Promise<number> {
  await page.keyboard.press(key);
  await page.waitForTimeout(150);
  return indexOf(page);
}

describe('embed mode', () => {
  it('shows the lesson without navigation, and stepping stays within the range', async () => {
    const t = await openPage(browser);
    await t.goto(`#/embed/${lesson}?from=2&to=5`);
    await t.page.waitForSelector('[data-testid="step-id"]', { timeout: 30_000 });
    expect(await t.page.locator('nav').count()).toBe(0);
    expect(await t.page.locator('.shell-header').count()).toBe(0);
    expect(await indexOf(t.page)).toBe(2);

    const seen = [];
    for (let i = 0; i < 5; i++) seen.push(await pressAndSettle(t.page, 'ArrowRight'));
    expect(seen).toEqual([3, 4, 5, 5, 5]);
    expect(await pressAndSettle(t.page, 'Home')).toBe(2);
    expect(await pressAndSettle(t.page, 'ArrowLeft')).toBe(2);
    expect(await pressAndSettle(t.page, 'End')).toBe(5);
    // the embed does not rewrite its own address: the range survives stepping
    expect(await t.page.evaluate(() => location.hash)).toBe(`#/embed/${lesson}?from=2&to=5`);
    expect(t.errors).toEqual([]);
  });

  it('copies an iframe snippet for the chosen range', async () => {
    const t = await openPage(browser);
    await t.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await t.goto(`#/lesson/${lesson}/step/0`);
    await t.page.waitForSelector('[data-testid="step-id"]', { timeout: 30_000 });
    await t.page.getByText('Embed this lesson').click();
    await t.page.getByLabel('From step').fill('3');
    await t.page.getByLabel('to step').fill('6');
    await t.page.getByRole('button', { name: 'Copy embed code' }).click();
    await t.page.getByText('The embed code is on the clipboard.').waitFor();
    const copied = await t.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(
      `<iframe src="${baseURL}/#/embed/${lesson}?from=2&amp;to=5" title="${await lessonTitle(t.page)}" ` +
        'width="100%" height="720" style="border:0" loading="lazy"></iframe>',
    );
    expect(t.errors).toEqual([]);
  });

  it('shows the snippet in a text field when there is no clipboard', async () => {
    const t = await openPage(browser);
    await t.page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await t.goto(`#/lesson/${lesson}/step/0`);
    await t.page.waitForSelector('[data-testid="step-id"]', { timeout: 30_000 });
    await t.page.getByText('Embed this lesson').click();
    await t.page.getByLabel('From step').fill('9');
    await t.page.getByLabel('to step').fill('4');
    expect(await t.page.getByRole('button', { name: 'Copy embed code' }).isDisabled()).toBe(true);
    await t.page.getByLabel('From step').fill('1');
    await t.page.getByRole('button', { name: 'Copy embed code' }).click();
    const code = await t.page.getByLabel('Embed code').inputValue();
    expect(code).toContain(`/#/embed/${lesson}?to=3"`);
    expect(t.errors).toEqual([]);
  });
});

async function lessonTitle(page: Page): Promise<string> {
  return (await page.locator('.lesson-header h2').textContent()) ?? '';
}
