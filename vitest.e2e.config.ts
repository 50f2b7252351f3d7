import { defineConfig } from 'vitest/config';

// Browser tests: the app is built and served once (e2e/global-setup.ts), then each file drives Debian's
// Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
