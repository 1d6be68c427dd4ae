// Languages: the browser's language is followed, the switcher changes it,
// the choice survives a reload, and Intl formats for the chosen locale.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, shot, ROOT } from './harness.mjs';

let server, chrome;
const heading = (p, text) => p.waitForFunction((t) => document.querySelector('#account-h')?.textContent === t, text);
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

test('the language follows the browser, switches, and stays', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'sv-SE' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  // English is built in; Swedish loads on demand, then the page switches.
  await heading(p, '1. Ditt konto');
  assert.equal(await p.getAttribute('html', 'lang'), 'sv');
  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
  await p.waitForFunction(() => document.querySelector('#notice')?.textContent.includes('Öppnade'));
  // Swedish numbers: a space between thousands, a decimal comma.
  assert.match(await p.textContent('#total'), /^16\s112,10\sUS\$$/);

  await p.selectOption('#lang', 'pl');
  await heading(p, '1. Twoje konto');
  assert.match(await p.textContent('#notice'), /^Otwarto import-on-the-20th\.json/, 'the notice follows the language');
  assert.match(await p.textContent('#total'), /^16\s112,10\sUSD$/);
  await p.locator('tr.line.kind-prorated-upgrade button.explain-toggle').click();
  assert.match(await p.textContent('tr.explain:not(.closed) .formula'), /× 12 \/ 31 dni = 87,10/);
  await shot(p, 'app-polish.png');

  await p.reload();
  await p.waitForSelector('#total');
  await heading(p, '1. Twoje konto'); // the choice survives a reload
  await p.selectOption('#lang', 'en');
  assert.equal(await p.textContent('#account-h'), '1. Your account');
  assert.equal(await p.textContent('#total'), '$16,112.10');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?lang= picks the language, and inline errors are translated', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url + '?lang=sv');
  await p.waitForSelector('#total');
  await heading(p, '1. Ditt konto');
  await p.fill('#marketing', '-5');
  await p.waitForSelector('#marketing-error');
  assert.equal(await p.textContent('#marketing-error'), 'Ange 0 eller mer (du skrev -5).');
  await p.fill('#marketing', '12a');
  assert.equal(await p.textContent('#marketing-error'), 'Ange ett heltal, till exempel 3000.');
  assert.deepEqual(errors, []);
  await context.close();
});
