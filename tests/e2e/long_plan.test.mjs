// A long plan stays quick to edit: the ledger shows its first lines and
// says how many there are, shows all on request and in a print (each line
// explained there), and the advisor's answers to an earlier edit are marked
// as updating, never shown as current.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

// Three years billed monthly: 36 monthly lines and an upgrade's.
const plan = {
  version: 1,
  name: 'Three years, monthly',
  account: { edition: 'starter', term: 'monthly', billing: 'monthly', start: '2027-01-01', timezone: 'America/New_York', processing_time: '00:00' },
  contacts: { marketing: 900, non_marketing: 0 },
  events: [{ at: '2028-06-10', action: 'add_marketing', count: 1500 }],
  until: '2029-12-31',
};

async function opened() {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await p.clock.setFixedTime(new Date('2026-12-07T15:00:00Z'));
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.setInputFiles('#import-json', { name: 'long.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan)) });
  await p.waitForSelector('#notice');
  await p.waitForSelector('tr.line');
  return { context, p, errors };
}

test('a long ledger shows its first 24 lines, all on request, and every line explained in print', async () => {
  const { context, p, errors } = await opened();
  const lines = () => p.locator('tr.line').count();
  assert.equal(await lines(), 24);
  const all = p.getByRole('button', { name: /^Show all \d+ lines$/ });
  const count = Number((await all.innerText()).match(/\d+/)[0]);
  assert.ok(count > 36, `every month and the upgrade: ${count}`);
  // The total is the whole plan's, whatever is shown.
  const total = await p.textContent('#ledger-total');
  await all.click();
  assert.equal(await lines(), count);
  assert.equal(await p.textContent('#ledger-total'), total);
  // The upgrade's line, late in the plan, can be explained.
  const upgrade = p.locator('tr.line.kind-prorated-upgrade').first();
  await upgrade.getByRole('button', { name: 'Explain' }).click();
  assert.match(await p.locator('tr.explain').innerText(), /Formula/);
  assert.equal(await p.locator('tr.explain').count(), 1, 'only the line asked about is explained');
  // Taking the lines away again keeps the button pressed in view.
  await p.getByRole('button', { name: 'Show only the first 24 lines' }).scrollIntoViewIfNeeded();
  await p.getByRole('button', { name: 'Show only the first 24 lines' }).click();
  assert.equal(await lines(), 24);
  await p.waitForFunction(() => {
    const r = document.querySelector('#ledger-all').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  // A print that the page is not told of (no beforeprint) says what it
  // leaves out.
  await p.emulateMedia({ media: 'print' });
  assert.equal(await p.locator('.lines-shown').innerText(), `24 of ${count} lines shown.`);
  assert.equal(await p.locator('#ledger-all').isVisible(), false);
  await p.emulateMedia({ media: 'screen' });
  assert.equal(await p.locator('.lines-shown').isVisible(), false);
  // A print shows every line, each explained, and goes back after.
  await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await p.waitForFunction((n) => document.querySelectorAll('tr.line').length === n, count);
  assert.equal(await p.locator('tr.explain').count(), count);
  assert.equal(await p.locator('.lines-shown').count(), 0, 'every line is there');
  await p.evaluate(() => dispatchEvent(new Event('afterprint')));
  await p.waitForFunction(() => document.querySelectorAll('tr.line').length === 24);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the advisor marks answers to an earlier edit as updating, then answers the new one', async () => {
  const { context, p, errors } = await opened();
  await p.click('#advisor-toggle');
  await p.waitForSelector('#adv-standing');
  const standing = await p.textContent('#adv-standing');
  // The edit and the check in one task: the answers cannot have been
  // recomputed yet, since they wait for the figures' frame to paint.
  const marked = await p.evaluate(() => {
    const input = document.querySelector('#marketing');
    input.value = '1900';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return new Promise((done) => queueMicrotask(() => setTimeout(() => done({
      updating: !!document.querySelector('#advisor-updating'),
      busy: document.querySelector('.answers')?.getAttribute('aria-busy'),
    }), 0)));
  });
  assert.deepEqual(marked, { updating: true, busy: 'true' });
  await p.waitForSelector('#advisor-updating', { state: 'detached' });
  assert.equal(await p.getAttribute('.answers', 'aria-busy'), 'false');
  assert.notEqual(await p.textContent('#adv-standing'), standing, 'answers for 1,900 contacts');
  assert.deepEqual(errors, []);
  await context.close();
});
