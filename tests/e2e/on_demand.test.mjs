// Issue 17, load on demand, as a person meets it: the first screen asks for
// neither the advisor nor the bill check nor another language's texts; the
// panel says so while its part loads; a part that cannot load says that,
// the rest of the page keeps working, and "Try again" recovers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page, shot } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const onDemand = (url) => /\/(analysis|lang)\//.test(url);
const textOf = (p, sel) => p.locator(sel).textContent();
const until = (p, sel, re) => p.waitForFunction(
  ([s, r]) => new RegExp(r).test(document.querySelector(s)?.textContent ?? ''), [sel, re.source]);

test('the advisor loads when first opened, and says so meanwhile', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  const asked = [];
  p.on('request', (r) => asked.push(r.url()));
  // Hold the module's wasm until the test has seen the loading state.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/analysis/*_bg.wasm', async (route) => { await held; await route.continue(); });

  await p.goto(server.url);
  await p.waitForSelector('#total');
  assert.deepEqual(asked.filter(onDemand), [], 'the first screen loads nothing on demand');

  const advisor = p.getByRole('button', { name: /Ask the advisor/ });
  await advisor.click();
  const status = p.getByRole('status').filter({ hasText: 'Loading the advisor' });
  await status.waitFor();
  assert.equal(await advisor.getAttribute('aria-expanded'), 'true');
  release();
  await p.waitForSelector('#adv-standing');
  assert.equal(await status.count(), 0);
  assert.match(await textOf(p, '#adv-standing'), /tier/);
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'advisor-toggle', 'focus stays on the button pressed');
  assert.ok(asked.some((u) => /\/analysis\/analysis-[0-9a-f]+\.js$/.test(u)), 'a content-named module');

  // The bill check comes with the same module: no second load.
  const before = asked.length;
  await p.getByRole('button', { name: /Check a real bill/ }).click();
  await p.getByLabel(/Paste the charges/).fill('2026-12-01, 800.00');
  await p.getByRole('button', { name: 'Check invoice' }).click();
  await p.waitForSelector('#audit-verdict');
  assert.deepEqual(asked.slice(before).filter(onDemand), []);

  // An edit in the page reaches the panels.
  await p.fill('#marketing', '1,999');
  await until(p, '#adv-standing', /1,999/);
  await shot(p, 'on-demand-advisor.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a part that cannot load says so; the rest keeps working; Try again recovers', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await context.route('**/analysis/**', (route) => route.abort('internetdisconnected'));
  await p.goto(server.url);
  await p.waitForSelector('#total');

  await p.getByRole('button', { name: /Check a real bill/ }).click();
  const alert = p.getByRole('alert').filter({ hasText: 'could not load' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /"5\. Check a real bill" could not load \(.+\)\. Check your connection and try again; the rest of the page keeps working\./);

  // The rest of the page keeps working.
  const total = await textOf(p, '#total');
  await p.fill('#until', '2027-06-30');
  await p.waitForFunction((t) => document.querySelector('#total')?.textContent !== t, total);

  await context.unroute('**/analysis/**');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await p.waitForSelector('#audit-body');
  assert.equal(await alert.count(), 0);
  // The browser logs the failed fetch itself; nothing else may fail.
  assert.deepEqual(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
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
  // The advisor, loaded later, speaks the page's language.
  await p.getByRole('button', { name: /Fråga rådgivaren/ }).click();
  await until(p, '#advisor-h', /Fråga rådgivaren/);
  // The module draws in English until its own copy of the texts is in:
  // wait for its answer in Swedish, not the first thing it draws.
  await until(p, '#adv-standing', /fakturerade kontakter/);
  assert.match(await textOf(p, '#analysis #advisor'), /nivå/);
  await p.selectOption('#lang', 'pl');
  await until(p, '#advisor-h', /Zapytaj doradcę/);
  assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await context.close();
});
