// The vendor portal's AI systems tab (examples/vendor-portal.html) in a real browser with real
// IndexedDB: add two systems, triage them, find the questionnaire's scope answered from them and
// the EU AI Act view in the scorecard, reload, and find it all again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startDemo, type Demo } from './harness.js';

const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Assessment' }).getByRole('tab', { name });
/** A question of the questionnaire, by the start of its text. */
const question = (page: Page, start: string) =>
  page.locator('aims-questionnaire').getByRole('group', { name: new RegExp(`^\\d+\\. ${start}`) });

/** Adds a system by the inventory's form, with one role (its id). */
async function addSystem(page: Page, name: string, role: string): Promise<void> {
  const inventory = page.locator('aims-inventory');
  await inventory.getByRole('button', { name: 'Add an AI system' }).click();
  const form = inventory.locator('[part~=form]');
  await form.locator('input[name=name]').fill(name);
  await form.locator(`input[name=roles][value=${role}]`).check();
  await form.getByRole('button', { name: 'Save system' }).click();
  await inventory.getByRole('row').filter({ hasText: name }).waitFor();
}

/** Answers the open triage panel: each question id with the option value to check. */
async function triage(page: Page, name: string, answers: [string, string][]): Promise<void> {
  const inventory = page.locator('aims-inventory');
  const row = inventory.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `Triage ${name}` }).click();
  const panel = inventory.locator('[part~=triage]');
  for (const [id, value] of answers)
    await panel.locator(`[data-question="${id}"] input[value="${value}"]`).check();
  await panel.getByRole('button', { name: 'Close triage' }).click();
}

describe('the vendor portal with two AI systems', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it(
    'adds and triages two systems; the scope follows them, the scorecard shows the EU AI Act view; all kept across a reload',
    { timeout: 120_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${demo.url}/examples/vendor-portal.html`);
      await tab(page, 'AI systems').click();
      const inventory = page.locator('aims-inventory');
      await addSystem(page, 'CV screening', 'deployer');
      await addSystem(page, 'Support chatbot', 'provider');
      await triage(page, 'CV screening', [
        ['prohibited', 'none'],
        ['annex-i', 'no'],
        ['annex-iii', 'annex-iii-4-a'],
        ['profiling', 'yes'],
        ['fria-public', 'no'],
        ['transparency', 'none'],
      ]);
      await triage(page, 'Support chatbot', [
        ['prohibited', 'none'],
        ['annex-i', 'no'],
        ['annex-iii', 'none'],
        ['transparency', 'art-50-1'],
      ]);
      const classOf = (name: string) =>
        inventory.getByRole('row').filter({ hasText: name }).locator('[part~=class]');
      assert.equal(await classOf('CV screening').innerText(), 'High-risk');
      assert.equal(await classOf('Support chatbot').innerText(), 'Limited (transparency duties)');
      await inventory.getByText(/scope questions .* are answered from this inventory/).waitFor();

      /** The questionnaire's scope and the scorecard's EU AI Act view, as the systems set them. */
      const checkEverything = async () => {
        await tab(page, 'Questionnaire').click();
        const roles = question(page, 'Which roles does your organisation play');
        assert.equal(
          await roles.getByRole('checkbox', { name: /provide AI-based products/ }).isChecked(),
          true,
        );
        assert.equal(
          await roles.getByRole('checkbox', { name: /use AI systems from third/ }).isChecked(),
          true,
        );
        const highRisk = question(page, 'Could any of these AI systems be high-risk');
        assert.equal(
          await highRisk.getByRole('radio', { name: 'Yes', exact: true }).isChecked(),
          true,
        );
        await tab(page, 'Scorecard').click();
        const view = page.locator('aims-scorecard').locator('[part~=ai-act]');
        await view.getByRole('heading', { name: 'EU AI Act' }).waitFor();
        const counts = await view.locator('[part~=ai-act-classes] li').allInnerTexts();
        assert.deepEqual(
          counts.map((text) => text.replace(/\s+/g, ' ').trim()),
          ['High-risk: 1', 'Limited (transparency duties): 1'],
        );
        const cv = view.locator('[part~=ai-act-systems] tr').filter({ hasText: 'CV screening' });
        assert.match(await cv.innerText(), /Art\. 26/);
        assert.match(await cv.innerText(), /Closed by:/);
        const chatbot = view
          .locator('[part~=ai-act-systems] tr')
          .filter({ hasText: 'Support chatbot' });
        assert.match(await chatbot.innerText(), /Art\. 50\(1\)/);
      };
      await checkEverything();
      // autosave is debounced: wait until the store holds the last change
      await page.waitForTimeout(1500);
      await page.reload();
      await tab(page, 'AI systems').click();
      await inventory.getByRole('row').filter({ hasText: 'Support chatbot' }).waitFor();
      assert.equal(await classOf('CV screening').innerText(), 'High-risk');
      await checkEverything();
      assert.deepEqual(errors, []);
      await context.close();
    },
  );
});
