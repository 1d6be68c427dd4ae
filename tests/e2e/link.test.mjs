// Issue 19, items 4 and 5: a link carries everything the sender saw (every
// branch compared, the active one, the comparison), a named quote with the
// sender's own prices, and a link too long for mail programs offers a file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, browser, page, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

async function open(context, errors, url = server.url) {
  const p = await page(context, errors);
  await p.goto(url);
  await p.waitForSelector('#total');
  return p;
}

/** The comparison as a person reads it: each row's name and total. */
const comparison = (p) => p.locator('#comparison tbody tr').evaluateAll((rows) =>
  rows.map((r) => [r.querySelector('th').textContent, r.querySelector('td.num').textContent]));

async function share(p) {
  await p.getByRole('button', { name: 'Share link' }).click();
  await p.waitForSelector('.share-link');
  return p.inputValue('.share-link');
}

test('a link made while comparing three branches opens in a fresh browser with all three and the same totals', async () => {
  const errors = [];
  const sender = await chrome.newContext({ locale: 'en-US' });
  const p = await open(sender, errors);
  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
  await p.waitForSelector('#notice');
  await p.getByRole('button', { name: 'Compare monthly vs annual' }).click();
  await p.getByRole('button', { name: 'Import 3,000 contacts on the 20th', exact: true }).click();
  await p.getByRole('button', { name: 'Compare: import after the update date' }).click();
  await p.waitForFunction(() => document.querySelectorAll('#comparison tbody tr').length === 3);
  const rows = await comparison(p);
  const shown = await p.textContent('#total');
  const link = await share(p);
  assert.ok(link.includes('#s=2'), 'a link of several branches');

  const prospect = await chrome.newContext({ locale: 'en-US' });
  const q = await open(prospect, errors, link);
  await q.waitForFunction(() => document.querySelectorAll('#comparison tbody tr').length === 3);
  assert.deepEqual(await comparison(q), rows, 'the same three, the same totals');
  assert.equal(await q.textContent('#total'), shown, 'the same branch is shown');
  assert.equal(await q.getByRole('button', { pressed: true }).textContent(),
    'Import 3,000 contacts on the 20th (imports after the update date)');
  assert.match(await q.textContent('#notice'), /Opened 3 scenarios to compare, shared with you/);
  assert.deepEqual(errors, []);
  await sender.close();
  await prospect.close();
});

test('a named quote with negotiated prices opens with its name, says the prices are the sender’s, and matches', async () => {
  const errors = [];
  const sender = await chrome.newContext({ locale: 'en-US' });
  const p = await open(sender, errors);
  await p.getByLabel('Scenario name').fill('Acme: 2027 quote');
  await p.getByLabel('Professional: Base price', { exact: true }).fill('700.00');
  await p.getByLabel('Name of these prices').fill('Acme negotiated 2027');
  await p.waitForFunction(() => /Acme negotiated 2027/.test(document.querySelector('#prices-label')?.textContent));
  const total = await p.textContent('#total');
  const link = await share(p);
  assert.ok(link.length < 2000, `a short link (${link.length})`);
  assert.match(await p.textContent('#notice'), /Link copied/);

  const prospect = await chrome.newContext({ locale: 'en-US' });
  const q = await open(prospect, errors, link);
  await q.waitForSelector('#notice');
  assert.match(await q.textContent('#notice'),
    /Opened “Acme: 2027 quote”, shared with you\. Its prices are the sender's own \(Acme negotiated 2027\), not the example prices\./);
  assert.equal(await q.textContent('#total'), total);
  assert.equal(await q.textContent('#prices-label'), 'prices: Acme negotiated 2027');
  assert.equal(await q.getByLabel('Professional: Base price', { exact: true }).inputValue(), '700.00');

  // In Swedish the whole notice is Swedish, though the texts arrive after the link.
  const swede = await chrome.newContext({ locale: 'sv-SE' });
  const r = await open(swede, errors, link);
  await r.waitForFunction(() => /Priserna är avsändarens egna \(Acme negotiated 2027\)/.test(document.querySelector('#notice')?.textContent));
  assert.match(await r.textContent('#notice'), /^Öppnade ”Acme: 2027 quote”, som har delats med dig\./);
  await swede.close();
  assert.deepEqual(errors, []);
  await sender.close();
  await prospect.close();
});

test('a link too long for mail programs says so and offers the same as a file', async () => {
  const errors = [];
  const sender = await chrome.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await open(sender, errors);
  // Three hundred events of uneven sizes make a long link, compressed.
  const scenario = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/import-on-the-20th.json'), 'utf8'));
  const day = (i) => new Date(Date.UTC(2026, 11, 1 + i)).toISOString().slice(0, 10);
  scenario.events = Array.from({ length: 300 }, (_, i) => ({
    at: day(i),
    action: i % 2 ? 'add_marketing' : 'add_non_marketing',
    count: 1 + (i * 7919) % 997,
  }));
  scenario.events.sort((a, b) => a.at.localeCompare(b.at));
  await p.setInputFiles('#import-json', { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await p.waitForSelector('#notice');
  await p.getByRole('button', { name: 'Compare monthly vs annual' }).click();
  const total = await p.textContent('#total');
  const link = await share(p);
  assert.ok(link.length > 2000, `a long link (${link.length})`);
  const notice = await p.textContent('#notice');
  assert.match(notice, new RegExp(`it is ${link.length.toLocaleString('en-US')} characters long, and some mail programs cut links longer than about 2,000`));
  const [download] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Download the file' }).click(),
  ]);
  const file = await download.path();

  const prospect = await chrome.newContext({ locale: 'en-US' });
  const q = await open(prospect, errors);
  await q.setInputFiles('#import-json', file);
  await q.waitForFunction(() => document.querySelectorAll('#comparison tbody tr').length === 2);
  assert.equal(await q.textContent('#total'), total);
  assert.deepEqual(errors, []);
  await sender.close();
  await prospect.close();
});
