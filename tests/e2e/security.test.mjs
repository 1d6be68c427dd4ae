// The browser never breaks: a strict CSP, no request off the serving origin,
// text rendered as text, and hostile input answered with a specific error
// while the previous state stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';

function watch(p, errors, requests) {
  p.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) errors.push(`csp: ${m.text()}`); });
  p.on('request', (r) => requests.push(r.url()));
}

test('a full session under a strict CSP sends nothing off the origin', async () => {
  const errors = [];
  const requests = [];
  const context = await chrome.newContext({ locale: 'en-US', acceptDownloads: true });
  const p = await page(context, errors);
  watch(p, errors, requests);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  const csp = await p.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(await p.locator('script:not([src])').count(), 0, 'no inline script');

  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/spec-example.json'));
  await p.waitForSelector('#notice');
  await p.click('#add-import');
  await p.click('#branch-term');
  await p.selectOption('#lang', 'sv');
  await p.selectOption('#lang', 'en');
  // The parts loaded on demand come from this origin, under the same policy.
  await p.click('#advisor-toggle');
  await p.waitForSelector('#adv-standing');
  await p.click('#audit-toggle');
  await p.waitForSelector('#invoice-text');
  await p.selectOption('#lang', 'pl');
  await p.waitForFunction(() => document.querySelector('#advisor-h')?.textContent.includes('Zapytaj'));
  await p.selectOption('#lang', 'en');
  await p.waitForFunction(() => document.querySelector('#account-h')?.textContent === '1. Your account');
  await p.click('#share');
  await p.waitForSelector('.share-link');
  await Promise.all([p.waitForEvent('download'), p.click('#csv-days')]);
  await p.locator('button.explain-toggle').first().click();
  await p.reload();
  await p.waitForSelector('#total');
  await p.goto(server.url + 'demo-help-center.html');
  await p.frameLocator('[data-tierwise] iframe').locator('#ask-answer').waitFor();
  await p.frameLocator('#calc-after').locator('#total').waitFor();

  const origin = new URL(server.url).origin;
  const away = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(away, [], 'requests that left the origin');
  assert.ok(requests.length > 5);
  assert.deepEqual(errors, []);
  await context.close();
});

test('markup in names is shown as text, never run', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.fill('#name', XSS);
  await p.click('#branch');
  assert.ok((await p.locator('.tab').first().textContent()).includes('<script>'), 'the name shows as text');
  const scenario = JSON.parse(await (await import('node:fs/promises')).readFile(join(ROOT, 'tests/fixtures/spec-example.json'), 'utf8'));
  scenario.name = XSS;
  await p.setInputFiles('#import-json', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
  await p.waitForSelector('#notice');
  await p.click('#save');
  await p.click('.saved summary');
  assert.ok((await p.locator('.saved-item .name').first().textContent()).includes('onerror'));
  assert.equal(await p.evaluate(() => window.__xss), undefined);
  assert.equal(await p.locator('.tab img, .saved img, #notice img').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('hostile numbers get a specific error and the previous state stays', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  const total = await p.textContent('#total');
  const cases = [
    ['99999999999999999999', /too large/],
    ['', /Enter a number/],
    ['1e5', /whole number/],
    ['-5', /Enter 0 or more/],
    ['2000000000', /at most 1,000,000,000/],
  ];
  for (const [value, message] of cases) {
    await p.fill('#marketing', value);
    await p.waitForSelector('#marketing-error');
    assert.match(await p.textContent('#marketing-error'), message, value);
    assert.equal(await p.textContent('#total'), total, `state kept after ${value}`);
  }
  // A 10 MB paste.
  await p.evaluate(() => {
    const input = document.querySelector('#marketing');
    input.value = '9'.repeat(10 * 1024 * 1024);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  assert.match(await p.textContent('#marketing-error'), /too large/);
  assert.equal(await p.textContent('#total'), total);
  await p.fill('#notify', '75, 250');
  await p.waitForSelector('#errors');
  assert.match(await p.textContent('#errors'), /Notify at % of tier: Enter percentages from 1 to 99; 250 is not one\./);
  assert.ok((await p.textContent('#errors')).length < 1000, 'a huge paste is quoted short');
  assert.equal(await p.textContent('.legend .k-band'), '75 / 90 / 98% of tier', 'the bands stay those of the figures shown');
  await p.fill('#marketing', '1800');
  await p.fill('#notify', '75, 90, 98');
  await p.waitForSelector('#errors', { state: 'detached' });
  assert.equal(await p.textContent('#total'), total);
  assert.deepEqual(errors, []);
  await context.close();
});
