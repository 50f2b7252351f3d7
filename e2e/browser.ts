// Launches Debian's Chromium headless (never a downloaded browser) and opens pages that record console
// errors and CSP violations, so every test can assert the page stayed clean.
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

export interface TestPage {
  page: Page;
  errors: string[];
  goto(hash?: string): Promise<void>;
}

export async function openPage(browser: Browser): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const baseURL = inject('baseURL');
  return {
    page,
    errors,
    goto: async (hash = '') => {
      await page.goto(`${baseURL}/${hash}`);
    },
  };
}
