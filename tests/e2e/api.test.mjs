// The JavaScript API for sales tools, called from JS in the browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

test('simulate and validate from JavaScript, with errors as values', async () => {
  const errors = [];
  const context = await chrome.newContext();
  const p = await page(context, errors);
  await p.goto(`${server.url}api/example.html`);
  await p.waitForFunction(() => window.tierwise !== undefined);
  assert.equal(await p.textContent('#result'), 'upgrade 7000 → 12000, 87.10 USD on 2026-12-21; total 16112.10');

  const bad = await p.evaluate(() => window.tierwise.simulate({ version: 1, account: { edition: 'professional', term: 'annual', start: '2026-01-01' }, contacts: { marketing: -5 }, until: '2026-12-31' }));
  assert.equal(bad.ok, false);
  assert.equal(bad.errors[0].path, 'contacts.marketing');
  assert.equal(bad.errors[0].code, 'negative');

  // A misspelt field in a plain object is refused at its path, as in a file.
  const typo = await p.evaluate(() => window.tierwise.simulate({ version: 1, account: { edition: 'professional', term: 'annual', start: '2026-01-01', colour: 'blue' }, contacts: { marketing: 5 }, until: '2026-12-31' }));
  assert.equal(typo.ok, false);
  assert.equal(typo.errors[0].path, 'account.colour');
  assert.equal(typo.errors[0].code, 'unknown_field');

  // A property set to undefined is absent, as JSON would have it.
  const undef = await p.evaluate(() => window.tierwise.simulate({ version: 1, name: undefined, account: { edition: 'professional', term: 'annual', start: '2026-01-01', timezone: undefined }, contacts: { marketing: 5, non_marketing: undefined }, events: undefined, until: '2026-12-31' }));
  assert.equal(undef.ok, true, JSON.stringify(undef.errors));

  const newer = await p.evaluate(() => window.tierwise.simulate('{"version": 7}'));
  assert.equal(newer.errors[0].code, 'newer_version');
  const notJson = await p.evaluate(() => window.tierwise.simulate('{oops'));
  assert.equal(notJson.errors[0].code, 'syntax');

  const all = await p.evaluate(() => window.tierwise.validate({ version: 1, account: { edition: 'professional', term: 'annual', start: '2026-13-01', timezone: 'Moon/Base' }, contacts: { marketing: 1 }, until: 'soon' }));
  assert.deepEqual(all.errors.map((e) => e.path), ['account.start', 'until', 'account.timezone']);
  assert.ok((await p.evaluate(() => window.tierwise.supportedZones())).includes('America/New_York'));
  assert.equal((await p.evaluate(() => window.tierwise.examplePrices())).example, true);

  // Checking a real bill: a history CSV, pasted charges, and the search.
  const checked = await p.evaluate(() => {
    const t = window.tierwise;
    const history = t.parseHistoryCsv('date,billed\r\n2026-03-01,1800\r\n2026-03-24,2100\r\n');
    const invoice = t.parseInvoice('2026-03-01, $800.00\n2026-03-25, 58.07');
    const scenario = { version: 1, account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01', tier: 2000 },
      contacts: { marketing: 1800 }, until: '2026-03-31', history: history.result, invoice: invoice.result };
    return { history, invoice, audit: t.simulate(scenario).result.audit, found: t.tryEveryAssumption(scenario),
      badCsv: t.parseHistoryCsv('date,billed\n2026-03-01,lots\n') };
  });
  assert.equal(checked.history.ok, true);
  assert.deepEqual(checked.invoice.result[0], { date: '2026-03-01', amount: '800.00' });
  assert.equal(checked.audit.charges[1].difference, '0.01');
  assert.deepEqual(checked.audit.charges[1].explained_by, [[{ setting: 'lines', value: 'credit_and_charge' }]]);
  assert.equal(checked.found.result.length, 8);
  assert.equal(checked.badCsv.ok, false);
  assert.equal(checked.badCsv.errors[0].path, 'line 2, column 2 (billed)');

  // The advisor.
  const advice = await p.evaluate(() => window.tierwise.advise(
    { version: 1, account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01', as_of: '2026-06-01', tier: 2000 },
      contacts: { marketing: 1900 }, until: '2026-12-31' },
    { growth_per_day: 10, import: 1000 }));
  assert.equal(advice.ok, true);
  assert.equal(advice.result.headroom, 100);
  assert.equal(advice.result.marginal.import_cost.until_renewal, '1575.00');
  assert.equal(advice.result.forecast.crossings[1].cost_until_renewal, '1500.00');
  const badQ = await p.evaluate(() => window.tierwise.advise('{"version":1}', { nonsense: 1 }));
  assert.equal(badQ.ok, false);
  assert.equal(badQ.errors[0].path, 'advisor.nonsense');
  assert.equal(badQ.errors[0].code, 'unknown_field');
  assert.deepEqual(errors, []);
  await context.close();
});
