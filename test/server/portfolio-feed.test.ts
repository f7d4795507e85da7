// The server's list route feeds `<aims-supplier-portfolio>` as it is: its `PortfolioEntry` is a
// `PortfolioSupplier` (checked by the compiler below), passes the feed check, and the server's CSV
// and the core mark the same requests overdue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkPortfolio, isOverdue, type PortfolioSupplier } from '../../src/scoring/portfolio.js';
import { portfolioCsv } from '../../server/handler.js';
import type { PortfolioEntry } from '../../server/repository.js';

const fixture = new URL('../../../../test/fixtures/portfolio.json', import.meta.url);
const { suppliers } = JSON.parse(readFileSync(fixture, 'utf8')) as {
  suppliers: PortfolioEntry[];
};

describe("the server's portfolio as the element's feed", () => {
  it('is structurally a PortfolioSupplier list and passes the check', () => {
    const asFeed: readonly PortfolioSupplier[] = suppliers;
    assert.deepEqual(checkPortfolio(asFeed), []);
  });
  it("marks the same requests overdue as the server's CSV", () => {
    const today = '2026-12-01';
    const lines = portfolioCsv(suppliers, today).trim().split('\r\n').slice(1);
    const serverOverdue = lines.map((line) => line.split(',')[5] === 'yes');
    const coreOverdue = suppliers.map((entry) => isOverdue(entry, today));
    assert.deepEqual(coreOverdue, serverOverdue);
    assert.deepEqual(coreOverdue, [false, true, false, false]);
  });
});
