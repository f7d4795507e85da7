// The supplier self-assessment round trip (examples/procurement) on the buyer's intake
// (aimskit/server, mounted at /api/ of the demo server on the embedded database), as its people
// act: the buyer chooses questions and sends four suppliers their own links; three answer in their
// browsers (evidence, AI systems, a plan for a gap) and send signed answers, which the intake
// verifies and re-scores (tampered copies refused by path); the portfolio shows all four, the
// unanswered one overdue; the buyer reviews one supplier, sees its open actions and asks a
// follow-up, which the supplier's link then shows; the supplier's second round reaches the
// portfolio.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { accessibilityViolations, startDemo, type Demo } from './harness.js';

const API_KEY = 'procurement-e2e-buyer-key';
const POLICY = /Do you have an AI policy/;
const ROLES = /Is a named person or team accountable/;
/** Why a supplier answers "Partly" or "No": the pack asks a reason for both. */
const WHY = 'In place for the main product line; the rest follows this year.';

async function explain(question: Locator, choice: string): Promise<void> {
  if (choice === 'Partly' || choice === 'No')
    await question.getByRole('textbox', { name: /Why\?/ }).fill(WHY);
}

/**
 * A supplier answers the three requested questions; `policy` and `roles` are the option labels
 * chosen (with a reason where one is needed).
 */
async function answer(
  page: Page,
  company: string,
  policy: string,
  roles: string,
  evidence?: { name: string; bytes: Buffer },
): Promise<void> {
  await page.getByRole('textbox', { name: /Company name/ }).fill(company);
  await page.getByRole('button', { name: 'Next' }).click();
  const policyQuestion = page.getByRole('group', { name: POLICY });
  await policyQuestion.getByRole('radio', { name: policy, exact: true }).check();
  await explain(policyQuestion, policy);
  if (evidence) {
    await policyQuestion.getByRole('button', { name: /Comment and evidence/ }).click();
    await policyQuestion
      .getByRole('textbox', { name: 'Describe how you do this' })
      .fill('Approved by the board in March; reviewed yearly.');
    await policyQuestion
      .getByLabel(/Attach evidence files/)
      .setInputFiles({ name: evidence.name, mimeType: 'application/pdf', buffer: evidence.bytes });
    await policyQuestion.getByText(evidence.name, { exact: true }).waitFor();
  }
  const rolesQuestion = page.getByRole('group', { name: ROLES });
  await rolesQuestion.getByRole('radio', { name: roles, exact: true }).check();
  await explain(rolesQuestion, roles);
}

/** Posts to the intake from the test, as a script or an attacker would. */
async function post(url: string, body: unknown) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    json: (await response.json()) as { problems?: { path: string; message: string }[] },
  };
}

describe('procurement round trip (examples/procurement) on the intake', () => {
  let demo: Demo;
  before(async () => {
    // The intake plugin takes the buyer key from here rather than making one.
    process.env.AIMSKIT_API_KEY = API_KEY;
    demo = await startDemo();
  });
  after(async () => demo?.close());

  it(
    'four requests → three suppliers answer, signed → portfolio → review with open actions → follow-up → round 2',
    { timeout: 300_000 },
    async () => {
      // 1. The buyer opens the link the server prints (the key after the #) and cuts the pack.
      const buyer = await demo.newPage();
      buyer.page.setDefaultTimeout(30_000);
      await buyer.page.goto(`${demo.url}/examples/procurement/buyer.html#key=${API_KEY}`);
      await buyer.page.getByText('Signed in: your server accepts this key.').waitFor();
      assert.doesNotMatch(buyer.page.url(), /key=/, 'the key leaves the address bar');
      await buyer.page.getByRole('button', { name: 'Choose none' }).click();
      await buyer.page.getByRole('checkbox', { name: 'Company name', exact: true }).check();
      await buyer.page.getByRole('checkbox', { name: POLICY }).check();
      await buyer.page.getByRole('checkbox', { name: ROLES }).check();
      await buyer.page.getByText(/^3 of \d+ questions chosen/).waitFor();

      const links = new Map<string, string>();
      const requests: [string, string][] = [
        ['Acme AI', '2027-06-30'],
        ['Beta Models', '2027-06-30'],
        ['Gamma Vision', ''],
        ['Delta Late', '2026-01-15'],
      ];
      for (const [supplier, due] of requests) {
        await buyer.page.getByLabel('Supplier', { exact: true }).fill(supplier);
        await buyer.page.getByLabel(/Answers due by/).fill(due);
        await buyer.page.getByRole('button', { name: 'Create request' }).click();
        await buyer.page.getByRole('heading', { name: `Request for ${supplier}` }).waitFor();
        const link = await buyer.page.getByLabel(/Link for the supplier/).inputValue();
        assert.match(link, /\/examples\/procurement\/supplier\.html#token=[A-Za-z0-9_-]{43}$/);
        links.set(supplier, link);
      }
      assert.equal(new Set(links.values()).size, 4, 'every supplier has its own link');
      assert.deepEqual(await accessibilityViolations(buyer.page), [], 'the buyer page');
      const definitions = (await (
        await fetch(`${demo.url}/api/definitions`, {
          headers: { authorization: `Bearer ${API_KEY}` },
        })
      ).json()) as { definitions: { id: string; registered: boolean }[] };
      const cuts = definitions.definitions.filter((each) => each.registered);
      assert.equal(cuts.length, 1, 'the same cut is registered once');
      assert.match(cuts[0]!.id, /^iso42001-supplier\.cut-/);
      // Without the key, the intake shows nothing.
      assert.equal((await fetch(`${demo.url}/api/portfolio`)).status, 401);

      // 2. Acme answers with an evidence file, declares a system, plans its gap, reloads, sends.
      const acme = await demo.newPage();
      acme.page.setDefaultTimeout(30_000);
      await acme.page.goto(links.get('Acme AI')!);
      await acme.page.getByText('Opened the request for Acme AI.').waitFor();
      const pdf = Buffer.from('%PDF-1.4\n% AI policy of Acme AI, approved 2026-03-02\n%%EOF\n');
      await answer(acme.page, 'Acme AI GmbH', 'Yes', 'Partly', {
        name: 'ai-policy.pdf',
        bytes: pdf,
      });
      const inventory = acme.page.locator('#systems aims-inventory');
      await inventory.getByRole('button', { name: 'Add an AI system' }).click();
      await inventory.locator('input[name=name]').fill('Acme Screener');
      await inventory.locator('input[name=roles][value=provider]').check();
      await inventory.getByRole('button', { name: 'Save system' }).click();
      await inventory.getByRole('row').filter({ hasText: 'Acme Screener' }).waitFor();
      // "Partly" is below target: the plan proposes an action, which Acme accepts.
      const gap = acme.page.locator('#plan [part~=item][data-entry$=":sup-roles"]');
      await gap.getByRole('button', { name: 'Accept' }).click();
      await gap.locator('input[name=owner]').fill('Head of AI delivery');
      await gap.locator('input[name=due]').fill('2027-03-31');
      await gap.getByRole('button', { name: 'Save' }).click();
      await acme.page.waitForFunction(() =>
        [
          ...(document
            .querySelector('#plan aims-action-plan')
            ?.shadowRoot?.querySelectorAll('[data-entry$=":sup-roles"]') ?? []),
        ].some((entry) => entry.getAttribute('data-state') === 'open'),
      );
      assert.deepEqual(await accessibilityViolations(acme.page), [], 'the supplier page');
      await acme.page.waitForTimeout(800); // autosave runs 250 ms after the last change
      await acme.page.reload();
      await acme.page.getByText('Opened the request for Acme AI.').waitFor();
      assert.equal(
        await acme.page.getByRole('textbox', { name: /Company name/ }).inputValue(),
        'Acme AI GmbH',
        'answers survive a reload',
      );
      const [sent] = await Promise.all([
        acme.page.waitForRequest((request) => request.method() === 'POST'),
        acme.page.getByRole('button', { name: 'Send signed answers to the buyer' }).click(),
      ]);
      // Yes (1) and Partly (0.5), weight 1 each: 75, by the server's own count.
      await acme.page
        .getByText(/Received by the buyer's server as round 1, verified, with readiness 75%/)
        .waitFor();
      const bundle = JSON.parse(sent.postData()!) as {
        files: { data: string }[];
        envelope: {
          signature: { alg: string };
          response: { answers: Record<string, { value: unknown }>; actions: unknown[] };
        };
      };
      assert.equal(bundle.envelope.signature.alg, 'ES256');
      assert.deepEqual(
        Buffer.from(bundle.files[0]!.data, 'base64'),
        pdf,
        'evidence, byte for byte',
      );
      assert.equal(bundle.envelope.response.actions.length, 1, 'the plan travels, sealed');

      // Tampered copies sent to Acme's link are refused, each with its path; nothing is stored.
      const copy = () => JSON.parse(JSON.stringify(bundle)) as typeof bundle;
      const forgedFile = copy();
      const forged = Buffer.from(pdf);
      forged[20] = forged[20]! ^ 1;
      forgedFile.files[0]!.data = forged.toString('base64');
      const changedAnswer = copy();
      changedAnswer.envelope.response.answers['sup-roles']!.value = 'yes';
      for (const [what, tampered, path] of [
        ['evidence', forgedFile, /^files\[0\]\.data$/],
        ['answer', changedAnswer, /^envelope\./],
      ] as const) {
        const refused = await post(sent.url(), tampered);
        assert.equal(refused.status, 422, what);
        assert.ok(
          refused.json.problems?.some((each) => path.test(each.path)),
          `${what}: ${JSON.stringify(refused.json)}`,
        );
      }
      assert.equal(
        (await post(sent.url(), bundle)).status,
        200,
        'the same file again: no new round',
      );
      const wrongLink = sent.url().replace(/[A-Za-z0-9_-]{43}$/, 'x'.repeat(43));
      assert.equal((await post(wrongLink, bundle)).status, 404, 'a made-up link opens nothing');

      // 3. Beta answers Partly and No and finishes in the questionnaire; Gamma answers Yes, Yes.
      const beta = await demo.newPage();
      beta.page.setDefaultTimeout(30_000);
      await beta.page.goto(links.get('Beta Models')!);
      await beta.page.getByText('Opened the request for Beta Models.').waitFor();
      await answer(beta.page, 'Beta Models Ltd', 'Partly', 'No');
      await beta.page.locator('aims-questionnaire').getByRole('button', { name: 'Finish' }).click();
      await beta.page.getByText(/as round 1, verified, with readiness 25%/).waitFor();
      const gamma = await demo.newPage();
      gamma.page.setDefaultTimeout(30_000);
      await gamma.page.goto(links.get('Gamma Vision')!);
      await gamma.page.getByText('Opened the request for Gamma Vision.').waitFor();
      await answer(gamma.page, 'Gamma Vision SA', 'Yes', 'Yes');
      await gamma.page.getByRole('button', { name: 'Send signed answers to the buyer' }).click();
      await gamma.page.getByText(/as round 1, verified, with readiness 100%/).waitFor();

      // 4. The portfolio: the three figures the server computed, Delta overdue.
      await buyer.page.getByRole('button', { name: 'Refresh' }).click();
      const row = (supplier: string) =>
        buyer.page
          .locator('aims-supplier-portfolio tr[data-request]')
          .filter({ hasText: supplier });
      await row('Acme AI').filter({ hasText: '75' }).waitFor();
      assert.equal(await buyer.page.locator('aims-supplier-portfolio tr[data-request]').count(), 4);
      assert.match(await row('Beta Models').innerText(), /\b25\b/);
      assert.match(await row('Gamma Vision').innerText(), /\b100\b/);
      assert.match(await row('Delta Late').innerText(), /overdue/i);
      assert.doesNotMatch(await row('Gamma Vision').innerText(), /overdue/i);

      // 5. The buyer reviews Acme: its system, its open action, the answers; asks a follow-up.
      await row('Acme AI').getByRole('button', { name: 'Acme AI' }).click();
      await buyer.page.waitForURL(/review\.html#request=/);
      const review = buyer.page;
      await review.getByRole('heading', { name: 'Review: Acme AI' }).waitFor();
      assert.match(
        await review.locator('#review > p').first().innerText(),
        /^Round 1 of 1, received \d{4}-\d\d-\d\d; readiness 75% by your server's count\. Signed/,
      );
      await review
        .locator('#review aims-inventory')
        .getByRole('row')
        .filter({ hasText: 'Acme Screener' })
        .waitFor();
      assert.equal(
        await review.locator('#supplier-plan-summary').innerText(),
        "1 of the supplier's 1 recorded action(s) are open.",
      );
      await review
        .locator('#review aims-action-plan [part~=item][data-state=open]')
        .filter({ hasText: 'Head of AI delivery' })
        .waitFor();
      assert.deepEqual(await accessibilityViolations(review), [], 'the review page');
      const items = review.locator('#review-list > li');
      assert.equal(await items.count(), 3);
      assert.match(await items.nth(1).innerText(), /Answer: Yes/);
      await items.nth(1).getByRole('link', { name: 'ai-policy.pdf' }).waitFor();
      await items.nth(0).getByRole('radio', { name: 'Accept' }).check();
      await items.nth(1).getByRole('radio', { name: 'Accept' }).check();
      await items.nth(2).getByRole('radio', { name: 'Follow up' }).check();
      const note = items.nth(2).getByLabel(/Note to the supplier/);
      await note.fill('Please attach the RACI chart for the AI team.');
      await note.press('Tab');
      await review.getByRole('button', { name: 'Save decisions' }).click();
      await review
        .getByText('Saved. Acme AI sees 1 answer(s) to revisit when it opens its link again.')
        .waitFor();
      // The decisions are kept on the intake: a reload shows them.
      await review.reload();
      await review.getByRole('heading', { name: 'Review: Acme AI' }).waitFor();
      assert.equal(await items.nth(2).getByRole('radio', { name: 'Follow up' }).isChecked(), true);

      // 6. Acme's link now shows the follow-up with the note, at the question; round 2 follows.
      await acme.page.reload();
      await acme.page
        .getByText("Buyer's note: Please attach the RACI chart for the AI team.")
        .waitFor();
      await acme.page.getByText('The buyer asks you to revisit 1 answer(s).').waitFor();
      const roles = acme.page.getByRole('group', { name: ROLES });
      await roles.waitFor();
      const focused = await acme.page.evaluate(() => {
        let element: Element | null = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.closest('[data-question]')?.getAttribute('data-question') ?? null;
      });
      assert.equal(focused, 'sup-roles', 'the questionnaire opens at the answer to revisit');
      await roles.getByRole('radio', { name: 'Yes', exact: true }).check();
      await acme.page.getByRole('button', { name: 'Send signed answers to the buyer' }).click();
      await acme.page.getByText(/as round 2, verified, with readiness 100%/).waitFor();

      await review.goto(`${demo.url}/examples/procurement/buyer.html`);
      await row('Acme AI').filter({ hasText: '100' }).waitFor();
      // Both rounds kept: the portfolio compares them, objective by objective.
      await row('Acme AI').getByRole('button', { name: 'Compare rounds 1 and 2' }).click();
      const comparison = buyer.page.locator('aims-supplier-portfolio [part~=comparison]');
      await comparison.getByRole('heading', { name: /Acme AI/ }).waitFor();
      assert.match(await comparison.innerText(), /75[\s\S]*100[\s\S]*\+25/);

      for (const each of [buyer, acme, beta, gamma]) assert.deepEqual(each.errors, []);
      await Promise.all([buyer, acme, beta, gamma].map((each) => each.context.close()));
    },
  );
});
