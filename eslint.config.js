import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The engine is a pure apiserver: no UI, no lesson content, runs in browser and Node alike.
    files: ['engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'engine/ must not import React.',
            },
            { group: ['**/app/**', '**/app'], message: 'engine/ must not import app/.' },
            { group: ['**/lessons/**', '**/lessons'], message: 'engine/ must not import lessons/.' },
            { group: ['node:*'], message: 'engine/ runs in the browser: no Node built-ins.' },
            { group: ['xstate', 'xstate/*'], message: 'only engine/flow/ imports xstate.' },
          ],
          paths: ['fs', 'http', 'https', 'path', 'os', 'crypto', 'child_process'].map((name) => ({
            name,
            message: 'engine/ runs in the browser: no Node built-ins.',
          })),
        },
      ],
    },
  },
  {
    // The request statechart lives in engine/flow; it is the one engine folder that uses xstate.
    files: ['engine/flow/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['bench/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
