// The first screen arrives as HTML (issue 26): the built index.html and
// ask.html hold the default scenario's figures for the build day, written
// natively by ICU4X exactly as the app's Intl writes them; until the wasm
// has started, the page keeps them honest (another day, a shared link, no
// typing lost, an app that cannot start). The wasm is held back here to see
// the page as a phone sees it before the app runs. Needs scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serve, browser, page } from './harness.mjs';

let server, chrome, built;
before(async () => {
  server = await serve();
  chrome = await browser();
  built = readFileSync(join(ROOT, 'dist/index.html'), 'utf8').match(/data-prerendered="(\d{4}-\d\d-\d\d)"/)?.[1];
});
after(async () => { await chrome?.close(); await server?.close(); });

/** A page whose wasm waits for `release()`; its clock set to `day` (noon). */
async function held(day, { path = '', zone = 'America/New_York', locale = 'en-US' } = {}) {
  const errors = [];
  const context = await chrome.newContext({ locale, timezoneId: zone, viewport: { width: 1280, height: 900 } });
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await context.route('**/*_bg.wasm', async (route) => { await gate; await route.continue(); });
  const p = await page(context, errors);
  await p.clock.setFixedTime(new Date(`${day}T12:00:00`));
  await p.goto(server.url + path, { waitUntil: 'domcontentloaded' });
  return { context, p, errors, release };
}
const nextDay = (d) => new Date(Date.parse(`${d}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
const figures = (p) => p.$$eval('.figures .figure', (cards) => cards.map((c) => [...c.querySelectorAll('h3, .value, .sub:not([data-viewer-at])')].map((e) => e.textContent.trim()).join(' | ')));

test('the built pages hold the first figures for the build day', () => {
  assert.match(built ?? '', /^\d{4}-\d\d-\d\d$/, 'index.html names its build day');
  const index = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');
  assert.match(index, /id="total"[^>]*>\$[\d,]+\.\d\d<\/p>/);
  assert.match(index, /id="marketing"/, 'the account inputs are in the HTML');
  assert.match(index, /Next update date/);
  const ask = readFileSync(join(ROOT, 'dist/ask.html'), 'utf8');
  assert.match(ask, /data-prerendered="\d{4}-\d\d-\d\d"/);
  assert.match(ask, /id="ask-answer"[^>]*>[\s\S]*?\$[\d,]+\.\d\d/, "the question's whole first answer");
});

test('the prerender writes numbers, money and dates as the browser writes them', async () => {
  const lines = execFileSync(join(ROOT, 'target/debug/prerender'), ['--formats'], { encoding: 'utf8' })
    .trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length > 20);
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await context.newPage();
  // The options of src/intl.rs's Fmt, for en-US and USD.
  const intl = await p.evaluate((lines) => lines.map(({ kind, value }) => {
    const n = (o) => new Intl.NumberFormat('en-US', o).format(value);
    switch (kind) {
      case 'count': return n({ maximumFractionDigits: 0 });
      case 'money': return n({ style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'amount': return n({ minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'date': return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
      case 'instant': {
        const [, unix, offset] = value.match(/^(\d+)([+-]\d+)$/);
        const text = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
          .format(new Date((Number(unix) + Number(offset)) * 1000));
        const o = Number(offset); const h = Math.floor(Math.abs(o) / 3600); const m = Math.abs(o) % 3600 / 60;
        return `${text} (UTC${o < 0 ? '−' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''})`;
      }
      default: return null;
    }
  }), lines);
  for (const [i, line] of lines.entries()) {
    assert.equal(line.text, intl[i], `${line.kind} ${line.value}`);
  }
  await context.close();
});

test('before the wasm, the figures are there and nothing can be typed; the app then draws the same', async () => {
  const { context, p, errors, release } = await held(built);
  await p.waitForSelector('.first-screen-note');
  assert.match(await p.textContent('.first-screen-note'), /Starting the calculator/);
  const before = await figures(p);
  assert.match(before.join('\n'), /Total cost \| \$[\d,]+\.\d\d/);
  assert.equal(await p.$eval('#marketing', (e) => e.readOnly), true, 'typing waits for the app');
  await p.locator('#marketing').press('5').catch(() => {});
  assert.equal(await p.inputValue('#marketing'), '1800', 'nothing typed is taken, or lost');
  release();
  await p.waitForSelector('.first-screen-note', { state: 'detached' });
  await p.waitForFunction(() => !document.querySelector('#marketing').readOnly);
  assert.deepEqual(await figures(p), before, 'the app draws the figures the HTML had');
  assert.equal(await p.getAttribute('#app', 'aria-busy'), null);
  await p.fill('#marketing', '2,500');
  await p.waitForFunction(() => /2,500 billed/.test(document.querySelector('#fig-tier')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the day after the build day the figures say whose day they are, until today\'s are drawn', async () => {
  const day = nextDay(built);
  const { context, p, errors, release } = await held(day);
  await p.waitForSelector('.first-screen-note');
  const builtDay = new Date(`${built}T00:00`).toLocaleDateString('en-US', { dateStyle: 'medium' });
  assert.equal(await p.textContent('.first-screen-note'), `These figures are for ${builtDay}; updating to today…`);
  assert.equal(await p.locator('#app.first-screen-other-day').count(), 1);
  release();
  await p.waitForSelector('.first-screen-note', { state: 'detached' });
  const asOf = await p.inputValue('#as-of');
  assert.equal(asOf, day, "today's figures: counts as of the visitor's today");
  assert.equal(await p.locator('.first-screen-other-day').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared link or a saved session never shows the default figures as the person\'s', async () => {
  const link = readFileSync(join(ROOT, 'tests/fixtures/links/v1-json-2026-12-06.txt'), 'utf8').trim();
  const fragment = `#${link.replace(/^[^#]*#/, '')}`;
  const { context, p, errors, release } = await held(built, { path: fragment });
  await p.waitForSelector('.first-screen-note');
  assert.equal(await p.textContent('.first-screen-note'), 'Opening your scenario…');
  assert.equal(await p.$eval('#total', (e) => getComputedStyle(e).visibility), 'hidden');
  release();
  await p.waitForSelector('.first-screen-note', { state: 'detached' });
  assert.equal(await p.$eval('#total', (e) => getComputedStyle(e).visibility), 'visible');
  assert.deepEqual(errors, []);
  await context.close();

  // Said in the language the app will show (its Fluent messages, written
  // into the page by the prerender).
  for (const [path, locale, said] of [
    ['?lang=sv', 'en-US', 'Öppnar ditt scenario…'],
    ['?embed&preset=import-20th', 'en-US', 'Opening your scenario…'],
    ['', 'pl-PL', 'Otwieranie Twojego scenariusza…'],
  ]) {
    const h = await held(built, { path, locale });
    await h.p.waitForSelector('.first-screen-note');
    assert.equal(await h.p.textContent('.first-screen-note'), said, `${path} ${locale}`);
    assert.equal(await h.p.$eval('#total', (e) => getComputedStyle(e).visibility), 'hidden', 'not the English figures');
    h.release();
    await h.context.close();
  }
});

test('before the wasm no file can be chosen, and the field in focus keeps it when the app takes over', async () => {
  const { context, p, errors, release } = await held(built);
  await p.waitForSelector('.first-screen-note');
  assert.equal(await p.$eval('#import-json', (e) => e.disabled), true, 'a file chosen now would be lost');
  await p.focus('#marketing');
  release();
  await p.waitForSelector('.first-screen-note', { state: 'detached' });
  await p.waitForFunction(() => document.activeElement?.id === 'marketing');
  assert.equal(await p.$eval('#marketing', (e) => e.readOnly), false);
  await p.keyboard.press('End');
  await p.keyboard.type('0');
  await p.waitForFunction(() => /18,000 billed/.test(document.querySelector('#fig-tier')?.textContent ?? ''));
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the app cannot start, the page says so instead of showing live figures', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', timezoneId: 'America/New_York' });
  await context.route('**/*_bg.wasm', (route) => route.abort('internetdisconnected'));
  const p = await page(context, errors);
  await p.clock.setFixedTime(new Date(`${built}T12:00:00`));
  await p.goto(server.url);
  await p.waitForFunction(() => /could not start/.test(document.querySelector('.first-screen-note')?.textContent ?? ''));
  assert.equal(await p.getAttribute('.first-screen-note', 'role'), 'alert');
  assert.equal(await p.locator('#app.first-screen-failed').count(), 1);
  await context.close();
});

test("the embed's question answers before its wasm arrives", async () => {
  const { context, p, release } = await held(built, { path: 'ask.html?embed' });
  await p.waitForSelector('.first-screen-note');
  assert.equal(await p.textContent('.first-screen-note'), 'Starting: you can change the question in a moment.');
  assert.match(await p.textContent('#ask-answer'), /\$[\d,]+\.\d\d/);
  const answer = await p.textContent('#ask-answer');
  release();
  await p.waitForSelector('.first-screen-note', { state: 'detached' });
  assert.equal(await p.textContent('#ask-answer'), answer);
  await context.close();
});
