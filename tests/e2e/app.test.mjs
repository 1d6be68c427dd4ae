// A person's path through the simulator, in headless Chromium:
// set up the account, add an import that crosses the tier, find the upgrade
// and its next-day prorated charge, open its explanation, change an
// assumption and see the amount change, then branch and compare.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page, shot, professionalAccount } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

async function setUp(p) {
  // The account: Professional, annual, billed monthly, bought Jan 1.
  await professionalAccount(p, server.url, { asOf: '2026-11-26', until: '2027-12-31', marketing: '1,900' });
}

test('an import that crosses the tier, explained, re-priced and compared', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await setUp(p);
  assert.equal(await p.textContent('#fig-upgrade .value'), 'None');

  // Import 3,000 contacts on Dec 20.
  await p.click('text=+ Import');
  const row = p.locator('li.event').first();
  await row.locator('input.ev-at').fill('2026-12-20');
  await row.locator('input[id$="-count"]').fill('3000');
  await p.waitForFunction(() => document.querySelector('#fig-upgrade .value')?.textContent !== 'None');
  assert.match(await p.textContent('#fig-upgrade .sub'), /to 7,000; \$87\.10 charged Dec 21, 2026/);
  assert.match(await row.locator('.effect').textContent(), /counts at once; upgrade to 7,000/);

  // The ledger has the prorated charge dated the next day; open its explanation.
  const line = p.locator('tr.line.kind-prorated-upgrade');
  assert.equal(await line.count(), 1);
  assert.equal(await line.getAttribute('data-date'), '2026-12-21');
  assert.equal(await line.locator('.amount').textContent(), '$87.10');
  await line.locator('button.explain-toggle').click();
  const explain = p.locator('tr.explain:not(.closed)');
  assert.match(await explain.textContent(), /\(1,025\.00 − 800\.00\) × 12 \/ 31 days = 87\.10/);
  assert.match(await explain.textContent(), /R8/);
  assert.match(await explain.textContent(), /daily proration, rounded half up, one net line/);
  await shot(p, 'app-desktop-upgrade.png');

  // Change an assumption: no proration charges the whole month's difference.
  await p.selectOption('#proration', 'none');
  await p.waitForFunction(() => document.querySelector('tr.line.kind-prorated-upgrade .amount')?.textContent === '$225.00');
  assert.match(await p.locator('tr.explain:not(.closed)').textContent(), /× 1 \(no proration\) = 225\.00/);
  await p.selectOption('#proration', 'daily');

  // Branch: the same import after the Jan 1 update date, side by side.
  await p.click('#branch-after');
  await p.waitForSelector('#comparison');
  const rows = p.locator('#comparison tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(1).locator('th').textContent(), /imports after the update date/);
  // Moving the import only helps when contacts are cleaned up first: here the
  // import still upgrades, on Jan 1, and costs 87.10 less (no December proration).
  assert.equal(await rows.nth(1).locator('.diff').textContent(), '-$87.10');

  // Monthly vs annual from the first scenario.
  await p.click('.tab >> nth=0 >> button[aria-pressed]');
  await p.click('#branch-term');
  assert.equal(await rows.count(), 3);
  assert.match(await rows.nth(2).textContent(), /monthly/);
  // Professional is not sold monthly: said on the branch and in its row.
  assert.match(await rows.nth(2).locator('.not-sold-why').textContent(), /Professional is not sold with a monthly term/);
  assert.equal(await p.locator('.tab .not-sold').count(), 1);
  assert.equal(await rows.nth(0).locator('.not-sold-why').count(), 0);
  await shot(p, 'app-desktop-compare.png');

  // Undo removes the last branch.
  await p.click('text=↶ Undo');
  assert.equal(await rows.count(), 2);
  // Redo from the keyboard brings it back, and the app keeps the key to
  // itself: the browser's own undo does not run as well.
  await p.evaluate(() => {
    window.__prevented = [];
    window.addEventListener('keydown', (e) => { if (e.key.toLowerCase() === 'z') window.__prevented.push(e.defaultPrevented); });
  });
  await p.locator('h1').click();
  await p.keyboard.press('Control+Shift+Z');
  assert.equal(await rows.count(), 3);
  assert.deepEqual(await p.evaluate(() => window.__prevented), [true]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad input shows an inline error and keeps the last result and the text typed', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await setUp(p);
  const before = await p.textContent('#total');
  await p.fill('#marketing', '19x0');
  assert.match(await p.textContent('#marketing-error'), /whole number/);
  assert.equal(await p.inputValue('#marketing'), '19x0', 'what was typed stays');
  assert.equal(await p.textContent('#total'), before);
  await p.fill('#marketing', '-5');
  await p.waitForSelector('#errors');
  assert.match(await p.textContent('#marketing-error'), /Enter 0 or more \(you typed -5\)/);
  assert.equal(await p.textContent('#total'), before, 'the last valid figures stay');
  await p.fill('#marketing', '1900');
  await p.waitForSelector('#errors', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the chart shows a day with the keyboard alone', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await setUp(p);
  await p.focus('figure.plot');
  await p.keyboard.press('End');
  assert.match(await p.textContent('#chart-readout'), /Dec 31, 2027: billed 1,900/);
  await p.keyboard.press('Home');
  await p.keyboard.press('ArrowRight');
  assert.match(await p.textContent('#chart-readout'), /Nov 27, 2026/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone-sized screen gets one column with nothing cut off', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 360, height: 780 }, isMobile: true });
  const p = await page(context, errors);
  await setUp(p);
  await p.click('text=+ Import');
  await p.locator('li.event input[id$="-count"]').fill('3000');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await shot(p, 'app-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the next update date is one a change made now still meets, and says what it means', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  const p = await page(context, errors);
  // The cards describe today: Dec 1, 2026.
  await p.clock.setFixedTime(new Date('2026-12-01T15:00:00Z'));
  // Counts as of Dec 1, an update date at midnight: that instant has passed
  // for anything done on Dec 1, so the card names Jan 1.
  await professionalAccount(p, server.url, { asOf: '2026-12-01', until: '2027-03-31', marketing: '1,800' });
  await p.waitForFunction(() => /Jan 1, 2027/.test(document.querySelector('#fig-update .value')?.textContent ?? ''));
  assert.match(await p.textContent('#fig-update .value'), /Jan 1, 2027, 12:00\sAM/);
  assert.match(await p.textContent('#fig-update .hint'), /Set contacts to non-marketing before this to stop paying for them from then/);
  // With processing at noon, a change on Dec 1 still meets Dec 1 at noon.
  await p.selectOption('#processing', '12:00');
  await p.waitForFunction(() => /Dec 1, 2026/.test(document.querySelector('#fig-update .value')?.textContent ?? ''));
  assert.match(await p.textContent('#fig-update .value'), /Dec 1, 2026, 12:00\sPM/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an event after "Simulate until" says so at the event', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await professionalAccount(p, server.url, { asOf: '2026-06-01', until: '2026-12-31', marketing: '1,800' });
  await p.click('text=+ Import');
  const row = p.locator('li.event').first();
  await row.locator('input.ev-at').fill('2027-02-01');
  await row.locator('input[id$="-count"]').fill('3000');
  await p.waitForFunction(() => /Simulate until/.test(document.querySelector('li.event .effect')?.textContent ?? ''));
  assert.match(await row.locator('.effect').textContent(), /after “Simulate until” \(Dec 31, 2026\), so not simulated: move the date or simulate further/);
  // Simulating further brings it in.
  await p.fill('#until', '2027-03-31');
  await p.waitForFunction(() => /counts at once/.test(document.querySelector('li.event .effect')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await context.close();
});

test('pointing at the chart reads the day under the pointer, at any width', async () => {
  for (const width of [1280, 700, 360]) {
    const errors = [];
    const context = await chrome.newContext({ locale: 'en-US', viewport: { width, height: 900 } });
    const p = await page(context, errors);
    await setUp(p);
    const renewal = p.locator('figure.plot line.renewal').first();
    await renewal.scrollIntoViewIfNeeded();
    // Right over the Jan 1 renewal line: the readout says Jan 1.
    const line = await renewal.boundingBox();
    await p.mouse.move(line.x + line.width / 2, line.y + line.height / 2);
    await p.waitForFunction(() => /^Jan 1, 2027/.test(document.querySelector('#chart-readout')?.textContent ?? ''));
    // The last day of the plot reads the horizon's last day.
    const plot = await p.locator('figure.plot svg').boundingBox();
    // The plot ends 12 of the drawing's 900 units before its right edge.
    await p.mouse.move(plot.x + plot.width * (887 / 900), plot.y + plot.height / 2);
    await p.waitForFunction(() => /^Dec (30|31), 2027/.test(document.querySelector('#chart-readout')?.textContent ?? ''));
    assert.deepEqual(errors, [], `at ${width} px`);
    await context.close();
  }
});

test('the keyboard reaches the events and the chart at once, and a new event gets focus', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await setUp(p);
  await p.click('text=+ Import');
  await p.locator('li.event').first().locator('input.ev-at').fill('2027-03-01');
  // A fresh load (the last state comes back), focus at the page's start.
  await p.reload();
  await p.waitForSelector('li.event');
  // The first Tab lands on a skip link to the planned events.
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Skip to planned events');
  await p.keyboard.press('Enter');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'add-import');
  // Adding an event puts focus in its first field, wherever it sorts.
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelectorAll('li.event').length === 2);
  const focused = await p.evaluate(() => {
    const li = document.activeElement?.closest('li.event');
    const rows = [...document.querySelectorAll('li.event')];
    return li ? { row: rows.indexOf(li), first: li.querySelector('input, select') === document.activeElement } : null;
  });
  assert.ok(focused, 'focus is in an event row');
  assert.equal(focused.first, true);
  // The chart's skip link focuses the chart, whose keys read the days.
  await p.reload();
  await p.waitForSelector('#total');
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Skip to the chart');
  await p.keyboard.press('Enter');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'chart-plot');
  assert.deepEqual(errors, []);
  await context.close();
});
