// Share links, reload, saved scenarios, CSV and JSON files, and the embed demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, browser, page, shot, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

async function open(context, errors, path = '') {
  const p = await page(context, errors);
  await p.goto(server.url + path);
  await p.waitForSelector('#total');
  return p;
}

async function importFixture(p) {
  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
  await p.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('Opened'));
}

test('a share link round trip shows the same numbers in a fresh browser', async () => {
  const errors = [];
  const a = await chrome.newContext({ locale: 'en-US' });
  await a.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = await open(a, errors);
  await importFixture(p);
  const total = await p.textContent('#total');
  assert.equal(total, '$16,112.10');
  await p.click('#share');
  await p.waitForSelector('.share-link');
  const link = await p.inputValue('.share-link');
  assert.match(link, /#s=1z\./);

  const b = await chrome.newContext({ locale: 'en-US' });
  const q = await page(b, errors);
  await q.goto(link);
  await q.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('Opened “Import 3,000 contacts on the 20th”, shared with you.'));
  assert.equal(await q.textContent('#total'), total);
  assert.equal(await q.inputValue('#name'), 'Import 3,000 contacts on the 20th');

  // A broken link: a clear message, and the default scenario.
  const c = await chrome.newContext({ locale: 'en-US' });
  const r = await page(c, errors);
  await r.goto(link.slice(0, link.length - 25));
  await r.waitForSelector('#notice.error');
  assert.match(await r.textContent('#notice'), /broken or incomplete/);
  assert.equal(await r.inputValue('#name'), 'My account');
  // A link from a newer version says so.
  await r.goto(server.url + '#s=3z.AAAA');
  await r.reload();
  await r.waitForSelector('#notice.error');
  assert.match(await r.textContent('#notice'), /newer version of Tierwise/);
  assert.deepEqual(errors, []);
  await Promise.all([a.close(), b.close(), c.close()]);
});

test('a reload restores the last state, and saved scenarios survive', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await open(context, errors);
  await importFixture(p);
  await p.fill('#name', 'Kept across reloads');
  // The session is written a moment after the last change, not per keystroke.
  await p.waitForFunction(() => (localStorage.getItem('tierwise.v1.last') ?? '').includes('Kept across reloads'));
  await p.click('#save');
  await p.click('#branch-term');
  // Leaving the page writes at once: a reload right after an edit keeps it.
  await p.fill('#name', 'Typed just before leaving');
  await p.reload();
  await p.waitForSelector('#total');
  assert.equal(await p.locator('.tab').count(), 2, 'both branches come back');
  await p.click('.tab >> nth=1 >> button[aria-pressed]');
  assert.equal(await p.inputValue('#name'), 'Typed just before leaving');
  await p.click('.tab >> nth=0 >> button[aria-pressed]');
  assert.equal(await p.inputValue('#name'), 'Kept across reloads');
  await p.click('.saved summary');
  assert.equal(await p.locator('.saved-item .name').first().textContent(), 'Kept across reloads');

  // Corrupt storage is reported and set aside, never a crash. The app writes
  // its session when the page is left, so the damage is done from another
  // page of the same origin.
  await p.goto(server.url + 'demo-help-center.html');
  await p.evaluate(() => localStorage.setItem('tierwise.v1.last', '{"branches": [{"version": 1}'));
  await p.goto(server.url);
  await p.waitForSelector('#notice.error');
  assert.match(await p.textContent('#notice'), /could not be restored/);
  assert.ok(await p.evaluate(() => localStorage.getItem('tierwise.v1.corrupt.last') !== null));
  assert.deepEqual(errors, []);
  await context.close();
});

test('CSV exports match the fixture cell by cell; a bad JSON file changes nothing', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await open(context, errors);
  await importFixture(p);
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#csv-ledger')]);
  const csv = await readFile(await download.path(), 'utf8');
  const rows = csv.trim().split('\r\n').map((r) => r.split(','));
  assert.deepEqual(rows[0], ['date', 'kind', 'amount', 'currency', 'description']);
  assert.deepEqual(rows[1].slice(0, 4), ['2026-12-01', 'recurring', '1025.00', 'USD']);
  assert.equal(csv.split('\r\n')[1], '2026-12-01,recurring,1025.00,USD,"professional tier 7000, 2026-12-01 to 2027-01-01"');
  assert.deepEqual(rows[2].slice(0, 4), ['2026-12-21', 'proration', '87.10', 'USD']);
  assert.deepEqual(rows.at(-1), ['', 'total', '16112.10', 'USD', '']);
  const [days] = await Promise.all([p.waitForEvent('download'), p.click('#csv-days')]);
  const dayRows = (await readFile(await days.path(), 'utf8')).trim().split('\r\n');
  assert.equal(dayRows[0], 'date,marketing,pending_non_marketing,non_marketing,billed,peak_billed,tier');
  assert.equal(dayRows[1], '2026-11-26,5200,0,20000,5200,5200,7000');
  assert.equal(dayRows.find((r) => r.startsWith('2026-12-20')), '2026-12-20,8200,0,20000,8200,8200,12000');

  const [json] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
  const exported = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(exported.version, 1);
  assert.equal(exported.events[0].count, 3000);

  const before = await p.textContent('#total');
  await p.setInputFiles('#import-json', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "account": 3}') });
  await p.waitForSelector('#notice.error');
  assert.match(await p.textContent('#notice'), /bad\.json is not a Tierwise scenario: account/);
  assert.equal(await p.textContent('#total'), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the help-center demo embeds two calculators under a strict CSP', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  const p = await page(context, errors);
  p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  await p.goto(server.url + 'demo-help-center.html');
  // The one-line embed of the question, and a plain iframe of the compact app.
  const one = p.frameLocator('[data-tierwise] iframe');
  const two = p.frameLocator('#calc-after');
  await one.locator('#ask-answer').waitFor();
  await two.locator('#total').scrollIntoViewIfNeeded();
  await two.locator('#total').waitFor();
  assert.match(await one.locator('#ask-answer').textContent(), /Importing 3,000 contacts on/);
  assert.equal(await two.locator('#total').textContent(), '$13,325.00');
  // The host's aggressive CSS does not reach inside; compact mode hides the assumptions.
  const border = await one.locator('#ask-edition').evaluate((e) => getComputedStyle(e).borderStyle);
  assert.notEqual(border, 'dashed');
  assert.equal(await two.locator('.assumptions').isVisible(), false);
  await shot(p, 'embed-demo.png');
  assert.deepEqual(errors, []);
  await context.close();
});
