// A learner switches the page to Simplified Chinese: the shell, the lesson (title, note, step label, diagram)
// follow, the choice survives a reload, and switching back restores English.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAPod } from '../lessons/01-create-a-pod';
import { en } from '../app/i18n/en';
import { zh } from '../app/i18n/zh';
import { launch, openPage } from './browser';
import { openLesson } from './player';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('language switch', () => {
  it('shows a lesson in Chinese, remembers the choice across a reload, and switches back', async () => {
    const t = await openPage(browser);
    await t.goto('#/');
    await t.page.getByRole('combobox', { name: en['nav.language'] }).selectOption('zh');
    await expect
      .poll(() => t.page.getByRole('heading', { level: 2 }).first().textContent())
      .toBe(zh['index.heading']);
    expect(await t.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect.poll(() => t.page.textContent('main')).toContain(createAPod.title.zh);

    await t.page.reload();
    await openLesson(t.page, baseURL, createAPod.id, 0);
    await expect.poll(() => t.page.textContent('main')).toContain(createAPod.title.zh);
    // the first step's note and its label, and the flowchart's region titles, in Chinese
    const note = createAPod.stepContent('filter.auditInit', 0).note.zh!;
    await expect.poll(() => t.page.textContent('main')).toContain(note.replace(/[`*]/g, '').slice(0, 12));
    await expect
      .poll(() => t.page.locator('[data-testid="flow-diagram"] svg').textContent(), { timeout: 20_000 })
      .toContain(zh['group.filter']);

    await t.page.getByRole('combobox', { name: zh['nav.language'] }).selectOption('en');
    await expect.poll(() => t.page.textContent('main')).toContain(createAPod.title.en);
    expect(await t.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(t.errors).toEqual([]);
  });
});
