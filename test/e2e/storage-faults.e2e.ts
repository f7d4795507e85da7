// Storage faults as a user meets them, on examples/storage.html (the full assessment, saved under
// the definition's id): a reload in the middle of typing, IndexedDB refused, the storage full while
// saving evidence, a record damaged on disk, a database left by an older version, and two tabs on
// one assessment. In each case nothing accepted is lost and the user is told. The faults come from
// the browser's side (an init script that makes IndexedDB refuse or fill up, raw IndexedDB writes
// from a page of the same origin); aimskit's own code is never patched or called.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemo, type Demo } from './harness.js';

const SYSTEMS = /Which AI systems are in the scope of your AI management system/;
const HIGH_RISK = /Could any of these AI systems be high-risk/;
const CONTEXT = /Have you worked out which internal and external factors/;
const PARTIES = /Do you know who has a stake in your AI systems/;
const SAVE_PROBLEM = /cannot be saved in this browser/;

const question = (page: Page, name: RegExp) =>
  page.locator('aims-questionnaire').getByRole('group', { name });
const systemsBox = (page: Page) =>
  page.locator('aims-questionnaire').getByRole('textbox', { name: SYSTEMS });
const radio = (page: Page, q: RegExp, option: string) =>
  question(page, q).getByRole('radio', { name: option, exact: true });
/** The storage notice of <aims-assessment> (role alert), by what it says. */
const notice = (page: Page, text: RegExp) =>
  page.locator('aims-assessment').getByRole('alert').filter({ hasText: text });
/** The host page's log of aims-storage-error events. */
const logged = async (page: Page) =>
  page.getByRole('list', { name: 'Storage problems' }).locator('li').allInnerTexts();
const openSection = (page: Page, start: RegExp) =>
  page.locator('aims-questionnaire').getByRole('button', { name: start }).click();

/** Opens the page and waits for the questionnaire (the assessment has loaded the draft). */
async function open(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/examples/storage.html`);
  await systemsBox(page).waitFor();
}

/**
 * Runs `fn` in a page of the same origin that does not open the store (the demo start page): raw
 * IndexedDB.
 */
async function onDisk<T>(context: BrowserContext, base: string, fn: () => Promise<T>): Promise<T> {
  const page = await context.newPage();
  await page.goto(`${base}/examples/index.html`);
  const out = await page.evaluate(fn);
  await page.close();
  return out;
}

describe('storage faults, as the user meets them', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it(
    'reload in the middle of typing: the text typed before the reload is there',
    { timeout: 90_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await open(page, demo.url);
      let expected = '';
      // Three rounds: each types and reloads at once, well inside the autosave's debounce.
      for (const words of [
        'Support chatbot (answers customers)',
        '; CV screening tool',
        '; fraud scoring model v2',
      ]) {
        await systemsBox(page).click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type(words);
        expected += words;
        await page.reload();
        await systemsBox(page).waitFor();
        assert.equal(await systemsBox(page).inputValue(), expected);
      }
      // A choice made and the tab closed at once: a new tab finds it.
      await radio(page, HIGH_RISK, 'No').check();
      await page.close();
      const again = await context.newPage();
      await open(again, demo.url);
      assert.equal(await radio(again, HIGH_RISK, 'No').isChecked(), true);
      assert.equal(await systemsBox(again).inputValue(), expected);
      assert.equal(await notice(again, /./).count(), 0, 'no storage notice');
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'IndexedDB refused by the browser: a visible notice, work continues in memory',
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      // What a browser that refuses storage does (private modes, site data blocked): `open` throws.
      await page.addInitScript(() => {
        IDBFactory.prototype.open = function open() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      });
      await open(page, demo.url);
      await notice(page, SAVE_PROBLEM).waitFor();
      assert.match(await notice(page, SAVE_PROBLEM).innerText(), /keep working/);
      const log = await logged(page);
      assert.equal(log.length, 1, `one event: ${log.join(' | ')}`);
      assert.match(log[0]!, /^responses\/iso42001: /);

      await radio(page, HIGH_RISK, 'Not sure yet').check();
      await systemsBox(page).fill('Support chatbot');
      await openSection(page, /^Clause 4/);
      await radio(page, CONTEXT, 'Defined').check();
      await openSection(page, /^Scope/);
      assert.equal(await radio(page, HIGH_RISK, 'Not sure yet').isChecked(), true);
      assert.equal(await systemsBox(page).inputValue(), 'Support chatbot');
      await openSection(page, /^Clause 4/);
      assert.equal(await radio(page, CONTEXT, 'Defined').isChecked(), true);
      assert.equal((await logged(page)).length, 1, 'told once, not on every change');
      assert.equal(await notice(page, SAVE_PROBLEM).count(), 1, 'the notice stays');
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'storage full while saving evidence: the user is told, and the answers survive a reload',
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      // The browser's quota is exhausted by the file's bytes: a put of a Blob fails as a full disk
      // does.
      await page.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (
          this: IDBObjectStore,
          ...args: Parameters<IDBObjectStore['put']>
        ) {
          const v = args[0] as { blob?: unknown } | null;
          if (v instanceof Blob || (v && typeof v === 'object' && v.blob instanceof Blob)) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return put.apply(this, args);
        };
      });
      await open(page, demo.url);
      await openSection(page, /^Clause 4/);
      await radio(page, CONTEXT, 'Defined').check();
      const q = question(page, CONTEXT);
      await q.getByRole('button', { name: /^Comment and evidence/ }).click();
      await q.getByLabel(/Attach evidence files/).setInputFiles({
        name: 'context-analysis.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 context'),
      });
      await notice(page, /storage is full/).waitFor();
      assert.match(await notice(page, /storage is full/).innerText(), SAVE_PROBLEM);
      // Work goes on: another answer, given after the failure.
      await radio(page, PARTIES, 'Managed').check();
      await q.getByRole('textbox', { name: 'Comment' }).fill('Reviewed by legal in May');
      await page.reload();
      await openSection(page, /^Clause 4/);
      assert.equal(
        await radio(page, CONTEXT, 'Defined').isChecked(),
        true,
        'the answer given with the file',
      );
      assert.equal(
        await radio(page, PARTIES, 'Managed').isChecked(),
        true,
        'the answer given after the failure',
      );
      await question(page, CONTEXT)
        .getByRole('button', { name: /^Comment and evidence/ })
        .click();
      assert.equal(
        await question(page, CONTEXT).getByRole('textbox', { name: 'Comment' }).inputValue(),
        'Reviewed by legal in May',
      );
      // The file itself could not be stored: after the reload it is not offered as if it were.
      assert.equal(
        await question(page, CONTEXT)
          .getByRole('listitem')
          .filter({ hasText: 'context-analysis.pdf' })
          .count(),
        0,
      );
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'a record damaged on disk: the notice names it, the rest loads',
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      await open(page, demo.url);
      await systemsBox(page).fill('Support chatbot');
      await radio(page, HIGH_RISK, 'No').check();
      await openSection(page, /^Clause 4/);
      await radio(page, CONTEXT, 'Managed').check();
      await page.close();
      // The disk holds a damaged answer inside the saved response (what a bug or a hand edit leaves
      // behind).
      const damaged = await onDisk(
        context,
        demo.url,
        () =>
          new Promise<string[]>((resolve, reject) => {
            const r = indexedDB.open('aimskit');
            r.onerror = () => reject(r.error);
            r.onsuccess = () => {
              const tx = r.result.transaction('responses', 'readwrite');
              const get = tx.objectStore('responses').get('iso42001');
              get.onsuccess = () => {
                const row = get.result;
                row.response.answers['scope-high-risk'] = { value: { yes: true } };
                tx.objectStore('responses').put(row);
              };
              tx.oncomplete = () => {
                r.result.close();
                resolve(Object.keys(get.result.response.answers));
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
      );
      assert.deepEqual(damaged.sort(), ['c4-1-context', 'scope-high-risk', 'scope-systems']);

      const again = await context.newPage();
      await open(again, demo.url);
      const told = notice(again, /scope-high-risk/);
      await told.waitFor();
      assert.doesNotMatch(
        await told.innerText(),
        SAVE_PROBLEM,
        'saving works: the notice is about reading',
      );
      assert.ok(
        (await logged(again)).some((l) => /scope-high-risk/.test(l)),
        'the host heard which record',
      );
      assert.equal(await systemsBox(again).inputValue(), 'Support chatbot');
      assert.equal(
        await radio(again, HIGH_RISK, 'No').isChecked(),
        false,
        'the damaged answer is left out',
      );
      await openSection(again, /^Clause 4/);
      assert.equal(await radio(again, CONTEXT, 'Managed').isChecked(), true);
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'a database left by an older version: migrated, the answers and the file are there',
    { timeout: 60_000 },
    async () => {
      const { page, errors, context } = await demo.newPage();
      page.setDefaultTimeout(15_000);
      // Version 1 of the layout: one `drafts` store keyed by definition id, evidence files inline.
      await onDisk(context, demo.url, async () => {
        const bytes = new TextEncoder().encode('Context analysis 2025');
        const sha256 = Array.from(
          new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)),
          (b) => b.toString(16).padStart(2, '0'),
        ).join('');
        const ref = {
          id: 'ev-old-1',
          name: 'context-2025.txt',
          type: 'text/plain',
          size: bytes.length,
          sha256,
        };
        await new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('aimskit', 1);
          r.onupgradeneeded = () => {
            r.result.createObjectStore('drafts', { keyPath: 'definitionId' });
          };
          r.onerror = () => reject(r.error);
          r.onsuccess = () => {
            const tx = r.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({
              definitionId: 'iso42001',
              definitionVersion: '1.0.0',
              title: 'Our readiness check',
              savedAt: '2025-06-01T09:00:00.000Z',
              response: {
                format: 'aimskit.response/1',
                definition: { id: 'iso42001', version: '1.0.0' },
                answers: {
                  'scope-systems': { value: 'Loan approval model' },
                  'c4-1-context': { value: '3', evidence: [ref] },
                },
              },
              files: { 'ev-old-1': new Blob([bytes], { type: 'text/plain' }) },
            });
            tx.oncomplete = () => {
              r.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
      });
      await open(page, demo.url);
      assert.equal(await systemsBox(page).inputValue(), 'Loan approval model');
      await openSection(page, /^Clause 4/);
      assert.equal(await radio(page, CONTEXT, 'Defined').isChecked(), true);
      await question(page, CONTEXT)
        .getByRole('button', { name: 'Comment and evidence (1)' })
        .click();
      await question(page, CONTEXT)
        .getByRole('listitem')
        .filter({ hasText: 'context-2025.txt' })
        .waitFor();
      assert.equal(await notice(page, /./).count(), 0, 'no storage notice');
      // Work after the migration is saved in the new layout.
      await radio(page, PARTIES, 'Defined').check();
      await page.reload();
      await openSection(page, /^Clause 4/);
      assert.equal(await radio(page, PARTIES, 'Defined').isChecked(), true);
      assert.equal(await radio(page, CONTEXT, 'Defined').isChecked(), true);
      const version = await page.evaluate(
        async () => (await indexedDB.databases()).find((d) => d.name === 'aimskit')?.version,
      );
      assert.equal(version, 2);
      assert.deepEqual(errors, []);
      await context.close();
    },
  );

  it(
    'two tabs: an answer in one appears in the other, and different answers in both are both kept',
    { timeout: 90_000 },
    async () => {
      const { page: a, errors, context } = await demo.newPage();
      a.setDefaultTimeout(15_000);
      await open(a, demo.url);
      const b = await context.newPage();
      b.setDefaultTimeout(15_000);
      const errorsB: string[] = [];
      b.on('pageerror', (e) => errorsB.push(e.message));
      await open(b, demo.url);

      await radio(a, HIGH_RISK, 'No').check();
      await assertSoon(() => radio(b, HIGH_RISK, 'No').isChecked(), "tab B shows tab A's answer");
      await systemsBox(b).fill('Chatbot; CV screening');
      await assertSoon(
        async () => (await systemsBox(a).inputValue()) === 'Chatbot; CV screening',
        "tab A shows tab B's text",
      );

      // Different answers at the same time, one in each tab.
      await openSection(a, /^Clause 4/);
      await openSection(b, /^Clause 4/);
      await Promise.all([
        radio(a, CONTEXT, 'Measured').check(),
        radio(b, PARTIES, 'Initial').check(),
      ]);
      // Each tab merges what it hears from the other (within the autosave's quarter second): both
      // show both.
      await assertSoon(
        () => radio(a, PARTIES, 'Initial').isChecked(),
        "tab A shows tab B's concurrent answer",
      );
      await assertSoon(
        () => radio(b, CONTEXT, 'Measured').isChecked(),
        "tab B shows tab A's concurrent answer",
      );
      // Each tab writes the merge back as soon as it hears the other; wait for those writes
      // (flushNow) before reloading both at once. A reload while one is under way flushes on
      // pagehide, but the browser may cut that write short (docs/persistence.md, two tabs).
      await Promise.all(
        [a, b].map((tab) =>
          tab.evaluate(() =>
            (
              document.querySelector('aims-assessment') as unknown as {
                flushNow(): Promise<void>;
              }
            ).flushNow(),
          ),
        ),
      );
      await Promise.all([a.reload(), b.reload()]);
      for (const p of [a, b]) {
        await systemsBox(p).waitFor();
        assert.equal(await radio(p, HIGH_RISK, 'No').isChecked(), true);
        assert.equal(await systemsBox(p).inputValue(), 'Chatbot; CV screening');
        await openSection(p, /^Clause 4/);
        assert.equal(await radio(p, CONTEXT, 'Measured').isChecked(), true, "tab A's answer");
        assert.equal(await radio(p, PARTIES, 'Initial').isChecked(), true, "tab B's answer");
      }
      assert.deepEqual([...errors, ...errorsB], []);
      await context.close();
    },
  );
});

/** Polls `check` until it holds (up to 5 s), then fails with `what`. */
async function assertSoon(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let n = 0; n < 100; n++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`never happened: ${what}`);
}
