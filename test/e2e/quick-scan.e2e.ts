// The free quick-scan landing page (examples/quick-scan.html), as a visitor uses it: answer every
// question with the keyboard and the mouse, see the compact scorecard, open the lead form from the
// call to action, share the result, and open the shared link in another browser (a fresh context:
// nothing stored there, no server involved).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { startDemo, type Demo } from './harness.js';

// The answers, as the index of the option chosen (0 "nothing in place" … 4 "in place and kept up"),
// per section. docs/content.md: the options are worth 0, 0.25, 0.5, 0.75 and 1, every question
// weighs 1, the target is 0.75.
const BY_KEYBOARD: number[][] = [
  [0, 3, 2],
  [4, 3, 0, 2],
]; // sections 2 and 3
const KEYBOARD_SECTIONS = ['Direction and leadership', 'Day-to-day running and improvement'];
const BY_MOUSE: number[][] = [
  [4, 3, 3],
  [1, 0, 4],
  [3, 4, 2],
]; // sections 4, 5 and 6
const ALL = [...BY_KEYBOARD, ...BY_MOUSE].flat();
// docs/scoring.md: readiness = 100 × Σ value / 16, rounded to one decimal; bands from 40
// developing, from 70 advanced.
const READINESS = Math.round((1000 * ALL.reduce((s, i) => s + i / 4, 0)) / ALL.length) / 10;
const BAND =
  READINESS >= 90
    ? 'Ready'
    : READINESS >= 70
      ? 'Advanced'
      : READINESS >= 40
        ? 'Developing'
        : 'Early';
// The three questions answered "nothing in place" have the largest gap (0.75 each); the next
// largest is 0.5.
const TOP_GAPS = [
  /^Do you know which AI systems/,
  /^Does someone check, at least once a year/,
  /^Are AI systems tested against agreed criteria/,
];

/** The overall figure as the scorecard reads it out ("59.4 of 100, Developing"). */
const figureText = (page: Page) =>
  page.getByRole('meter', { name: 'Overall readiness' }).getAttribute('aria-valuetext');
/** Waits until the element has the keyboard focus. */
async function focused(el: Locator): Promise<void> {
  for (let n = 0; n < 100; n++) {
    if (await el.evaluate((e) => e.matches(':focus'))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail('the element never got the focus');
}
const checked = (group: Locator) =>
  group
    .getByRole('radio')
    .evaluateAll((rs) => rs.findIndex((r) => (r as HTMLInputElement).checked));

describe('the quick-scan landing page', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it(
    'scores a keyboard-and-mouse quick scan, opens the lead form, and shares a result another browser shows the same',
    { timeout: 120_000 },
    async () => {
      assert.equal(READINESS, 59.4); // the plan above, worked out by hand: 38 quarters of 16
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
      await page.goto(`${demo.url}/examples/quick-scan.html`);
      const q = page.locator('aims-questionnaire');
      const result = page.getByRole('region', { name: 'Your result' });
      await q.getByRole('checkbox', { name: /use AI tools or services/ }).waitFor();
      assert.equal(await result.isVisible(), false, 'no result before the scan is done');

      // About you (not scored): the mouse.
      await q.getByRole('checkbox', { name: /use AI tools or services/ }).click();
      await q.getByRole('button', { name: 'Next' }).click();

      // Two sections by keyboard only: Tab into each group, Space or the arrow keys to choose,
      // Enter on Next.
      for (const [s, answers] of BY_KEYBOARD.entries()) {
        // After Next, focus is on the new section's heading.
        await focused(q.getByRole('heading', { name: KEYBOARD_SECTIONS[s] }));
        const groups = q.getByRole('group');
        for (const [i, k] of answers.entries()) {
          await page.keyboard.press('Tab'); // focus enters the group on its first option
          if (k === 0) await page.keyboard.press('Space');
          for (let n = 0; n < k; n++) await page.keyboard.press('ArrowDown');
          assert.equal(await checked(groups.nth(i)), k, `keyboard answer ${i} of a section`);
        }
        await page.keyboard.press('Tab'); // Previous
        await page.keyboard.press('Tab'); // Next
        await focused(q.getByRole('button', { name: 'Next' }));
        await page.keyboard.press('Enter');
      }

      // The rest by mouse: a click on each answer, Next, and Finish on the last section.
      for (const [s, answers] of BY_MOUSE.entries()) {
        const groups = q.getByRole('group');
        await groups.nth(answers.length - 1).waitFor();
        for (const [i, k] of answers.entries()) {
          await groups.nth(i).getByRole('radio').nth(k).click();
          assert.equal(await checked(groups.nth(i)), k);
        }
        if (s < BY_MOUSE.length - 1) await q.getByRole('button', { name: 'Next' }).click();
      }
      // Every question answered: the compact scorecard appears with the figure, per-area bars and
      // three gaps.
      await result.waitFor();
      await q.getByRole('button', { name: 'Finish' }).click();
      await page.waitForFunction(() => document.activeElement?.id === 'result');
      const card = result.locator('aims-scorecard');
      assert.equal(await figureText(page), `${READINESS} of 100, ${BAND}`);
      const bars = card.locator('[part~=areas]').getByRole('meter');
      assert.equal(await bars.count(), 16, 'a bar for each clause group and Annex A objective');
      assert.equal(
        await card.getByRole('meter', { name: /^4 / }).getAttribute('aria-valuenow'),
        '0',
      );
      assert.equal(
        await card.getByRole('meter', { name: /^5 / }).getAttribute('aria-valuenow'),
        '75',
      );
      const gaps = await card.locator('[part~=gap-link]').allInnerTexts();
      assert.equal(gaps.length, 3, gaps.join(' | '));
      for (const g of TOP_GAPS)
        assert.ok(
          gaps.some((t) => g.test(t.trim())),
          `${g} among ${gaps.join(' | ')}`,
        );

      // The call to action opens the host's lead form, fed with the figures of the result.
      const form = page.getByRole('form', { name: 'Book a free 30-minute call' });
      assert.equal(await form.isVisible(), false);
      await page.getByRole('button', { name: 'Talk to an ISO/IEC 42001 expert' }).click();
      await form.waitFor();
      assert.match(
        await form.innerText(),
        new RegExp(`readiness ${READINESS} of 100 \\(${BAND}\\)`),
      );
      assert.equal(
        await form.getByLabel('Name').evaluate((el) => el === document.activeElement),
        true,
        'focus moves into the form',
      );
      await form.getByRole('button', { name: 'Request the call' }).click(); // empty: the browser refuses it
      assert.equal(await form.isVisible(), true);
      await form.getByLabel('Name').fill('Ada Byron');
      await form.getByLabel('Work email').fill('ada@example.org');
      await form.getByLabel('Company').fill('Analytical Engines Ltd');
      await form.getByRole('button', { name: 'Request the call' }).click();
      await page.getByText('Thank you, Ada Byron.').waitFor();
      assert.equal(await form.isVisible(), false);

      // Share the result: the link is copied (or shown to copy by hand).
      await card.getByRole('button', { name: 'Share result' }).click();
      await card
        .getByRole('status')
        .filter({ hasText: /Link copied|Copy the link/ })
        .waitFor();
      const field = card.getByRole('textbox', { name: 'Link to the result' });
      const link = (await field.count())
        ? await field.inputValue()
        : await page.evaluate(() => navigator.clipboard.readText());
      assert.match(link, /\/examples\/quick-scan\.html#r=[\w-]+$/);
      const shown = await figureText(page);
      assert.deepEqual(errors, []);
      await context.close();

      // Another browser (its own empty IndexedDB) opens the link and shows the same figure, band
      // and gaps.
      const other = await demo.newPage();
      other.page.setDefaultTimeout(15_000);
      await other.page.goto(link);
      const sharedResult = other.page.getByRole('region', { name: 'Shared result' });
      await sharedResult.waitFor();
      assert.equal(await figureText(other.page), shown);
      assert.match(
        await other.page
          .getByRole('status')
          .filter({ hasText: 'shared quick-scan result' })
          .innerText(),
        /Nothing about it is stored/,
      );
      const otherGaps = await sharedResult.locator('[part~=gap-link]').allInnerTexts();
      assert.deepEqual(otherGaps, gaps);
      // The shared answers are shown read-only and were not stored: the plain page starts empty.
      await other.page.goto(`${demo.url}/examples/quick-scan.html`);
      await other.page
        .locator('aims-questionnaire')
        .getByRole('checkbox', { name: /use AI tools or services/ })
        .waitFor();
      assert.equal(
        await other.page
          .locator('aims-questionnaire')
          .getByRole('checkbox', { name: /use AI tools or services/ })
          .isChecked(),
        false,
      );
      assert.equal(
        await other.page.getByRole('region', { name: 'Your result' }).isVisible(),
        false,
      );
      assert.deepEqual(other.errors, []);
      await other.context.close();
    },
  );

  it(
    "says so when a shared link is damaged, and keeps the visitor's own draft apart",
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${demo.url}/examples/quick-scan.html#r=not-a-real-result`);
      await page.getByText(/This link could not be read/).waitFor();
      assert.equal(await page.getByRole('region', { name: /result/i }).isVisible(), false);
      await page.getByRole('link', { name: 'Take the quick scan yourself' }).click();
      await page.waitForURL(/quick-scan\.html$/);
      const box = page
        .locator('aims-questionnaire')
        .getByRole('checkbox', { name: /use AI tools or services/ });
      await box.click();
      assert.equal(await box.isChecked(), true, 'the own scan is editable again');
      assert.deepEqual(errors, []);
      await context.close();
    },
  );
});
