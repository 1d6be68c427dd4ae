// Issue 24: the answers a person acts on hold. Every price charged can be
// seen and edited; the stay-in-tier advice covers the whole plan; every
// field recovers from a slip the same way; a reload keeps the figures; the
// cards describe today; a new scenario's tier is automatic; a link carries
// what the figures were computed from; messages say which contacts and
// when; nothing is cut off, and on a phone the figures come first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser, page, ROOT, shot } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

/** A fresh page at `width`, on 2026-12-07 (10:00 in New York). */
async function fresh(width = 1280, height = 900, query = '') {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: { width, height } });
  const p = await page(context, errors);
  await p.clock.setFixedTime(new Date('2026-12-07T15:00:00Z'));
  await p.goto(server.url + query);
  await p.waitForSelector('#total');
  return { context, p, errors };
}

/** Opens a scenario as a file, the way a person imports one. */
async function open(p, scenario) {
  await p.setInputFiles('#import-json', { name: 'scenario.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await p.waitForSelector('#notice');
}

const banner = (p) => p.locator('#errors');
const stale = (p) => p.locator('section.figures.stale');
const total = (p) => p.locator('#total').innerText();

function account(extra = {}) {
  return {
    version: 1,
    name: 'Quote',
    account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01', as_of: '2026-12-07', timezone: 'America/New_York' },
    contacts: { marketing: 5200, non_marketing: 20000 },
    events: [],
    until: '2027-12-31',
    ...extra,
  };
}

test('item 1: bands are shown and edited, Explain gives a tier in parts, the printed quote lists the prices', async () => {
  const { context, p, errors } = await fresh();
  await open(p, account({ contacts: { marketing: 102000, non_marketing: 0 } }));
  // The rep's negotiated pack price.
  const pack = p.getByLabel('Professional: Price per pack', { exact: true });
  await pack.fill('150.00');
  // The band the editor used to hide, shown and editable.
  const bandPrice = p.getByLabel('Professional, price band 1: price per pack', { exact: true });
  assert.equal(await bandPrice.inputValue(), '180.00');
  assert.equal(await p.getByLabel('Professional, price band 1: packs from contact', { exact: true }).inputValue(), '52000');
  // Explain breaks the tier's price into its parts.
  await p.getByRole('button', { name: 'Explain' }).first().click();
  const parts = await p.locator('dd.tier-price').first().innerText();
  assert.match(parts, /Tier 102,000: 800\.00 \+ 10 × 150\.00 \(contacts 2,001–52,000\) \+ 10 × 180\.00 \(contacts 52,001–102,000\) = 4,100\.00 a month/);
  // The band at the negotiated price too: every pack at 150.00.
  await bandPrice.fill('150');
  await p.waitForFunction(() => document.querySelector('dd.tier-price')?.textContent.includes('= 3,800.00'));
  // Removed, and added back.
  await p.getByRole('button', { name: 'Remove price band 1 of Professional' }).click();
  assert.equal(await p.getByLabel('Professional, price band 1: price per pack', { exact: true }).count(), 0);
  await p.getByRole('button', { name: '+ Price band' }).nth(1).click();
  assert.equal(await p.getByLabel('Professional, price band 1: price per pack', { exact: true }).inputValue(), '150.00');
  // The printed quote names the prices used.
  await p.emulateMedia({ media: 'print' });
  await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await p.waitForFunction(() => document.querySelectorAll('tr.explain').length === document.querySelectorAll('tr.line').length);
  const quote = await p.locator('section.quote').innerText();
  assert.match(quote, /Prices used \(Custom prices\)/);
  assert.match(quote, /Professional: 2,000 contacts included for 800\.00 a month; packs of 5,000 contacts at 150\.00 a month each/);
  assert.doesNotMatch(await p.locator('body').innerText(), /SPEC R8/, 'no rule numbers on the printed quote');
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 1: the price book fits at 360 px, in the embed too', async () => {
  for (const query of ['', '?embed']) {
    const { context, p, errors } = await fresh(360, 740, query);
    // Every price and every name of one, in the assumptions card: none cut
    // short, none past the screen's edge ("Professi", "Includ ed").
    const seen = await p.evaluate(() => {
      const card = document.querySelector('section.assumptions');
      const els = [...card.querySelectorAll('input, th, legend, label, span')].filter((el) => el.closest('#price-book, table.prices'));
      const cut = els.filter((el) => {
        const r = el.getBoundingClientRect();
        const clipped = el.tagName === 'INPUT' ? el.clientWidth < 60 : el.scrollWidth > el.clientWidth + 1;
        const broken = el.tagName !== 'INPUT' && /^[A-Za-z]+$/.test(el.textContent.trim()) && r.height > 30;
        return clipped || broken || r.right > document.documentElement.clientWidth;
      }).map((el) => el.outerHTML.slice(0, 80));
      return { count: els.length, cut };
    });
    assert.ok(seen.count > 10, `the price book is there (${seen.count})`);
    assert.deepEqual(seen.cut, [], `cut off in ${query || 'the page'}`);
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 360);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('item 2: with two imports on one day the advice covers both, and the timing says what it holds', async () => {
  const { context, p, errors } = await fresh();
  await open(p, account({
    account: { edition: 'professional', term: 'annual', billing: 'monthly', start: '2026-01-01', as_of: '2026-12-07', timezone: 'America/New_York', tier: 7000 },
    events: [
      { at: '2026-12-20', action: 'add_marketing', count: 3000 },
      { at: '2026-12-20', action: 'add_marketing', count: 3000 },
    ],
  }));
  await p.getByRole('button', { name: /Ask the advisor/ }).click();
  const stay = p.locator('#adv-stay li');
  await stay.first().waitFor();
  const items = await stay.allInnerTexts();
  // 5,200 + 6,000 is 4,200 over 7,000: the changes together name 4,200.
  const named = items.map((t) => Number(t.match(/import ([\d,]+) fewer/)[1].replace(/,/g, ''))).reduce((a, b) => a + b, 0);
  assert.equal(named, 4200, items.join('\n'));
  const saving = await p.locator('#adv-stay-total').innerText();
  assert.match(saving, /Together they save \$[\d,]+\.\d\d/);
  assert.doesNotMatch(saving, /\$0\.00/);
  await p.locator('#adv-timing').waitFor();
  assert.match(await p.locator('#adv-timing').innerText(), /With your other imports as planned/);
  assert.match(await p.locator('#adv-marginal-0').innerText(), /On top of everything your plan already adds/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 3: a date typed day first recovers however it is corrected, account and event dates alike', async () => {
  const { context, p, errors } = await fresh();
  await p.getByRole('button', { name: '+ Import' }).click();
  for (const [label, good] of [['Simulate until', '2027-12-31'], ['Date of event 1', '2026-12-31']]) {
    const input = p.getByLabel(label, { exact: true });
    const [y, m, d] = good.split('-');
    // A click at the field's start lands in its month, as a person's does;
    // further right, in its day and its year (mm/dd/yyyy).
    const month = () => input.click({ position: { x: 12, y: 10 } });
    const day = () => input.click({ position: { x: 34, y: 10 } });
    const year = () => input.click({ position: { x: 62, y: 10 } });
    const slip = async () => {
      await month();
      await p.keyboard.type(`${d}${m}${y}`); // day first, as much of the world writes it
      await p.waitForFunction((l) => document.querySelector('#errors')?.textContent.includes(`${l}: Enter a whole date`), label);
      assert.equal(await stale(p).count(), 1, `${label}: the slip marks the figures`);
    };
    const ways = {
      'retyped from the month': async () => { await month(); await p.keyboard.type(`${m}${d}${y}`); },
      'pasted': async () => { await input.fill(good); },
      'mid-field, part by part': async () => {
        await day(); await p.keyboard.type(d);
        await year(); await p.keyboard.type(y);
        await month(); await p.keyboard.type(m);
      },
      'pasted, then arrow keys up and back': async () => {
        await input.fill(good);
        await month();
        await p.keyboard.press('ArrowUp');
        await p.keyboard.press('ArrowDown');
      },
    };
    for (const [way, fix] of Object.entries(ways)) {
      await slip();
      await fix();
      await p.waitForFunction((l) => !document.querySelector('#errors')?.textContent.includes(l), label);
      assert.equal(await input.inputValue(), good, `${label}: corrected (${way})`);
    }
    // Whatever the field shows, the banner says the same: a whole date in
    // the field is never flagged as half typed.
    await slip();
    await input.press('Tab');
    const shows = await input.inputValue();
    if (/^\d{4}-\d\d-\d\d$/.test(shows)) {
      assert.doesNotMatch(await banner(p).innerText(), new RegExp(`${label}: Enter a whole date`));
    }
    await input.fill(good);
  }
  assert.equal(await banner(p).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 3: a number, a price and a list of thresholds recover the same way', async () => {
  const { context, p, errors } = await fresh();
  for (const [label, slip, good] of [
    ['Marketing contacts', '18x0', '1,800'],
    ['Professional: Price per pack', '22,5.00x', '225.00'],
    ['Notify at % of tier', '75, 9o', '75, 90, 98'],
  ]) {
    const input = p.getByLabel(label, { exact: true });
    await input.fill('');
    await input.pressSequentially(slip);
    await banner(p).waitFor();
    assert.equal(await input.inputValue(), slip, `${label}: kept as typed`);
    // Mid-field: the caret after the slip, one letter out.
    await input.click();
    await p.keyboard.press('End');
    await input.fill(good);
    await banner(p).waitFor({ state: 'detached' });
    assert.equal(await input.inputValue(), good, `${label}: shown as typed once it reads`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 4: a reload with a slip keeps the figures, marked, with Undo and the CSV buttons', async () => {
  const { context, p, errors } = await fresh();
  const before = await total(p);
  const marketing = p.getByLabel('Marketing contacts', { exact: true });
  await marketing.fill('-5');
  await banner(p).waitFor();
  await p.waitForTimeout(700); // the autosave runs half a second after the last change
  await p.reload();
  await p.waitForSelector('#total');
  await banner(p).waitFor();
  assert.equal(await total(p), before, 'the last good figures');
  assert.equal(await stale(p).count(), 1, 'marked as not current');
  assert.equal(await p.getByLabel('Marketing contacts', { exact: true }).inputValue(), '-5');
  assert.ok(await p.locator('#csv-days').isEnabled());
  const undo = p.getByRole('button', { name: /Undo/ });
  assert.ok(await undo.isEnabled());
  await undo.click();
  await banner(p).waitFor({ state: 'detached' });
  assert.equal(await p.getByLabel('Marketing contacts', { exact: true }).inputValue(), '1800');
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 5: after a usage history the cards describe today, and never call a past date next', async () => {
  const { context, p, errors } = await fresh();
  await p.getByRole('button', { name: /Check a real bill/ }).click();
  const rows = ['date,billed', '2026-11-01,1800', '2026-11-05,2300', '2026-12-02,2400'].join('\n');
  await p.setInputFiles('#history-file', { name: 'usage.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await p.waitForFunction(() => document.querySelector('#fig-tier .value')?.textContent === '7,000');
  assert.equal(await p.locator('#fig-tier h3').innerText(), 'TIER TODAY');
  const next = await p.locator('#fig-update .value').innerText();
  assert.match(next, /Jan 1, 2027/, 'the next update date after today, not Dec 1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 6: a new scenario chooses its tier, so typing 6,500 never stops at an error', async () => {
  const { context, p, errors } = await fresh();
  assert.match(await p.locator('#tier option:checked').innerText(), /^Automatic: 2,000$/);
  const marketing = p.getByLabel('Marketing contacts', { exact: true });
  await marketing.fill('');
  for (const key of '6500') {
    await marketing.press(key);
    assert.equal(await banner(p).count(), 0, 'no error on the way');
  }
  await p.waitForFunction(() => document.querySelector('#fig-tier .value')?.textContent === '7,000');
  assert.match(await p.locator('#tier option:checked').innerText(), /^Automatic: 7,000$/);
  assert.equal(await stale(p).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 7: a link made while a field is wrong carries the figures shown, and says so', async () => {
  const { context, p, errors } = await fresh();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const shown = await total(p);
  await p.getByLabel('Marketing contacts', { exact: true }).fill('-5');
  await banner(p).waitFor();
  await p.getByRole('button', { name: 'Share link' }).click();
  await p.waitForFunction(() => /last scenario that worked/.test(document.querySelector('#notice')?.textContent ?? ''));
  const link = await p.locator('#notice .share-link').inputValue();
  const other = await chrome.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  const q = await other.newPage();
  await q.clock.setFixedTime(new Date('2026-12-07T15:00:00Z'));
  await q.goto(link);
  await q.waitForFunction(() => document.querySelector('#notice'));
  assert.equal(await total(q), shown, 'the receiver sees the numbers the sender saw');
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('item 8: messages say which contacts and when, in words; letters are not "too large"', async () => {
  const { context, p, errors } = await fresh();
  await open(p, account({ events: [{ at: '2026-12-08', action: 'set_non_marketing', count: 250000 }] }));
  await banner(p).waitFor();
  const text = await banner(p).innerText();
  assert.match(text, /sets 250,000 marketing contacts to non-marketing on Dec 8, 2026, but there are only 5,200 marketing contacts then/);
  assert.doesNotMatch(text, /T00:00/);
  const count = p.getByLabel('Contacts', { exact: true });
  await count.fill('x'.repeat(30));
  await p.waitForFunction(() => /Enter a whole number/.test(document.querySelector('#errors')?.textContent ?? ''));
  assert.doesNotMatch(await banner(p).innerText(), /too large/);
  await context.close();
  // The question page says the billing frequency as an adverb.
  const ask = await chrome.newContext({ locale: 'en-US' });
  const a = await page(ask, errors);
  await a.goto(server.url + 'ask.html?embed');
  await a.waitForSelector('#ask-term');
  const terms = await a.locator('#ask-term option').allInnerTexts();
  assert.deepEqual(terms, ['Annual, billed monthly', 'Annual, billed annually', 'Monthly']);
  await ask.close();
  assert.deepEqual(errors, []);
});

test('item 9: the compact embed\'s cost chart has a scale, Import JSON shows focus, a phone sees the figures first', async () => {
  {
    const { context, p, errors } = await fresh(360, 740, '?embed&compact&preset=import-20th');
    const scale = await p.locator('.cost-y').innerText();
    assert.match(scale, /\$[\d,]+\.\d\d/);
    assert.match(await p.locator('.cost-x').innerText(), /\d{4}/);
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context, p, errors } = await fresh(360, 740);
  // The total is on the first screen; the tools wait behind one button.
  const box = await p.locator('#total').boundingBox();
  assert.ok(box.y + box.height <= 740, `the total is at ${box.y}`);
  assert.equal(await p.getByRole('button', { name: 'Share link' }).isVisible(), false);
  await p.getByRole('button', { name: 'Share, save, export…' }).click();
  assert.equal(await p.getByRole('button', { name: 'Share link' }).isVisible(), true);
  // Keyboard focus on Import JSON is drawn on its visible label.
  await p.locator('#import-json').focus();
  await p.keyboard.press('Shift+Tab');
  await p.keyboard.press('Tab');
  const ring = await p.evaluate(() => getComputedStyle(document.querySelector('label[for="import-json"]')).outlineStyle);
  assert.equal(ring, 'solid');
  await shot(p, 'phone-first-screen.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('links, files and saved sessions from the version of 2026-12-06 still open', async () => {
  const fixture = (f) => readFileSync(join(ROOT, 'tests/fixtures', f), 'utf8').trim();
  for (const f of ['links/v1-json-2026-12-06.txt', 'links/v1-deflate-2026-12-06.txt', 'links/v2-json-2026-12-06.txt', 'links/v2-deflate-2026-12-06.txt']) {
    const { context, p, errors } = await fresh();
    await p.goto(server.url + '#' + fixture(f));
    await p.waitForFunction(() => /Opened/.test(document.querySelector('#notice')?.textContent ?? ''));
    assert.equal(await p.locator('#name').inputValue(), f.startsWith('links/v1') ? 'Spring import' : 'Starter, monthly, workflow growth', f);
    assert.deepEqual(errors, [], f);
    await context.close();
  }
  for (const [f, key] of [['sessions/last-with-draft-2026-12-06.json', 'tierwise.v1.last'], ['sessions/last-two-branches-2026-12-06.json', 'tierwise.v1.last'], ['sessions/saved-2026-12-06.json', 'tierwise.v1.saved']]) {
    const errors = [];
    const context = await chrome.newContext({ locale: 'en-US' });
    await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [key, fixture(f)]);
    const p = await page(context, errors);
    await p.goto(server.url);
    await p.waitForSelector('#total');
    if (f.includes('draft')) {
      await banner(p).waitFor();
      assert.equal(await p.getByLabel('Marketing contacts', { exact: true }).inputValue(), '-5x');
      assert.match(await banner(p).innerText(), /Marketing contacts: Enter a whole number/);
    } else if (f.includes('two-branches')) {
      assert.equal(await p.locator('.tabs .tab').count(), 2);
      assert.equal(await p.locator('#name').inputValue(), 'Starter, monthly, workflow growth');
    } else {
      assert.match(await p.locator('details.saved summary').innerText(), /2/);
    }
    assert.deepEqual(errors, [], f);
    await context.close();
  }
});
