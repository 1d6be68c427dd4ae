// What loads when, as a person meets it: the advisor and the bill check are
// components of the one app, so opening them asks the network for nothing;
// another language's texts load when first chosen, and if they cannot, the
// page says so and keeps working in English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page, shot } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const onDemand = (url) => /\/lang\//.test(url);
const textOf = (p, sel) => p.locator(sel).textContent();
const until = (p, sel, re) => p.waitForFunction(
  ([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent ?? ''), [sel, re.source]);

test('the advisor and the bill check are part of the page: opening them loads nothing', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  const asked = [];
  p.on('request', (r) => asked.push(r.url()));
  await p.goto(server.url);
  await p.waitForSelector('#total');
  assert.deepEqual(asked.filter(onDemand), [], 'the first screen loads no other language');
  const before = asked.length;

  const advisor = p.getByRole('button', { name: /Ask the advisor/ });
  await advisor.click();
  assert.equal(await advisor.getAttribute('aria-expanded'), 'true');
  await p.waitForSelector('#adv-standing');
  assert.match(await textOf(p, '#adv-standing'), /tier/);
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'advisor-toggle', 'focus stays on the button pressed');

  await p.getByRole('button', { name: /Check a real bill/ }).click();
  await p.getByLabel(/Paste the charges/).fill('2026-12-01, 800.00');
  await p.getByRole('button', { name: 'Check invoice' }).click();
  await p.waitForSelector('#audit-verdict');
  assert.deepEqual(asked.slice(before), [], 'no request: one app, one module');
  assert.equal(await p.locator('#analysis').count(), 0, 'no second app');

  // An edit in the page reaches the panels.
  await p.fill('#marketing', '1,999');
  await until(p, '#adv-standing', /1,999/);
  await shot(p, 'on-demand-advisor.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('another language loads its texts; if it cannot, the page says so and stays usable', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await context.route('**/lang/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await until(p, '#notice', /The Svenska texts could not load \(404 Not Found\)/);
  assert.equal(await textOf(p, '#account-h'), '1. Your account', 'English, which is built in');
  assert.match(await textOf(p, '#total'), /^\$/);

  await context.unroute('**/lang/**');
  await p.selectOption('#lang', 'sv');
  await until(p, '#account-h', /Ditt konto/);
  assert.equal(await p.getAttribute('html', 'lang'), 'sv');
  // The advisor speaks the page's language.
  await p.getByRole('button', { name: /Fråga rådgivaren/ }).click();
  await until(p, '#advisor-h', /Fråga rådgivaren/);
  await until(p, '#adv-standing', /fakturerade kontakter/);
  assert.match(await textOf(p, '#advisor'), /nivå/);
  await p.selectOption('#lang', 'pl');
  await until(p, '#advisor-h', /Zapytaj doradcę/);
  assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await context.close();
});
