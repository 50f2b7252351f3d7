// Fork and compare in the browser: fork lesson 1 at a step, drop the container's image, run, and see the two
// runs side by side with the first difference marked; the edit survives a reload; bad settings are refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

describe('fork and compare', () => {
  it('forks the create at the step on screen and marks where the runs part', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, '01-create-a-pod', 3);
    await t.page.getByTestId('fork-link').click();
    await t.page.waitForSelector('[data-testid="fork-body"]', { timeout: 30_000 });
    expect(t.page.url()).toContain('#/fork/01-create-a-pod/step/3');

    const body = t.page.getByTestId('fork-body');
    const pod = JSON.parse(await body.inputValue()) as { spec: { containers: { image?: string }[] } };
    delete pod.spec.containers[0]!.image;
    await body.fill(JSON.stringify(pod, null, 2));
    await t.page.getByTestId('fork-run').click();
    await expect.poll(() => t.page.getByTestId('divergence').textContent()).toContain('exit.422');
    const summary = await t.page.getByTestId('fork-summary').textContent();
    expect(summary).toContain('201');
    expect(summary).toContain('422');
    expect(summary).toContain('scheme.decode');

    // the edit is kept across a reload
    await t.page.reload();
    await t.page.waitForSelector('[data-testid="fork-body"]');
    expect(await t.page.getByTestId('fork-body').inputValue()).not.toContain('image');

    // settings that are not JSON: a clear message, nothing run
    await t.page.getByTestId('fork-settings').fill('{ not json');
    await t.page.getByTestId('fork-run').click();
    await expect.poll(() => t.page.getByTestId('fork-error').textContent()).toContain('not valid JSON');
    expect(t.errors).toEqual([]);
  });
});
