// Presenter mode: the remembered large-type layout, the clicker's blank key, and speaker notes in a second
// window that follows the lesson window.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { openLesson, press, stepView } from './player';

let browser: Browser;
const baseURL = inject('baseURL');
const lesson = '01-create-a-pod';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const notesIndex = (page: Page) =>
  page.locator('[data-testid="notes-step"]').getAttribute('data-index', { timeout: 15_000 });

describe('presenter mode', () => {
  it('speaker notes in a second window follow the lesson window', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, lesson, 3);
    const notes = await t.page.context().newPage();
    await notes.goto(`${baseURL}/#/notes/${lesson}`);
    // it asks for the current step when it opens
    expect(await notesIndex(notes)).toBe('3');
    expect(await notes.locator('nav').count()).toBe(0);
    await press(t.page, 'PageDown', 4);
    await expect.poll(() => notesIndex(notes)).toBe('4');
    await press(t.page, 'PageUp', 3);
    await expect.poll(() => notesIndex(notes)).toBe('3');
    expect(await notes.getByTestId('notes-next').textContent()).toMatch(/^Next: /);
    expect(t.errors).toEqual([]);
  });

  it('is remembered, enlarges the type, and blanks the screen on b and .', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, lesson, 0);
    const toggle = t.page.getByRole('button', { name: 'Presenter mode' });
    const fontSize = () => t.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const normal = await fontSize();
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await t.page.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);
    expect(parseFloat(await fontSize())).toBeGreaterThan(parseFloat(normal));
    expect(await t.page.locator('.inspectors').isVisible()).toBe(false);

    // a page opened later in the same browser starts in presenter mode
    const again = await t.page.context().newPage();
    await openLesson(again, baseURL, lesson, 0);
    expect(await again.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(true);

    await again.locator('body').click({ position: { x: 1, y: 1 } });
    await again.keyboard.press('b');
    await again.getByTestId('presenter-blank').waitFor();
    // `b` blanks rather than toggling a breakpoint; stepping keys still work under the blank
    expect(await again.locator('.breakpoint input:checked').count()).toBe(0);
    await press(again, 'PageDown', 1);
    await again.keyboard.press('.');
    await again.getByTestId('presenter-blank').waitFor({ state: 'detached' });
    expect((await stepView(again)).index).toBe(1);

    await again.getByRole('button', { name: 'Presenter mode' }).click();
    expect(await again.evaluate(() => document.documentElement.classList.contains('presenter'))).toBe(false);
    expect(t.errors).toEqual([]);
  });
});
