// Reads and drives the player like a learner: by keyboard, through the stable test hooks.
import type { Page } from 'playwright-core';

export interface StepView {
  index: number;
  total: number;
  id: string;
  highlight: string;
  /** the DOM id of the flowchart node marked current */
  currentNode: string;
}

export async function stepView(page: Page): Promise<StepView> {
  return page.evaluate(() => {
    const indexEl = document.querySelector('[data-testid="step-index"]');
    const total = Number((indexEl?.textContent ?? '').split('/')[1]?.trim() ?? 0);
    return {
      index: Number(indexEl?.getAttribute('data-index') ?? -1),
      total,
      id: document.querySelector('[data-testid="step-id"]')?.textContent?.trim() ?? '',
      highlight: document.querySelector('[data-testid="source-panel"]')?.getAttribute('data-highlight') ?? '',
      currentNode: document.querySelector('[data-testid="flow-diagram"] g.node.current')?.id ?? '',
    };
  });
}

/** Opens a lesson at a step and waits until the player shows it. */
export async function openLesson(page: Page, baseURL: string, id: string, step = 0): Promise<void> {
  await page.goto(`${baseURL}/#/lesson/${id}/step/${step}`);
  await page.waitForSelector('[data-testid="step-id"]', { timeout: 30_000 });
}

/** Waits until the diagram and the source panel have caught up with the current step. */
export async function settled(page: Page, nodeName: (stepId: string) => string): Promise<StepView> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const v = await stepView(page);
    if (v.currentNode.includes(`-${nodeName(v.id)}-`) && /^\d+-\d+$/.test(v.highlight)) return v;
    if (Date.now() > deadline)
      throw new Error(
        `step ${v.index} (${v.id}) did not settle: node ${v.currentNode}, lines ${v.highlight}`,
      );
    await page.waitForTimeout(25);
  }
}

/** One keypress, then waits for the step index to move. */
export async function press(page: Page, key: string, expectIndex: number): Promise<void> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="step-index"]')?.getAttribute('data-index') === String(n),
    expectIndex,
    { timeout: 10_000 },
  );
}
