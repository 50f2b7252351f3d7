// Saving a run and opening it again, and a learner's progress surviving a reload, an export and a reset.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { openLesson, stepView } from './player';

let browser: Browser;
const baseURL = inject('baseURL');
const dir = mkdtempSync(join(tmpdir(), 'kubewalk-e2e-'));
const lesson = '01-create-a-pod';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Clicks a button that downloads a file and returns the saved file's path. */
async function download(page: Page, testId: string, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = join(dir, name);
  await d.saveAs(path);
  return path;
}

describe('trace files', () => {
  it('downloads a lesson run and plays the same steps from the file; a bad file changes nothing', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, lesson);
    const { total } = await stepView(t.page);
    const path = await download(t.page, 'download-run', 'lesson.trace.json');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({
      kind: 'KubewalkTrace',
      version: 1,
      lesson,
    });

    await t.goto('#/trace');
    await t.page.getByTestId('trace-file').setInputFiles(path);
    await t.page.waitForSelector('[data-testid="step-id"]');
    expect((await stepView(t.page)).total).toBe(total);
    await expect.poll(() => t.page.getByRole('status').first().textContent()).toContain(lesson);

    await t.page.getByTestId('trace-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"KubewalkTrace","version":1,"runs":[{}]}'),
    });
    await expect
      .poll(() => t.page.getByTestId('trace-error').textContent())
      .toContain('runs[0].request: expected an object');
    expect((await stepView(t.page)).total).toBe(total);
    expect(t.errors).toEqual([]);
  });
});

describe('quiz progress', () => {
  it('counts an answered question on the index after a reload; export, reset and import', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, lesson);
    // step forward until the first question is asked
    for (let i = 0; i < 200 && (await t.page.locator('fieldset.quiz').count()) === 0; i++) {
      const { index } = await stepView(t.page);
      await t.page.keyboard.press('ArrowRight');
      await t.page.waitForFunction(
        (n) => document.querySelector('[data-testid="step-index"]')?.getAttribute('data-index') === String(n),
        index + 1,
      );
    }
    const quiz = t.page.locator('fieldset.quiz').first();
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Reveal' }).click();

    // leave the page entirely, so the index reads the record back from storage
    await t.page.goto('about:blank');
    await t.goto('#/');
    const line = t.page.getByTestId(`progress-${lesson}`);
    await expect.poll(() => line.textContent()).toMatch(/1\/\d+ questions, [01] right/);
    const before = await line.textContent();
    const exported = await download(t.page, 'progress-export', 'progress.json');

    await t.page.getByTestId('progress-reset').click();
    await t.page.getByTestId('progress-reset-yes').click();
    await expect.poll(() => line.textContent()).toContain('not started');

    await t.page.getByTestId('progress-import').setInputFiles(exported);
    await expect.poll(() => line.textContent()).toBe(before);
    await t.page.getByTestId('progress-import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"kind":"KubewalkProgress","version":1,"lessons":{"__proto__":{}}}'),
    });
    await expect.poll(() => t.page.getByTestId('progress-status').textContent()).toContain('not a lesson id');
    expect(await line.textContent()).toBe(before);
    expect(t.errors).toEqual([]);
  });
});
