// A careless new user's slips, each reported by an exploratory session on
// the issue-24 build and reproduced here before it was fixed: a date moved
// past the next event's, a decimal comma in a count or an English price,
// "Other zone…", a new tier event, Undo after two separate edits of one
// field, a select that did not follow Undo, and a file whose scenario does
// not simulate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

async function fresh() {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', timezoneId: 'America/New_York', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await p.clock.setFixedTime(new Date('2026-12-07T15:00:00Z'));
  await p.goto(server.url);
  await p.waitForSelector('#total');
  return { context, p, errors };
}

const events = (p) => p.$$eval('li.event', (rows) => rows.map((r) => {
  const i = r.dataset.index;
  return [r.dataset.action, r.querySelector(`#ev${i}-at`)?.value ?? null];
}));
const banner = (p) => p.locator('#errors');

test('an event dated past the next one keeps its row, and no event is lost', async () => {
  const { context, p, errors } = await fresh();
  await p.click('#add-import');
  await p.click('#add-set-non-marketing');
  await p.fill('#ev1-at', '2026-12-25');
  // `fill` reports the date as a browser does: `input`, then `change`.
  await p.fill('#ev0-at', '2026-12-28');
  assert.deepEqual(await events(p), [['add_marketing', '2026-12-28'], ['set_non_marketing', '2026-12-25']]);
  // The keyboard stays on the event it was changing.
  await p.focus('#ev0-at');
  await p.keyboard.press('ArrowUp');
  const after = await events(p);
  assert.equal(after[0][0], 'add_marketing');
  assert.notEqual(after[0][1], '2026-12-28', 'the import changed');
  assert.deepEqual(after[1], ['set_non_marketing', '2026-12-25'], 'the other event did not');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a decimal comma is not a thousands separator: "3,5" and "900,50" do not read', async () => {
  const { context, p, errors } = await fresh();
  const before = await p.locator('#total').innerText();
  await p.fill('#marketing', '3,5');
  await banner(p).waitFor();
  assert.match(await banner(p).innerText(), /Marketing contacts: Enter a whole number/);
  assert.equal(await p.locator('#total').innerText(), before, 'the figures are the last good ones');
  await p.fill('#marketing', '3,500');
  await banner(p).waitFor({ state: 'detached' });

  const base = p.getByLabel('Professional: Base price', { exact: true });
  await base.fill('900,50');
  await banner(p).waitFor();
  assert.match(await banner(p).innerText(), /Base price/);
  await base.fill('900.50');
  await banner(p).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Other zone…" keeps the zone in force; a typed zone names its region', async () => {
  const { context, p, errors } = await fresh();
  await p.selectOption('#region', 'japan');
  assert.equal(await p.inputValue('#zone'), 'Asia/Tokyo');
  const next = await p.locator('#fig-update').innerText();
  await p.selectOption('#region', 'other');
  assert.equal(await p.inputValue('#zone'), 'Asia/Tokyo', 'the zone stays');
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'zone');
  assert.equal(await p.locator('#fig-update').innerText(), next);
  await p.fill('#zone', 'europe/dublin ');
  await p.press('#zone', 'Enter');
  await p.waitForFunction(() => document.querySelector('#region').value === 'europe');
  assert.equal(await p.inputValue('#zone'), 'Europe/Dublin');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new downgrade request or tier change starts with a real tier', async () => {
  const { context, p, errors } = await fresh();
  await p.click('#add-downgrade');
  await p.click('#add-tier-change');
  assert.equal(await banner(p).count(), 0, 'no error to fix');
  assert.doesNotMatch(await p.locator('main').innerText(), /nearest are {2}and|not a tier/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two separate edits of one field are two undo steps; every select follows Undo', async () => {
  const { context, p, errors } = await fresh();
  // Typed, then left (Tab commits it); typed again.
  await p.fill('#marketing', '2500');
  await p.press('#marketing', 'Tab');
  await p.fill('#marketing', '4000');
  await p.getByRole('button', { name: /Undo/ }).click();
  await p.waitForFunction(() => document.querySelector('#marketing').value.replace(/\D/g, '') === '2500');
  await p.getByRole('button', { name: /Undo/ }).click();
  await p.waitForFunction(() => document.querySelector('#marketing').value.replace(/\D/g, '') === '1800');

  // Typed, a pause with the field still focused, typed again.
  await p.fill('#non-marketing', '13000');
  await p.waitForTimeout(2500);
  await p.fill('#non-marketing', '14000');
  await p.getByRole('button', { name: /Undo/ }).click();
  await p.waitForFunction(() => document.querySelector('#non-marketing').value.replace(/\D/g, '') === '13000');

  const tier = await p.inputValue('#tier');
  const other = await p.$$eval('#tier option', (o) => o.map((x) => x.value).find((v, i) => i > 1));
  await p.selectOption('#tier', other);
  await p.getByRole('button', { name: /Undo/ }).click();
  await p.waitForFunction((t) => document.querySelector('#tier').value === t, tier);

  await p.selectOption('#term', 'monthly');
  await p.getByRole('button', { name: /Undo/ }).click();
  await p.waitForFunction(() => document.querySelector('#term').value === 'annual');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file whose scenario does not simulate never claims figures that are not there', async () => {
  const { context, p, errors } = await fresh();
  const scenario = {
    version: 1,
    account: { edition: 'professional', term: 'annual', start: '2026-01-01', as_of: '2026-12-07', tier: 2000 },
    contacts: { marketing: 1800, pending_non_marketing: 500 },
    until: '2027-12-31',
  };
  await p.setInputFiles('#import-json', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await banner(p).waitFor();
  const said = await banner(p).innerText();
  if (await p.locator('#total').count() === 0) {
    assert.match(said, /There are no figures for this scenario until then/);
    assert.doesNotMatch(said, /figures below/);
  } else {
    assert.match(said, /figures below are from the last valid scenario/);
  }
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('Undo pressed from the keyboard until it has nothing left keeps the focus on the history buttons', async () => {
  const { context, p, errors } = await fresh();
  await p.fill('#marketing', '2500');
  await p.waitForFunction(() => /2,500 billed/.test(document.querySelector('#fig-tier')?.textContent ?? ''));
  await p.focus('#undo');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelector('#undo').disabled);
  await p.waitForFunction(() => document.activeElement?.id === 'redo');
  // Enter again redoes, and the focus goes back to Undo.
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => /2,500 billed/.test(document.querySelector('#fig-tier')?.textContent ?? ''));
  await p.waitForFunction(() => document.activeElement?.id === 'undo');
  assert.deepEqual(errors, []);
  await context.close();
});
