// The AI system inventory page (examples/inventory.html) in a real browser with real IndexedDB:
// load the two sample systems, triage the chatbot to its Art. 50(1) class, reload, and find the
// systems, their classes and the triage answers again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, type Demo } from './harness.js';

describe('the AI system inventory page', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('classifies two systems, keeps the triage across a reload, and is linked from the start page', async () => {
    const { page, errors, context } = await demo.newPage();
    await page.goto(`${demo.url}/examples/index.html`);
    await page.getByRole('link', { name: 'AI system inventory' }).click();
    await page.waitForURL(/inventory\.html$/);
    await page.getByRole('button', { name: 'Load two sample systems' }).click();
    const inventory = page.locator('aims-inventory');
    const row = (name: string) => inventory.getByRole('row').filter({ hasText: name });
    /** Waits until the system's class reads `text`. */
    const classIs = (name: string, text: string) =>
      row(name).locator('[part~=class]').filter({ hasText: text }).waitFor();
    await classIs('CV screening', 'High-risk');
    await classIs('Support chatbot', 'Not determined yet');
    await row('Support chatbot').getByRole('button', { name: 'Triage Support chatbot' }).click();
    const panel = inventory.locator('[part~=triage]');
    const question = (id: string) => panel.locator(`[data-question="${id}"]`);
    await question('prohibited').getByLabel('None of these', { exact: true }).check();
    await question('annex-i').getByLabel('No', { exact: true }).check();
    await question('annex-iii').getByLabel('None of these', { exact: true }).check();
    await question('transparency').locator('input[value="art-50-1"]').check();
    await classIs('Support chatbot', 'Limited (transparency duties)');
    await page.getByText('aims-system-change').first().waitFor();
    // autosave is debounced: wait until the store holds the last answer
    await page.waitForTimeout(1500);
    await page.reload();
    await classIs('Support chatbot', 'Limited (transparency duties)');
    await classIs('CV screening', 'High-risk');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
