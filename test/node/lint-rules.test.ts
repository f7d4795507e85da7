// The house rules that ESLint states (eslint.config.js, scripts/eslint-rules.js): each is tried on
// a snippet that breaks it, placed where the rule applies, and on one that keeps it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('house rules in ESLint', () => {
  it('src/ never imports lit, @lit/* or components/', async () => {
    const broken = await rulesBroken(
      [
        "import { html } from 'lit';",
        "import { createContext } from '@lit/context';",
        "import { AimsElement } from '../../components/base/aims-element.js';",
        'export const all = [html, createContext, AimsElement];',
      ].join('\n'),
      'src/scoring/example.ts',
    );
    assert.deepEqual(broken, Array(3).fill('no-restricted-imports'));
    const fine = await rulesBroken(
      "import { html } from 'lit';\nexport const template = html`<p></p>`;\n",
      'components/base/example.ts',
    );
    assert.deepEqual(fine, []);
  });

  it('zod is imported from src/model/zod.ts only, so its configuration runs first', async () => {
    const code = "import { z } from 'zod/mini';\nexport const Name = z.string();\n";
    assert.deepEqual(await rulesBroken(code, 'src/model/example.ts'), ['no-restricted-imports']);
    assert.deepEqual(await rulesBroken(code, 'components/base/example.ts'), [
      'no-restricted-imports',
    ]);
    assert.deepEqual(await rulesBroken(code, 'src/model/zod.ts'), []);
  });

  it('browser storage and page globals only in src/store/', async () => {
    const code = 'export const open = () => indexedDB.open("aimskit");\n';
    assert.deepEqual(await rulesBroken(code, 'src/session/example.ts'), ['no-restricted-globals']);
    assert.deepEqual(await rulesBroken(code, 'src/store/example.ts'), []);
  });

  it('no eval, new Function, unsafeHTML or HTML strings anywhere', async () => {
    const broken = await rulesBroken(
      [
        "import { unsafeHTML } from 'lit/directives/unsafe-html.js';",
        'export function run(element: HTMLElement, text: string) {',
        '  eval(text);',
        '  const compiled = new Function(text);',
        '  element.innerHTML = text;',
        "  element.insertAdjacentHTML('beforeend', text);",
        '  return [unsafeHTML(text), compiled];',
        '}',
      ].join('\n'),
      'components/base/example.ts',
    );
    assert.deepEqual(broken.sort(), [
      'no-eval',
      'no-new-func',
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('names are words: no one-letter fields, locals or parameters outside a tiny lambda', async () => {
    const broken = await rulesBroken(
      [
        'export interface Sums { n: number; weight: number }',
        'export function total(s: Sums): number {',
        '  const t = s.n + s.weight;',
        '  return t;',
        '}',
      ].join('\n'),
      'src/scoring/example.ts',
    );
    assert.deepEqual(broken, Array(3).fill('aimskit/descriptive-names'));
    const fine = await rulesBroken(
      'export const doubled = (values: number[]) => values.map((v) => v * 2);\n',
      'src/scoring/example.ts',
    );
    assert.deepEqual(fine, []);
  });

  it('one statement does one thing: no comma operators, no assignment inside an expression', async () => {
    const broken = await rulesBroken(
      [
        'export function count(values: number[]): number {',
        '  let total = 0;',
        '  let last = 0;',
        '  for (const value of values) if ((last = value)) (total++, total++);',
        '  return total + last;',
        '}',
      ].join('\n'),
      'src/scoring/example.ts',
    );
    assert.ok(broken.includes('no-sequences'), broken.join(', '));
    assert.ok(broken.includes('aimskit/no-assignment-in-expression'), broken.join(', '));
    assert.ok(broken.includes('no-cond-assign'), broken.join(', '));
  });

  it('throws errors, never arrays', async () => {
    const broken = await rulesBroken(
      'export function fail(): never {\n  throw ["path", "message"];\n}\n',
      'src/model/example.ts',
    );
    assert.ok(broken.includes('no-restricted-syntax'), broken.join(', '));
  });

  it('no line over 100 characters in code', async () => {
    const long = `export const message = '${'x'.repeat(100)}';\n`;
    assert.deepEqual(await rulesBroken(long, 'src/scoring/example.ts'), ['max-len']);
    assert.deepEqual(await rulesBroken(long, 'src/content/example.ts'), []);
  });
});
