import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, type Demo } from './harness.js';

describe('the demo (npm start)', () => {
  let demo: Demo;
  before(async () => {
    demo = await startDemo();
  });
  after(async () => {
    await demo?.close();
  });

  it('serves the start page, which links the example pages', async () => {
    const { page, errors, context } = await demo.newPage();
    await page.goto(`${demo.url}/`);
    await page.waitForURL(/examples\/index\.html$/);
    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    assert.ok(links.includes('./validate.html'), `links: ${links.join(', ')}`);
    assert.ok(links.includes('./questionnaire.html'), `links: ${links.join(', ')}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('validates a definition in the validator page, listing problems by path', async () => {
    const { page, errors, context } = await demo.newPage();
    await page.goto(`${demo.url}/examples/validate.html?sample=broken`);
    await page.getByRole('button', { name: /validate/i }).click();
    const text = await page.locator('body').innerText();
    assert.match(text, /sections\[\d+\]/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
