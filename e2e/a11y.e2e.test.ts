// Accessibility: axe-core finds no serious or critical violation on the main screens, and every step change
// is described in words to screen readers (the flowchart alone says nothing to them).
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './browser';
import { openLesson, press, stepView } from './player';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Runs axe on the page as it is and answers the serious and critical violations, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')}\n  ${n.failureSummary ?? ''}`,
      ),
    );
}

/** Fails with every violation printed, so one run shows all that is left to fix. */
async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  if (found.length) console.warn(`axe on ${where}:\n${found.join('\n')}`);
  expect(found, where).toEqual([]);
}

describe('axe-core', () => {
  it('finds no serious or critical violation on the lesson index', async () => {
    const t = await openPage(browser);
    await t.goto('#/');
    await t.page.waitForSelector('#lessons-heading', { timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/');
  });

  it('finds no serious or critical violation on a lesson step', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, '01-create-a-pod', 5);
    await t.page.waitForSelector('[data-testid="flow-diagram"] svg', { timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/lesson/01-create-a-pod/step/5');
  });

  it('finds no serious or critical violation on the playground, before and after a run', async () => {
    const t = await openPage(browser);
    await t.goto('#/playground');
    await t.page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/playground');
    await t.page.click('[data-testid="playground-run"]');
    await t.page.waitForSelector('[data-testid="flow-diagram"] svg', { timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/playground after a run');
  });

  it('finds no serious or critical violation on the scheme explorer', async () => {
    const t = await openPage(browser);
    await t.goto('#/scheme');
    await t.page.waitForSelector('[data-testid="scheme-search"]', { timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/scheme');
  });

  it('finds no serious or critical violation on a fork and its comparison, and on a lesson in Chinese', async () => {
    const t = await openPage(browser);
    await t.goto('#/fork/01-create-a-pod/step/3');
    await t.page.waitForSelector('[data-testid="fork-body"]', { timeout: 30_000 });
    await t.page.getByTestId('fork-run').click();
    await t.page.waitForSelector('[data-testid="fork-summary"]');
    await expectNoSeriousViolations(t.page, '#/fork/01-create-a-pod/step/3');
    await t.page.evaluate(() => localStorage.setItem('kubewalk.lang', 'zh'));
    await openLesson(t.page, baseURL, '07-three-gates', 4);
    await t.page.waitForSelector('[data-testid="flow-diagram"] svg', { timeout: 30_000 });
    await expectNoSeriousViolations(t.page, '#/lesson/07-three-gates/step/4 in Chinese');
    expect(t.errors).toEqual([]);
  });
});

describe('the step announcer', () => {
  it('describes the current step in a polite live region, and follows each step change', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, '01-create-a-pod', 5);
    const announcer = t.page.locator('[data-testid="announcer"]');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    const first = (await announcer.textContent()) ?? '';
    // "Step 6 of N: <step>, in kube-apiserver (<group>). Request: <title>."
    expect(first).toMatch(/^Step 6 of \d+: .+, in [\w-]+ \(.+\)\. Request: .+\.$/);

    await t.page.locator('[data-testid="step-index"]').click();
    await press(t.page, 'ArrowRight', 6);
    await expect.poll(() => announcer.textContent()).toMatch(/^Step 7 of \d+: /);
    expect(await announcer.textContent()).not.toBe(first);
    expect(t.errors).toEqual([]);
  });

  it('lets the arrow keys pan a focused diagram instead of stepping', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, '01-create-a-pod', 5);
    const diagram = t.page.locator('[data-testid="flow-diagram"]');
    await diagram.locator('svg').waitFor({ timeout: 30_000 });
    await diagram.focus();
    const before = await diagram.evaluate((el) => el.scrollTop);
    const canScroll = await diagram.evaluate((el) => el.scrollHeight > el.clientHeight);
    await t.page.keyboard.press('ArrowDown');
    await t.page.keyboard.press('ArrowRight');
    await t.page.waitForTimeout(200);
    expect((await stepView(t.page)).index).toBe(5);
    if (canScroll) expect(await diagram.evaluate((el) => el.scrollTop)).toBeGreaterThan(before);
    // away from the diagram, the arrows step again
    await t.page.locator('[data-testid="step-index"]').click();
    await press(t.page, 'ArrowRight', 6);
    expect(t.errors).toEqual([]);
  });
});
