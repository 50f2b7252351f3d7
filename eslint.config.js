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
    files: ['bench/**/*.ts', 'cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
