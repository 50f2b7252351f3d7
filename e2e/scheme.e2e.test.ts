// The scheme explorer: search, a kind's conversions and path, a sample conversion and an unregistered type's
// error (both from the engine), the keyboard, and the way in from a lesson's scheme step.
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

const search = '[data-testid="scheme-search"]';
const detail = '[data-testid="kind-detail"]';

describe('the scheme explorer', () => {
  it('finds apps/v1beta1 Deployment, shows its conversion path, converts a sample and an unregistered type', async () => {
    const t = await openPage(browser);
    await t.goto('#/scheme');
    const { page } = t;
    await page.waitForSelector(search, { timeout: 30_000 });
    expect(await page.getAttribute('nav a[href="#/scheme"]', 'aria-current')).toBe('page');

    await page.getByLabel('Search kinds').fill('Deployment');
    await expect.poll(() => page.locator('.scheme-count').textContent()).toBe('6 kinds shown.');
    expect(await page.locator('.scheme-group h3').allTextContents()).toEqual(['apps']);
    expect(await page.locator('.scheme-version h4').allTextContents()).toEqual([
      'v1 preferred',
      'v1beta1 priority 2',
      '__internal internal',
    ]);

    await page.click('.scheme-browser a[href="#/scheme/apps/v1beta1/Deployment"]');
    await page.waitForSelector(`${detail} h3:has-text("apps/v1beta1")`);
    expect(page.url()).toMatch(/#\/scheme\/apps\/v1beta1\/Deployment$/);
    const text = (await page.locator(detail).textContent()) ?? '';
    expect(text).toContain('Convert_v1beta1_Deployment_To_apps_Deployment');
    expect(text).toContain('k8s.io/api/apps/v1beta1.Deployment');
    expect(text).toContain('SetObjectDefaults_Deployment');
    // opening the kind moved focus to its heading
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');

    const path = (await page.locator('[data-testid="conversion-path"]').innerText()).replace(/\s+/g, ' ');
    expect(path).toBe(
      'apps/v1beta1 Deployment → Convert_v1beta1_Deployment_To_apps_Deployment → apps/__internal Deployment → Convert_apps_Deployment_To_v1_Deployment → apps/v1 Deployment',
    );

    await page.click('[data-testid="scheme-try"]');
    const stages = page.locator('[data-testid="scheme-stages"] li');
    await expect.poll(() => stages.count()).toBe(4);
    expect(await stages.nth(1).textContent()).toContain('SetObjectDefaults_Deployment');
    expect(await stages.nth(3).locator('pre').textContent()).toContain('"apiVersion": "apps/v1"');

    await page.click('[data-testid="scheme-unregistered"] button');
    expect(
      await page.locator('[data-testid="scheme-unregistered"] [data-testid="scheme-error"]').textContent(),
    ).toContain(
      'no kind is registered for the type v1.Deployment in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
    expect(t.errors).toEqual([]);
  });

  it('works by keyboard: Enter in the search opens the first match, arrows move through the kinds', async () => {
    const t = await openPage(browser);
    await t.goto('#/scheme');
    const { page } = t;
    await page.waitForSelector(search, { timeout: 30_000 });
    await page.focus(search);
    await page.keyboard.type('scale');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${detail} h3:has-text("autoscaling/v1")`);
    expect(page.url()).toMatch(/#\/scheme\/autoscaling\/v1\/Scale$/);

    await page.focus(search);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '#/scheme/autoscaling/__internal/Scale',
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${detail} h3:has-text("autoscaling/__internal")`);
    expect(t.errors).toEqual([]);
  });

  it("shows the engine's own errors for an unknown kind and a searched-for type it does not know", async () => {
    const t = await openPage(browser);
    await t.goto('#/scheme/apps/v1/Widget');
    const { page } = t;
    await page.waitForSelector(detail, { timeout: 30_000 });
    expect(await page.locator(`${detail} [data-testid="scheme-error"]`).textContent()).toContain(
      'no kind "Widget" is registered for version "apps/v1" in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
    await page.getByLabel('Search kinds').fill('Widget');
    await page.click('.scheme-browser [data-testid="scheme-unregistered"] button');
    expect(await page.locator('.scheme-browser [data-testid="scheme-error"]').textContent()).toContain(
      'no kind is registered for the type v1.Widget in scheme "pkg/api/legacyscheme/scheme.go:30"',
    );
    // learner text is never markup
    await page.getByLabel('Search kinds').fill('<img src=x onerror=alert(1)>');
    await expect.poll(() => page.locator('.scheme-count').textContent()).toContain('<img src=x');
    expect(await page.locator('.scheme-browser img').count()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it("is linked from a lesson's scheme step, at the kind of the step's object", async () => {
    const t = await openPage(browser);
    const { page } = t;
    await openLesson(page, baseURL, '01-create-a-pod');
    for (let i = 0; i < 60; i++) {
      const id = (await page.locator('[data-testid="step-id"]').textContent())?.trim() ?? '';
      if (id.startsWith('scheme.')) break;
      const before = await page.getAttribute('[data-testid="step-index"]', 'data-index');
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (b) => document.querySelector('[data-testid="step-index"]')?.getAttribute('data-index') !== b,
        before,
      );
    }
    const link = page.locator('[data-testid="scheme-step-link"]');
    await expect.poll(() => link.getAttribute('href')).toBe('#/scheme/core/v1/Pod');
    expect(await link.textContent()).toBe('Scheme: v1.Pod');
    await link.click();
    await page.waitForSelector(`${detail} h3:has-text("Pod")`, { timeout: 30_000 });
    expect(await page.locator(detail).textContent()).toContain('Convert_v1_Pod_To_core_Pod');
    expect(t.errors).toEqual([]);
  });
});
