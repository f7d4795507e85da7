// The supplier self-assessment round trip (examples/procurement), as its people act: the buyer
// chooses questions and makes a request, two suppliers open the link, answer with evidence and
// download signed responses, the buyer's server verifies them (and rejects tampered copies), the
// buyer compares and reviews, and a follow-up file brings the supplier back to the question in
// doubt.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { root, startDemo, type Demo } from './harness.js';

const POLICY = /Do you have an AI policy/;
const ROLES = /Is a named person or team accountable/;

/**
 * Starts examples/procurement/server.mjs on a free loopback port (as `npm run example:procurement`
 * does).
 */
function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [`${root}examples/procurement/server.mjs`, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
}

async function post(
  url: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, any> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
}

/** Clicks `button` and returns the downloaded file's path and parsed JSON. */
async function download(page: Page, button: string | RegExp): Promise<{ path: string; json: any }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await dl.path();
  return { path, json: JSON.parse(await readFile(path, 'utf8')) };
}

/** Why a supplier answers "Partly": the pack asks a reason for it, as for "No". */
const PARTLY_WHY = 'In place for the main product line; the rest follows this year.';

/** Fills the reason an answer needs when `choice` is "Partly". */
async function explainPartly(question: Locator, choice: string): Promise<void> {
  if (choice === 'Partly') await question.getByRole('textbox', { name: /Why\?/ }).fill(PARTLY_WHY);
}

/**
 * A supplier answers the three requested questions; `policy` and `roles` are the option labels
 * chosen (with a reason for "Partly").
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
  const policyQ = page.getByRole('group', { name: POLICY });
  await policyQ.getByRole('radio', { name: policy, exact: true }).check();
  await explainPartly(policyQ, policy);
  if (evidence) {
    await policyQ.getByRole('button', { name: /Comment and evidence/ }).click();
    await policyQ
      .getByRole('textbox', { name: 'Describe how you do this' })
      .fill('Approved by the board in March; reviewed yearly.');
    await policyQ
      .getByLabel(/Attach evidence files/)
      .setInputFiles({ name: evidence.name, mimeType: 'application/pdf', buffer: evidence.bytes });
    await policyQ.getByText(evidence.name, { exact: true }).waitFor();
  }
  const rolesQ = page.getByRole('group', { name: ROLES });
  await rolesQ.getByRole('radio', { name: roles, exact: true }).check();
  await explainPartly(rolesQ, roles);
}

describe('procurement round trip (examples/procurement)', () => {
  let demo: Demo;
  let server: { url: string; child: ChildProcess };
  before(async () => {
    [demo, server] = await Promise.all([startDemo(), startServer()]);
  });
  after(async () => {
    server?.child.kill();
    await demo?.close();
  });

  it(
    'request → signed answers with evidence → server verifies, rejects tampering → review → follow-up reopens the question',
    { timeout: 180_000 },
    async () => {
      // 1. The buyer chooses three questions and makes the request.
      const buyer = await demo.newPage();
      buyer.page.setDefaultTimeout(20_000);
      await buyer.page.goto(`${demo.url}/examples/procurement/buyer.html`);
      await buyer.page.getByRole('button', { name: 'Choose none' }).click();
      await buyer.page.getByRole('checkbox', { name: 'Company name', exact: true }).check();
      await buyer.page.getByRole('checkbox', { name: POLICY }).check();
      await buyer.page.getByRole('checkbox', { name: ROLES }).check();
      assert.match(
        await buyer.page.getByRole('status').first().innerText(),
        /^3 of \d+ questions chosen/,
      );
      await buyer.page.getByLabel('Your organisation').fill('Northwind Procurement');
      await buyer.page.getByRole('button', { name: 'Create request' }).click();
      const request = await download(buyer.page, 'Download request file');
      assert.equal(request.json.format, 'aimskit-example.request/1');
      assert.equal(request.json.buyer, 'Northwind Procurement');
      assert.match(request.json.definition.id, /^iso42001-supplier\.rq-/);
      assert.deepEqual(
        request.json.definition.sections.flatMap((s: any) => s.questions.map((q: any) => q.id)),
        ['sup-company', 'sup-ai-policy', 'sup-roles'],
      );
      const link = await buyer.page.getByLabel(/Link for the supplier/).inputValue();
      assert.match(link, /supplier\.html#request=[A-Za-z0-9_-]+$/);
      // The buyer registers the request with the server from the page.
      await buyer.page.getByLabel('Server address').fill(server.url);
      await buyer.page.getByRole('button', { name: 'Register the request' }).click();
      await buyer.page.getByText(/^Registered: the server will check responses/).waitFor();

      // 2. The first supplier opens the link, answers with a description and an evidence file,
      // reloads, downloads.
      const acme = await demo.newPage();
      acme.page.setDefaultTimeout(20_000);
      await acme.page.goto(link);
      await acme.page.getByText(/^Opened request rq-.* from Northwind Procurement\.$/).waitFor();
      const pdf = Buffer.from('%PDF-1.4\n% AI policy of Acme AI, approved 2026-03-02\n%%EOF\n');
      await answer(acme.page, 'Acme AI GmbH', 'Yes', 'Partly', {
        name: 'ai-policy.pdf',
        bytes: pdf,
      });
      // The pack expects the delivered AI systems declared: the supplier adds one.
      const inventory = acme.page.locator('#systems aims-inventory');
      await inventory.getByRole('button', { name: 'Add an AI system' }).click();
      await inventory.locator('input[name=name]').fill('Acme Screener');
      await inventory.locator('input[name=roles][value=provider]').check();
      await inventory.getByRole('button', { name: 'Save system' }).click();
      await inventory.getByRole('row').filter({ hasText: 'Acme Screener' }).waitFor();
      await acme.page.waitForTimeout(400); // autosave runs 250 ms after the last change
      await acme.page.reload();
      await acme.page.getByText(/^Opened request/).waitFor();
      assert.equal(
        await acme.page.getByRole('textbox', { name: /Company name/ }).inputValue(),
        'Acme AI GmbH',
        'answers survive a reload',
      );
      await acme.page.getByRole('button', { name: 'Next' }).click();
      await acme.page
        .getByRole('group', { name: POLICY })
        .getByRole('button', { name: 'Comment and evidence (2)' })
        .waitFor();
      assert.equal(
        await acme.page
          .getByRole('group', { name: ROLES })
          .getByRole('radio', { name: 'Partly' })
          .isChecked(),
        true,
        'answers survive a reload',
      );
      const acmeBundle = await download(acme.page, 'Download signed response');
      assert.equal(acmeBundle.json.format, 'aimskit.bundle/1');
      assert.equal(acmeBundle.json.envelope.signature.alg, 'ES256');
      assert.equal(acmeBundle.json.files.length, 1);
      assert.deepEqual(
        acmeBundle.json.envelope.response.systems.map((system: { name: string }) => system.name),
        ['Acme Screener'],
        'the declared systems travel in the signed response',
      );
      assert.deepEqual(
        Buffer.from(acmeBundle.json.files[0].data, 'base64'),
        pdf,
        'the evidence file travels byte for byte',
      );

      // 3. The server verifies and re-scores it: Yes (1) and Partly (0.5), weight 1 each, is 75.
      const ok = await post(`${server.url}/api/responses`, acmeBundle.json);
      assert.equal(ok.status, 200, JSON.stringify(ok.json));
      assert.equal(ok.json.status, 'accepted');
      assert.equal(ok.json.supplier, 'Acme AI GmbH');
      assert.equal(ok.json.readiness, 75);
      assert.equal(ok.json.signed, true);
      assert.equal(ok.json.evidenceFiles, 1);
      assert.match(
        await acme.page.locator('#thumbprint').innerText(),
        new RegExp(`^${ok.json.keyThumbprint}$`),
        'the server names the key the supplier page shows',
      );

      // Tampered copies are rejected, each with its reason.
      const copy = () => JSON.parse(JSON.stringify(acmeBundle.json));
      const evidence = copy();
      const forged = Buffer.from(pdf);
      forged[20] = forged[20]! ^ 1;
      evidence.files[0].data = forged.toString('base64');
      const answerChanged = copy();
      answerChanged.envelope.response.answers['sup-roles'].value = 'yes';
      const scoreChanged = copy();
      scoreChanged.envelope.scorecard.overall.readiness = 95;
      for (const [what, bundle, path] of [
        ['evidence', evidence, /^files\[0\]\.data$/],
        ['answer', answerChanged, /^envelope\./],
        ['score', scoreChanged, /^envelope\./],
      ] as const) {
        const res = await post(`${server.url}/api/responses`, bundle);
        assert.equal(res.status, 422, `${what}: ${JSON.stringify(res.json)}`);
        assert.equal(res.json.status, 'rejected');
        assert.ok(
          res.json.reasons.some((r: any) => path.test(r.path)),
          `${what}: ${JSON.stringify(res.json.reasons)}`,
        );
      }
      const evidenceReasons = (await post(`${server.url}/api/responses`, evidence)).json.reasons;
      assert.ok(
        evidenceReasons.some((r: any) => /SHA-256/.test(r.message)),
        JSON.stringify(evidenceReasons),
      );
      const scoreReasons = (await post(`${server.url}/api/responses`, scoreChanged)).json.reasons;
      assert.ok(
        scoreReasons.some((r: any) => /scorecard|sha256/.test(r.path)),
        JSON.stringify(scoreReasons),
      );
      const huge = await fetch(`${server.url}/api/responses`, {
        method: 'POST',
        body: 'x'.repeat(21 * 1024 * 1024),
      }).catch((e: Error) => e);
      assert.ok(huge instanceof Error || huge.status === 413, 'an oversized upload is refused');

      // A second supplier answers too (no evidence): it picks Partly and No, each with the reason
      // it needs.
      const beta = await demo.newPage();
      beta.page.setDefaultTimeout(20_000);
      await beta.page.goto(link);
      await beta.page.getByText(/^Opened request/).waitFor();
      await answer(beta.page, 'Beta Models Ltd', 'Partly', 'No');
      await beta.page
        .getByRole('group', { name: ROLES })
        .getByRole('textbox', { name: /Why\?/ })
        .fill('A product owner is being appointed this quarter.');
      const betaBundle = await download(beta.page, 'Finish'); // the questionnaire's own Finish makes the same signed file
      const betaOk = await post(`${server.url}/api/responses`, betaBundle.json);
      assert.equal(betaOk.json.readiness, 25, JSON.stringify(betaOk.json));

      // 4. The buyer opens the request, both responses and a tampered copy side by side.
      const review = await buyer.context.newPage();
      review.setDefaultTimeout(20_000);
      const reviewErrors: string[] = [];
      review.on('pageerror', (e) => reviewErrors.push(e.message));
      await review.goto(`${demo.url}/examples/procurement/review.html`);
      const asFile = async (name: string, path: string) => ({
        name,
        mimeType: 'application/json',
        buffer: await readFile(path),
      });
      await review.getByLabel(/Open the request file/).setInputFiles([
        await asFile('request.json', request.path),
        await asFile('acme.json', acmeBundle.path),
        await asFile('beta.json', betaBundle.path),
        {
          name: 'tampered.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(evidence)),
        },
      ]);
      await review.getByText(/1 request\(s\) and 2 supplier response\(s\) open/).waitFor();
      assert.match(
        await review.getByRole('alert').innerText(),
        /tampered\.json was rejected[\s\S]*files\[0\]\.data/,
      );
      const acmeCard = review.getByRole('article', { name: 'Acme AI GmbH' });
      const betaCard = review.getByRole('article', { name: 'Beta Models Ltd' });
      await acmeCard.locator('aims-scorecard').getByText(/75/).first().waitFor();
      await betaCard.locator('aims-scorecard').getByText(/25/).first().waitFor();

      // Review Acme: accept two answers, ask a follow-up on the third with a note, send the
      // follow-up file.
      await acmeCard.getByRole('button', { name: 'Review Acme AI GmbH' }).click();
      await review
        .locator('#review aims-inventory')
        .getByRole('row')
        .filter({ hasText: 'Acme Screener' })
        .waitFor();
      const items = review.locator('#review-list > li');
      assert.equal(await items.count(), 3);
      assert.match(await items.nth(1).innerText(), /Answer: Yes/);
      await items.nth(1).getByRole('link', { name: 'ai-policy.pdf' }).waitFor();
      await items.nth(0).getByRole('radio', { name: 'Accept' }).check();
      await items.nth(1).getByRole('radio', { name: 'Accept' }).check();
      await items.nth(2).getByRole('radio', { name: 'Follow up' }).check();
      await items
        .nth(2)
        .getByLabel(/Note to the supplier/)
        .fill('Please attach the RACI chart for the AI team.');
      await items
        .nth(2)
        .getByLabel(/Note to the supplier/)
        .press('Tab');
      const followUp = await download(review, 'Download follow-up file');
      assert.equal(followUp.json.format, 'aimskit-example.follow-up/1');
      assert.deepEqual(followUp.json.items, [
        {
          question: 'sup-roles',
          state: 'follow-up',
          note: 'Please attach the RACI chart for the AI team.',
        },
      ]);
      assert.equal(followUp.json.request.id, request.json.id);

      // A gap in Beta's card opens Beta's answers at that question.
      await betaCard.getByRole('button', { name: ROLES }).click();
      await review.getByRole('heading', { name: 'Review: Beta Models Ltd' }).waitFor();
      await review
        .locator('#review aims-questionnaire')
        .getByRole('heading', { name: 'Management system, policy and people' })
        .waitFor();

      // 5. Acme opens the follow-up: the questionnaire reopens at that question with the buyer's
      // note.
      await acme.page.getByLabel(/Open a request or follow-up file/).setInputFiles(followUp.path);
      await acme.page
        .getByText("Buyer's note: Please attach the RACI chart for the AI team.")
        .waitFor();
      const roles = acme.page.getByRole('group', { name: ROLES });
      await roles.waitFor();
      assert.equal(
        await roles.getByRole('radio', { name: 'Partly' }).isChecked(),
        true,
        'the draft is still there',
      );
      const focused = await acme.page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.closest('[data-question]')?.getAttribute('data-question') ?? null;
      });
      assert.equal(focused, 'sup-roles');

      if (process.env.PROCUREMENT_SHOTS) {
        await review.screenshot({
          path: `${process.env.PROCUREMENT_SHOTS}/review.png`,
          fullPage: true,
        });
        await acme.page.screenshot({
          path: `${process.env.PROCUREMENT_SHOTS}/supplier.png`,
          fullPage: true,
        });
        await buyer.page.screenshot({
          path: `${process.env.PROCUREMENT_SHOTS}/buyer.png`,
          fullPage: true,
        });
      }
      for (const p of [buyer, acme, beta]) assert.deepEqual(p.errors, []);
      assert.deepEqual(reviewErrors, []);
      await Promise.all([buyer.context.close(), acme.context.close(), beta.context.close()]);
    },
  );
});
