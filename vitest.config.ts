import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['engine/**/*.test.ts', 'app/**/*.test.ts', 'lessons/**/*.test.ts', 'cli/**/*.test.ts'],
    environment: 'node',
  },
});
