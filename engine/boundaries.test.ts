// The engine is a pure apiserver: the lint rule that keeps React, app/, lessons/ and Node built-ins out of
// engine/ must actually fire.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'engine/runtime/example.ts' });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('engine import boundaries', () => {
  it.each([
    ["import { useState } from 'react';", 'engine/ must not import React.'],
    ["import { App } from '../../app/App';", 'engine/ must not import app/.'],
    ["import { lesson } from '../../lessons/01-pods/scenario';", 'engine/ must not import lessons/.'],
    ["import { readFileSync } from 'node:fs';", 'engine/ runs in the browser: no Node built-ins.'],
    ["import { join } from 'path';", 'engine/ runs in the browser: no Node built-ins.'],
  ])('%s is refused', async (code, message) => {
    const messages = await ruleIdsFor(`${code}\nexport const x = 1;\n`);
    expect(messages.some((m) => m.startsWith('no-restricted-imports') && m.includes(message))).toBe(true);
  });

  it('allows engine-internal imports such as a file named path.ts', async () => {
    const messages = await ruleIdsFor(
      "import { newPath } from '../util/validation/field/path';\nexport const p = newPath('x');\n",
    );
    expect(messages.filter((m) => m.startsWith('no-restricted-imports'))).toEqual([]);
  });
}, 30_000);
