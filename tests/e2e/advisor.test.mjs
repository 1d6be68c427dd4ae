// Issue 8, the advisor, as a customer uses it: open the panel, read where the
// account stands, enter a growth rate and see when the tier is crossed and
// what it costs, find the cheapest day for an import after a cleanup, and
// read what a cap would change. Figures are the hand-worked ones of
// tests/advisor.rs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, shot, professionalAccount, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const text = (p, sel) => p.locator(sel).textContent();
const until = (p, sel, re) => p.waitForFunction(
  ([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent ?? ''), [sel, re.source]);

test('the advisor answers when, how much and how to avoid it', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await professionalAccount(p, server.url, { asOf: '2026-06-01', until: '2026-12-31', marketing: '1,900' });

  // Closed until asked; the keyboard opens it.
  assert.equal(await p.locator('#advisor-body').count(), 0);
  await p.focus('#advisor-toggle');
  await p.keyboard.press('Enter');
  assert.equal(await p.getAttribute('#advisor-toggle', 'aria-expanded'), 'true');
  await until(p, '#adv-standing', /room for/);
  assert.match(await text(p, '#adv-standing'), /tier 2,000 with 1,900 billed contacts: room for 100 more before the tier is exceeded/);
  assert.match(await text(p, '#adv-standing'), /renewal on Jan 1, 2027.*your time: .*Jan 1, 2027.*never before it/);
  assert.match(await text(p, '#adv-stay-none'), /no automatic upgrade/);
  assert.match(await text(p, '#adv-marginal-0'), /One more marketing contact now costs \$0\.00 today/);
  assert.match(await text(p, '#adv-marginal-1'), /An import of 1,000 now moves the account to tier 7,000: \$225\.00 charged tomorrow, \$1,575\.00 in all until the renewal/);

  // Growth: 10 contacts a day.
  await p.fill('#adv-growth', '10');
  await p.waitForSelector('#adv-forecast tr.tier-crossing');
  const rows = p.locator('#adv-forecast tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).textContent(), /Jun 6, 2026.*98% of 2,000.*1,960/);
  assert.match(await rows.nth(1).textContent(), /Jun 11, 2026.*2,000 exceeded: upgrade to 7,000.*2,010.*\$1,500\.00/);

  // A bad growth value names its field and keeps the rest.
  await p.fill('#adv-growth', 'ten');
  await p.waitForSelector('#adv-growth[aria-invalid="true"], .field.invalid #adv-growth');
  assert.match(await text(p, '#advisor'), /whole number/i);
  await p.fill('#adv-growth', '');

  // A cleanup of 800 on Jun 10 clears on Jul 1: importing 700 then is free.
  await p.click('text=+ Set to non-marketing');
  const row = p.locator('li.event').first();
  await row.locator('input.ev-at').fill('2026-06-10');
  await row.locator('input[id$="-count"]').fill('800');
  await p.fill('#adv-import', '700');
  await p.fill('#adv-from', '2026-06-01');
  await p.fill('#adv-to', '2026-07-31');
  await until(p, '#adv-timing', /is Jul 1, 2026/);
  // A free day says why it is free (issue 18, item 11).
  assert.match(await text(p, '#adv-timing'), /The cheapest day to import 700 between Jun 1, 2026 and Jul 31, 2026 is Jul 1, 2026: it adds nothing to the bill through Dec 31, 2026, because your tier then already holds them or no update date counts them before that day\. On Jun 1, 2026, the dearest, it adds \$1,575\.00\./);
  assert.match(await text(p, '#adv-timing-table'), /Jun 30, 2026\$1,357\.50day before an update date/);
  assert.match(await text(p, "#adv-timing-table"), /Jul 1, 2026\$0\.00cheapest; update date/);

  // An import of 300 on Jun 20 crosses the tier: the 800 set to
  // non-marketing on Jun 10 still count until Jul 1 (R2), so 2,200 are billed.
  await p.click('text=+ Import');
  const imp = p.locator('li.event', { hasText: 'counts at once' }).first();
  await imp.locator('input.ev-at').fill('2026-06-20');
  await imp.locator('input[id$="-count"]').fill('300');
  await until(p, '#adv-stay', /import 200 fewer contacts/);
  assert.match(await text(p, '#adv-stay-context'), /reaches 2,200, over the 2,000 tier/);
  assert.match(await text(p, '#adv-stay'), /The import on Jun 20, 2026: import 200 fewer contacts/);
  assert.match(await text(p, '#adv-cap-text'), /A cap of 2,000 marketing contacts would have kept 200 contacts non-marketing/);
  assert.match(await text(p, '#adv-terms'), /Monthly\$.*not sold for this edition/);
  await shot(p, 'advisor.png');

  // Swedish, the same answers.
  await p.selectOption('#lang', 'sv');
  await until(p, '#adv-standing', /fakturerade kontakter/);
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 18, item 11: the advisor answers the person's own plan.
test('the timing answer is about the import the person planned', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
  await p.waitForSelector('#notice');
  await p.click('#advisor-toggle');
  await p.waitForSelector('#adv-timing');
  assert.equal(await p.getByLabel('Next import (contacts)').inputValue(), '3000');
  const said = await text(p, '#adv-timing');
  assert.match(said, /^Your import of 3,000 planned for Dec 20, 2026 adds \$[\d,]+\.\d\d to the bill\. The cheapest day to import 3,000 between /);
  assert.doesNotMatch(said, /1,000/);
  assert.doesNotMatch(said, /: \$0\.00,/, 'a free day says why');
  assert.deepEqual(errors, []);
  await context.close();
});
