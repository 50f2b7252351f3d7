// A learner's walk through every lesson by keyboard, permalinks, and the playground's bad-YAML path.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mermaidNodeOf } from '../engine';
import { lessons } from '../lessons';
import { launch, openPage } from './browser';
import { openLesson, press, settled, stepView } from './player';

let browser: Browser;
const baseURL = inject('baseURL');

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('walking a lesson by keyboard', () => {
  it.each(lessons.map((l) => [l.id]))(
    '%s: every step moves the highlighted diagram node and the source lines, with no console errors',
    async (id) => {
      const t = await openPage(browser);
      await openLesson(t.page, baseURL, id);
      let view = await settled(t.page, mermaidNodeOf);
      expect(view.index).toBe(0);
      const total = view.total;
      expect(total).toBeGreaterThan(10);
      const highlights = new Set<string>([view.highlight]);
      const keys = ['ArrowRight', 'Space', 'PageDown'];
      for (let i = 1; i < total; i++) {
        const before = view;
        await press(t.page, keys[i % keys.length]!, i);
        view = await settled(t.page, mermaidNodeOf);
        expect(view.index).toBe(i);
        if (view.id !== before.id) expect(view.currentNode).not.toBe(before.currentNode);
        highlights.add(view.highlight);
      }
      expect(view.id).toMatch(/^exit\./);
      expect(highlights.size).toBeGreaterThan(5);
      await press(t.page, 'Home', 0);
      await press(t.page, 'End', total - 1);
      await press(t.page, 'ArrowLeft', total - 2);
      await press(t.page, 'PageUp', total - 3);
      expect(t.errors).toEqual([]);
    },
    240_000,
  );
});

describe('permalinks', () => {
  it('open exactly the step they name, follow stepping, and survive a reload', async () => {
    const t = await openPage(browser);
    await openLesson(t.page, baseURL, '01-create-a-pod', 19);
    const view = await settled(t.page, mermaidNodeOf);
    expect(view.index).toBe(19);
    await press(t.page, 'ArrowRight', 20);
    expect(t.page.url()).toMatch(/#\/lesson\/01-create-a-pod\/step\/20$/);
    await t.page.reload();
    await t.page.waitForSelector('[data-testid="step-id"]');
    expect((await stepView(t.page)).index).toBe(20);
    expect(t.errors).toEqual([]);
  });
});

describe('the playground', () => {
  it("answers bad YAML with the server's 400 in place and keeps the text across a reload", async () => {
    const t = await openPage(browser);
    await t.goto('#/playground');
    const editor = t.page.locator('.monaco-editor').first();
    await editor.waitFor({ timeout: 30_000 });
    await editor.click();
    await t.page.keyboard.press('Control+A');
    await t.page.keyboard.press('Delete');
    const bad = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n   labels: [\n';
    await t.page.keyboard.insertText(bad);
    await t.page.click('[data-testid="playground-run"]');
    const error = t.page.locator('[data-testid="playground-error"]');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain('400');
    expect(await error.textContent()).toContain('error converting YAML to JSON');
    await t.page.reload();
    const editorAfter = t.page.locator('.monaco-editor').first();
    await editorAfter.waitFor({ timeout: 30_000 });
    await expect.poll(() => editorAfter.textContent(), { timeout: 10_000 }).toContain('broken');
    expect(t.errors).toEqual([]);
  });

  it('on the cluster server, jane is refused by RBAC until the admin binds her', async () => {
    const t = await openPage(browser);
    const error = t.page.locator('[data-testid="playground-error"]');
    const example = 'label:has-text("Start from an example") select';
    const sendAs = 'label:has-text("Send as") select';
    /** runs the form and answers the id of the trace's last step (its exit) */
    const run = async () => {
      const result = t.page.locator('[data-testid="playground-result"]');
      const runNumber = async () =>
        (await result.count()) ? Number(await result.getAttribute('data-run')) : 0;
      const runs = await runNumber();
      await t.page.click('[data-testid="playground-run"]');
      await expect.poll(runNumber, { timeout: 30_000 }).toBe(runs + 1);
      await t.page.locator('[data-testid="step-index"]').click();
      await t.page.keyboard.press('End');
      await expect
        .poll(() => t.page.textContent('[data-testid="step-id"]'), { timeout: 30_000 })
        .toMatch(/^exit\./);
      return (await t.page.textContent('[data-testid="step-id"]'))?.trim();
    };
    await t.goto('#/playground');
    await t.page.locator('.monaco-editor').first().waitFor({ timeout: 30_000 });
    await t.page.selectOption('[data-testid="playground-server"]', 'cluster');

    await t.page.selectOption(example, 'Create a Pod');
    await t.page.selectOption(sendAs, 'jane');
    expect(await run()).toBe('exit.403');
    expect(await error.textContent()).toContain('User "jane" cannot create resource "pods"');

    await t.page.selectOption(sendAs, 'admin');
    await t.page.selectOption(example, 'Bind jane to edit in default (RoleBinding)');
    expect(await run()).toBe('exit.201');
    expect(await error.count()).toBe(0);

    await t.page.selectOption(sendAs, 'jane');
    await t.page.selectOption(example, 'Create a Pod');
    expect(await run()).toBe('exit.201');
    expect(await error.count()).toBe(0);
    expect(t.errors).toEqual([]);
  });
});
