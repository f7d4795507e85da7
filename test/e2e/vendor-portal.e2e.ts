// The vendor portal (examples/vendor-portal.html), as a customer uses it: answer questions in two
// sections, switch the host's tabs, add a risk, decide SoA controls, reload, find everything again,
// submit, and compare what the host received (its panel and the downloaded JSON) with what the
// scorecard shows.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { startDemo, type Demo } from './harness.js';

const RISK = 'Chatbot gives customers wrong contract terms';
const WHY_A22 = 'Our AI policy covers every model we ship.';
const WHY_A104 = 'We have no customers who are AI users ourselves.';

/** Waits until the element has the keyboard focus. */
async function focused(el: Locator): Promise<void> {
  for (let n = 0; n < 100; n++) {
    if (await el.evaluate((e) => e.matches(':focus'))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('the element never got the focus');
}
const tab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: 'Assessment' }).getByRole('tab', { name });
/** A question of the questionnaire, by the start of its text. */
const question = (page: Page, start: string) =>
  page.locator('aims-questionnaire').getByRole('group', { name: new RegExp(`^\\d+\\. ${start}`) });

describe('the vendor portal', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it(
    'keeps answers, a risk and SoA decisions across a reload, and submits what the scorecard shows',
    { timeout: 120_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${demo.url}/examples/vendor-portal.html`);
      const q = page.locator('aims-questionnaire');

      // Scope section (the first): two answers.
      await question(page, 'Which roles does your organisation play')
        .getByRole('checkbox', { name: /use AI systems from third/ })
        .check();
      await question(page, 'Could any of these AI systems be high-risk')
        .getByRole('radio', { name: 'No', exact: true })
        .check();
      // Clause 4, from the section list, and clause 5 with Next: answers in two more sections.
      await q.getByRole('button', { name: /^Clause 4/ }).click();
      await question(page, 'Have you worked out which internal and external factors')
        .getByRole('radio', { name: 'Defined' })
        .click();
      await question(page, 'Do you know who has a stake in your AI systems')
        .getByRole('radio', { name: 'Managed' })
        .click();
      await q.getByRole('button', { name: 'Next' }).click();
      await q.getByRole('heading', { name: /Clause 5/ }).waitFor();
      const clause5 = q.getByRole('group').first();
      const clause5Name = (await clause5.locator('legend').innerText())
        .replace(/^\d+\.\s*/, '')
        .slice(0, 40);
      await clause5.getByRole('radio', { name: 'Measured' }).click();

      // Risks tab, reached with the arrow keys; add a risk through the register's form.
      await tab(page, 'Questionnaire').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await focused(tab(page, 'Risks'));
      assert.equal(await tab(page, 'Risks').getAttribute('aria-selected'), 'true');
      const risks = page.locator('aims-risk-matrix');
      assert.equal(await q.isVisible(), false, 'the questionnaire panel is hidden behind its tab');
      await risks.getByRole('button', { name: 'Add a risk' }).click();
      const form = risks.locator('form');
      await form.getByLabel('Title').fill(RISK);
      await form
        .getByRole('combobox', { name: 'Likelihood' })
        .first()
        .selectOption({ label: 'Likely' });
      await form.getByRole('combobox', { name: 'Impact' }).first().selectOption({ label: 'Major' });
      await form.getByRole('combobox', { name: 'Treatment' }).selectOption({ label: 'Mitigate' });
      await form.getByRole('button', { name: 'Save risk' }).click();
      await risks.getByRole('row', { name: new RegExp(RISK) }).waitFor();

      // SoA tab, by mouse: include A.2.2 and exclude A.10.4, each with a justification.
      await tab(page, 'Statement of Applicability').click();
      const soa = page.locator('aims-soa-table');
      await soa.getByRole('combobox', { name: 'Applicable A.2.2' }).selectOption('yes');
      await soa.getByRole('textbox', { name: 'Justification A.2.2' }).fill(WHY_A22);
      await page.keyboard.press('Tab');
      await soa.getByRole('textbox', { name: 'Justification A.10.4' }).fill(WHY_A104);
      await page.keyboard.press('Tab');
      await soa.getByRole('combobox', { name: 'Applicable A.10.4' }).selectOption('no');

      // Reload at once (before the debounced autosave: the save on pagehide must keep it):
      // everything is still there.
      await page.reload();
      await tab(page, 'Statement of Applicability').click();
      assert.equal(
        await soa.getByRole('combobox', { name: 'Applicable A.2.2' }).inputValue(),
        'yes',
      );
      assert.equal(
        await soa.getByRole('textbox', { name: 'Justification A.2.2' }).inputValue(),
        WHY_A22,
      );
      assert.equal(
        await soa.getByRole('combobox', { name: 'Applicable A.10.4' }).inputValue(),
        'no',
      );
      assert.equal(
        await soa.getByRole('textbox', { name: 'Justification A.10.4' }).inputValue(),
        WHY_A104,
      );
      await tab(page, 'Risks').click();
      await risks.getByRole('row', { name: new RegExp(RISK) }).waitFor();
      assert.match(
        await risks.getByRole('row', { name: new RegExp(RISK) }).innerText(),
        /Mitigate/,
      );
      await tab(page, 'Questionnaire').click();
      assert.equal(
        await question(page, 'Which roles does your organisation play')
          .getByRole('checkbox', { name: /use AI systems from third/ })
          .isChecked(),
        true,
      );
      assert.equal(
        await question(page, 'Could any of these AI systems be high-risk')
          .getByRole('radio', { name: 'No', exact: true })
          .isChecked(),
        true,
      );
      await q.getByRole('button', { name: /^Clause 4/ }).click();
      assert.equal(
        await question(page, 'Have you worked out which internal and external factors')
          .getByRole('radio', { name: 'Defined' })
          .isChecked(),
        true,
      );
      assert.equal(
        await question(page, 'Do you know who has a stake in your AI systems')
          .getByRole('radio', { name: 'Managed' })
          .isChecked(),
        true,
      );
      await q.getByRole('button', { name: /^Clause 5/ }).click();
      assert.equal(
        await q
          .getByRole('group', {
            name: new RegExp(clause5Name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
          })
          .getByRole('radio', { name: 'Measured' })
          .isChecked(),
        true,
      );

      // The scorecard's figure …
      await tab(page, 'Scorecard').click();
      const meter = page
        .locator('aims-scorecard')
        .getByRole('meter', { name: 'Overall readiness' });
      const figure = /^([\d.]+) of 100, (\w+)$/.exec(
        (await meter.getAttribute('aria-valuetext')) ?? '',
      );
      assert.ok(figure, 'the scorecard shows a figure and a band');
      assert.ok(Number(figure[1]) > 0, 'the answers count');

      // The full report says why it is not ready yet (the open gates, first among them the
      // unanswered questions) and lists the documented information register.
      const scorecard = page.locator('aims-scorecard');
      await scorecard.locator('[part~=certification]').waitFor();
      assert.match(
        await scorecard.locator('[part~=certification]').innerText(),
        /Not yet ready for a certification audit/,
      );
      assert.ok((await scorecard.locator('[part~=gate]').count()) > 0, 'open gates are listed');
      await scorecard.locator('[part~=documents]').waitFor();
      assert.ok(
        (await scorecard.locator('[part~=document]').count()) >= 20,
        'the register lists the documents of the full pack',
      );

      // … is what the host receives on submit.
      await page.getByRole('button', { name: 'Submit assessment' }).click();
      const received = page.getByRole('region', { name: 'What Northwind received' });
      await received.waitFor();
      const value = (term: string) =>
        received
          .locator('dt', { hasText: term })
          .locator('xpath=following-sibling::dd[1]')
          .innerText();
      assert.equal(await value('Readiness'), `${figure[1]} of 100`);
      assert.equal(await value('Band'), figure[2]);
      assert.equal(await value('Risks in the register'), '1');
      const digest = await value('Digest (SHA-256)');
      assert.match(digest, /^[\w-]{43}$/, 'a base64url SHA-256');

      // The JSON download is the sealed envelope with the same figures.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        received.getByRole('link', { name: 'Download JSON' }).click(),
      ]);
      const envelope = JSON.parse(await readFile((await download.path())!, 'utf8'));
      assert.equal(envelope.format, 'aimskit.envelope/1');
      assert.equal(envelope.sha256, digest);
      assert.equal(envelope.scorecard.overall.readiness.toFixed(1), figure[1]);
      assert.deepEqual(
        envelope.response.risks.map((r: { title: string }) => r.title),
        [RISK],
      );
      assert.equal(envelope.response.soa['A.2.2'].applicable, true);
      assert.equal(envelope.response.soa['A.10.4'].justification, WHY_A104);
      assert.deepEqual(errors, [], "no errors, no blocked resources under the page's strict CSP");
      await context.close();
    },
  );

  it(
    "moves between tabs with the arrow keys, Home and End, and opens a gap's question from the scorecard",
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${demo.url}/examples/vendor-portal.html`);
      await page.locator('aims-questionnaire').getByRole('group').first().waitFor();
      const names = [
        'Questionnaire',
        'Scorecard',
        'Risks',
        'Statement of Applicability',
        'AI systems',
      ];
      const selected = async () => {
        const on = [];
        for (const n of names)
          if ((await tab(page, n).getAttribute('aria-selected')) === 'true') on.push(n);
        return on;
      };
      // One tab stop: the selected tab.
      assert.deepEqual(await Promise.all(names.map((n) => tab(page, n).getAttribute('tabindex'))), [
        null,
        '-1',
        '-1',
        '-1',
        '-1',
      ]);
      await tab(page, 'Questionnaire').focus();
      await page.keyboard.press('ArrowLeft'); // wraps to the last
      await focused(tab(page, 'AI systems'));
      assert.deepEqual(await selected(), ['AI systems']);
      assert.equal(await page.locator('aims-inventory').isVisible(), true);
      await page.keyboard.press('Home');
      assert.deepEqual(await selected(), ['Questionnaire']);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight'); // wraps to the first
      await page.keyboard.press('ArrowRight');
      await focused(tab(page, 'Scorecard'));
      assert.deepEqual(await selected(), ['Scorecard']);
      assert.equal(await page.locator('aims-questionnaire').isVisible(), false);
      assert.equal(await tab(page, 'Scorecard').getAttribute('tabindex'), '0');

      // A gap's link leads back to the questionnaire tab, to that question.
      const gap = page.locator('aims-scorecard').locator('[part~=gap-link]').first();
      const text = (await gap.innerText()).trim();
      await gap.click();
      assert.deepEqual(await selected(), ['Questionnaire']);
      const target = page.locator('aims-questionnaire').getByRole('group', {
        name: new RegExp(text.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      });
      await target.waitFor();
      assert.equal(await target.isVisible(), true);
      assert.deepEqual(errors, []);
      await context.close();
    },
  );
});
