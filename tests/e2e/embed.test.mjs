// Issue 19, items 1 to 3: the help-center embed. The demo article, under its
// strict CSP, shows the one-line embed of "what does it cost me" and a plain
// iframe; at 320, 360 and 1280 px nothing overflows sideways, inside or
// outside the frames, and each frame is as tall as its content. The question
// answers the import-on-the-20th case from what a reader types, and its link
// opens the same scenario in the full calculator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

/** Waits until every frame has its content and has stopped changing height. */
async function settled(p) {
  await p.waitForFunction(() => {
    const frames = [...document.querySelectorAll('iframe')];
    return frames.length === 2 && frames.every((f) => f.contentDocument?.querySelector('#ask-answer, #total'));
  }, null, { timeout: 30000 });
  let last = '';
  for (let i = 0; i < 20; i += 1) {
    await p.waitForTimeout(250);
    const now = await p.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.style.height).join());
    if (now === last) return;
    last = now;
  }
}

for (const width of [320, 360, 1280]) {
  test(`the demo article at ${width} px: no sideways overflow, frames as tall as their content`, async () => {
    const errors = [];
    const context = await chrome.newContext({ locale: 'en-US', viewport: { width, height: 800 } });
    const p = await page(context, errors);
    const blocked = [];
    p.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
    await p.goto(server.url + 'demo-help-center.html');
    await settled(p);
    const outside = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(outside <= 0, `the article overflows by ${outside} px`);
    for (const frame of await p.locator('iframe').all()) {
      const handle = await frame.elementHandle();
      const inner = await handle.contentFrame();
      const m = await inner.evaluate(() => ({
        over: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        content: Math.ceil(document.body.getBoundingClientRect().height),
        scroll: document.documentElement.scrollHeight - document.documentElement.clientHeight,
        url: location.pathname + location.search,
      }));
      assert.ok(m.over <= 0, `${m.url} overflows its frame by ${m.over} px`);
      const box = await frame.boundingBox();
      assert.ok(Math.abs(box.height - m.content) <= 4, `${m.url}: frame ${box.height} px for ${m.content} px of content`);
      assert.ok(m.scroll <= 1, `${m.url} scrolls inside its frame (${m.scroll} px)`);
    }
    assert.deepEqual(blocked, [], 'nothing is refused by the CSP');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a plain iframe works without the loader, at 320 px', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 320, height: 700 } });
  const p = await page(context, errors);
  // The frame on a page without the script keeps its own height and scrolls.
  await p.setContent(`<iframe src="${server.url}index.html?embed&compact&preset=import-20th" style="width:100%;height:600px;border:0"></iframe>`);
  const frame = p.frameLocator('iframe');
  await frame.locator('#total').waitFor();
  assert.equal(await frame.locator('#total').textContent(), '$16,112.10');
  const over = await frame.locator('html').evaluate((h) => h.scrollWidth - h.clientWidth);
  assert.ok(over <= 0, `overflows by ${over} px`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The next 20th from today, and what an upgrade from 7,000 to 12,000 on it costs. */
function the20th() {
  const now = new Date();
  let y = now.getFullYear();
  let m = now.getMonth();
  if (now.getDate() >= 20) { m += 1; if (m === 12) { m = 0; y += 1; } }
  const days = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  // (1,250.00 − 1,025.00) × the days left of the month from the 20th.
  const charge = Math.round(22500 * (days - 19) / days) / 100;
  const on = new Date(Date.UTC(y, m, 20));
  const next = new Date(Date.UTC(y, m, 21));
  const fmt = (d) => d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const iso = on.toISOString().slice(0, 10);
  return { iso, on: fmt(on), next: fmt(next), charge: charge.toLocaleString('en-US', { style: 'currency', currency: 'USD' }) };
}

test('"what does it cost me" answers the import on the 20th from typed inputs, and opens in the full app', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 360, height: 800 } });
  const p = await page(context, errors);
  await p.goto(server.url + 'ask.html?embed');
  await p.waitForSelector('#ask-answer');
  const day = the20th();
  await p.getByLabel('Edition').selectOption('starter');
  await p.getByLabel('Edition').selectOption('professional');
  await p.getByLabel('Contract term').selectOption('annual-monthly');
  await p.getByLabel('Marketing contacts today').fill('5200');
  await p.getByLabel('Your contact tier').fill('7000');
  await p.getByLabel('What you plan').selectOption('import');
  await p.getByLabel('How many contacts').fill('3000');
  await p.getByLabel('On', { exact: true }).fill(day.iso);
  const said = () => p.locator('#ask-answer').textContent();
  await p.waitForFunction((on) => document.querySelector('#ask-answer')?.textContent.includes(on), day.on);
  const text = await said();
  assert.match(text, new RegExp(`Importing 3,000 contacts on ${day.on} takes you to 8,200 billed contacts, over your 7,000 tier\\. You move up to the 12,000 tier at once, and \\${day.charge} is charged on ${day.next}\\.`));
  assert.match(text, /Until your renewal on Jan 1, \d{4} it costs \$[\d,]+\.\d\d in all/);
  assert.match(text, /To avoid it, import 1,200 fewer contacts/);
  assert.equal(await p.getByRole('img', { name: 'Billed contacts and your tier, day by day' }).count(), 1);

  // A typo: the answer says it is not current, and names the field.
  await p.getByLabel('How many contacts').fill('3O00');
  await p.waitForSelector('#ask-errors');
  assert.match(await p.textContent('#ask-errors'), /How many contacts: Enter a whole number/);
  assert.equal(await p.locator('#ask-answer.stale').count(), 1);
  await p.getByLabel('How many contacts').fill('3000');
  await p.waitForSelector('#ask-errors', { state: 'detached' });

  // The same scenario in the full calculator.
  const [full] = await Promise.all([
    context.waitForEvent('page'),
    p.getByRole('link', { name: 'Open this in the full calculator' }).click(),
  ]);
  await full.waitForSelector('#fig-upgrade');
  await full.waitForFunction(() => /12,000/.test(document.querySelector('#fig-upgrade')?.textContent));
  assert.match(await full.textContent('#fig-upgrade'), new RegExp(`\\${day.charge} charged ${day.next}`));
  assert.deepEqual(errors, []);
  await context.close();
});
