// Issue 9, "check a real bill", as a customer would do it: import the usage
// history (first a file with a bad row, then the real one), paste the
// invoice's charges, see the one-cent difference explained, try every
// assumption and adopt a combination that matches.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page, shot, professionalAccount } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const GOOD = '\ufeffdate,billed\r\n2026-03-01,1800\r\n2026-03-02,1900\r\n2026-03-24,2100\r\n2026-03-31,1950\r\n\r\n';
const BAD = 'date,billed\n2026-03-01,1800\n2026-03-02,19x0\n';

const text = (p, sel) => p.locator(sel).textContent();

test('import a history, audit an invoice, and find the assumptions that match', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await professionalAccount(p, server.url, { asOf: '2026-03-01', until: '2026-03-31', marketing: '1,800' });
  await p.waitForFunction(() => document.querySelector('#fig-upgrade .value')?.textContent === 'None');
  // The bill check loads when first opened.
  await p.getByRole('button', { name: /Check a real bill/ }).click();
  await p.waitForSelector('#history-drop');

  // A file with a malformed row, dropped on the drop zone: the error names
  // the line and column, and nothing is imported.
  const dropped = await p.evaluateHandle((csv) => {
    const dt = new DataTransfer();
    dt.items.add(new File([csv], 'bad.csv', { type: 'text/csv' }));
    return dt;
  }, BAD);
  await p.dispatchEvent('#history-drop', 'drop', { dataTransfer: dropped });
  await p.waitForSelector('#history-errors');
  const bad = await text(p, '#history-errors');
  assert.match(bad, /bad\.csv was not imported/);
  assert.match(bad, /Line 3, column 2 \(billed\): "19x0" is not a whole number/);
  assert.equal(await p.locator('#history-summary').count(), 0);

  // A spreadsheet dropped by mistake: said to be no CSV, without its bytes.
  const xlsx = await p.evaluateHandle(() => {
    const dt = new DataTransfer();
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe]);
    dt.items.add(new File([bytes], 'usage.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    return dt;
  });
  await p.dispatchEvent('#history-drop', 'drop', { dataTransfer: xlsx });
  await p.waitForFunction(() => /usage\.xlsx/.test(document.querySelector('#history-errors')?.textContent ?? ''));
  const notCsv = await text(p, '#history-errors');
  assert.match(notCsv, /not a CSV text file/);
  assert.doesNotMatch(notCsv, /PK|\uFFFD/);

  // The real export: BOM, CRLF and a blank last line.
  await p.setInputFiles('#history-file', { name: 'usage.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD) });
  await p.waitForSelector('#history-summary');
  assert.match(await text(p, '#history-summary'), /4 daily counts from Mar 1, 2026 to Mar 31, 2026/);
  assert.equal(await p.locator('#history-errors').count(), 0);
  assert.match(await text(p, '#notice'), /Imported 4 daily counts from usage\.csv/);
  await p.waitForFunction(() => /7,000/.test(document.querySelector('#fig-upgrade .sub')?.textContent ?? ''));
  assert.match(await text(p, '#fig-upgrade .sub'), /\$58\.06 charged Mar 25, 2026/);
  assert.equal(await p.locator('.history-span').count(), 1, 'the chart shades the history');

  // Paste the invoice: the proration line is one cent higher.
  await p.fill('#invoice-text', '2026-03-01, $800.00\n2026-03-25, 58.07');
  await p.click('#invoice-check');
  await p.waitForSelector('#audit-verdict');
  assert.match(await text(p, '#audit-verdict'), /1 of 2 charges match/);
  const rows = p.locator('#audit-table tr.audit-row');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).textContent(), /Matches/);
  const off = await rows.nth(1).textContent();
  assert.match(off, /\$58\.07.*\$58\.06/);
  assert.match(off, /Differs by \$0\.01: a rounding difference/);
  assert.match(off, /Explained by proration rounded per line \(a credit and a charge\)\./);
  await shot(p, 'audit-differs.png');

  // A bad line is reported by number; the invoice already checked stays.
  await p.fill('#invoice-text', '2026-03-01, 800.00\nthe 25th, 58.07');
  await p.click('#invoice-check');
  await p.waitForSelector('#invoice-errors');
  assert.match(await text(p, '#invoice-errors'), /Line 2: "the 25th, 58\.07" is not a date and an amount/);
  assert.match(await text(p, '#audit-verdict'), /1 of 2 charges match/);

  // An invoice as invoices write it: month names, signs and codes. The box
  // keeps what was pasted.
  const pasted = 'Date        Amount\nMar 1, 2026   $800.00\nMarch 25, 2026   58.07 USD';
  await p.fill('#invoice-text', pasted);
  await p.click('#invoice-check');
  await p.waitForFunction(() => document.querySelector('#invoice-errors') === null);
  assert.match(await text(p, '#audit-verdict'), /1 of 2 charges match/);
  assert.equal(await p.inputValue('#invoice-text'), pasted);
  // A line that cannot be read is named, and nothing pasted is lost.
  await p.fill('#invoice-text', 'Dec 1, 2026 $800.00\n12/01/2026 800.00');
  await p.click('#invoice-check');
  await p.waitForSelector('#invoice-errors');
  assert.match(await text(p, '#invoice-errors'), /Line 2: "12\/01\/2026 800\.00" is not a date and an amount/);
  assert.equal(await p.inputValue('#invoice-text'), 'Dec 1, 2026 $800.00\n12/01/2026 800.00');
  await p.fill('#invoice-text', pasted);
  await p.click('#invoice-check');
  await p.waitForFunction(() => document.querySelector('#invoice-errors') === null);

  // Try every assumption, and use the first combination found.
  await p.click('#try-all');
  await p.waitForSelector('#try-all-results');
  assert.match(await text(p, '#try-all-results'), /8 of 48 combinations match this invoice exactly/);
  await p.locator('#try-all-results button.use-combination').first().click();
  await p.waitForFunction(() => /matches the simulation/.test(document.querySelector('#audit-verdict')?.textContent ?? ''));
  assert.equal(await p.inputValue('#lines'), 'credit_and_charge');
  await shot(p, 'audit-matches.png');

  // Undo goes back to one net line; the history stays.
  await p.click('text=Undo');
  await p.waitForFunction(() => /1 of 2/.test(document.querySelector('#audit-verdict')?.textContent ?? ''));
  assert.equal(await p.inputValue('#lines'), 'net');

  // The 2020 rule edition is a setting like the others.
  await p.selectOption('#rule-edition', '2020');
  assert.equal(await p.inputValue('#rule-edition'), '2020');

  // Clearing the invoice and undoing brings the charges back into the box.
  await p.click('#invoice-clear');
  await p.waitForFunction(() => document.querySelector('#audit-verdict') === null);
  assert.equal(await p.inputValue('#invoice-text'), '');
  await p.click('text=Undo');
  await p.waitForSelector('#audit-verdict');
  assert.equal(await p.inputValue('#invoice-text'), '2026-03-01, 800.00\n2026-03-25, 58.07');

  // A share link carries the history and the invoice to a fresh browser.
  await p.click('#share');
  await p.waitForSelector('.share-link');
  const link = await p.inputValue('.share-link');
  const fresh = await chrome.newContext({ locale: 'en-US' });
  const q = await page(fresh, errors);
  await q.goto(link);
  await q.waitForSelector('#history-summary');
  assert.match(await q.textContent('#history-summary'), /4 daily counts from Mar 1, 2026/);
  await q.waitForSelector('#audit-verdict');
  assert.match(await q.textContent('#audit-verdict'), /1 of 2 charges match/);
  await fresh.close();

  // Removing the history brings back the planned scenario.
  await p.click('#history-remove');
  await p.waitForFunction(() => document.querySelector('#history-summary') === null);
  assert.deepEqual(errors, []);
  await context.close();
});
