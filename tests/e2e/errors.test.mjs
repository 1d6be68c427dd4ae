// Issue 18, item 8: errors speak to people. The banner names the field as
// its label does and links to it, says what to do, and follows the error as
// it changes; field paths such as `contacts.marketing` stay in the CLI and
// the JS API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const banner = (p) => p.locator('#errors');
const paths = /contacts\.marketing|account\.|events\[|(?<!Simulate )until:|must not be/;

test('a negative count, then a typo: the banner says what to do, in words, and follows the change', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  const marketing = p.getByLabel('Marketing contacts', { exact: true });
  await marketing.fill('-5');
  await banner(p).waitFor();
  const said = await banner(p).textContent();
  assert.match(said, /Marketing contacts: Enter 0 or more \(you typed -5\)\./);
  assert.doesNotMatch(said, paths);
  assert.match(await p.locator('#marketing-error').textContent(), /^Enter 0 or more/);
  await banner(p).getByRole('link', { name: 'Marketing contacts' }).click();
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'marketing');

  await marketing.fill('abc');
  await p.waitForFunction(() => /whole number/.test(document.querySelector('#errors')?.textContent));
  const now = await banner(p).textContent();
  assert.match(now, /Marketing contacts: Enter a whole number/);
  assert.doesNotMatch(now, /0 or more/, 'the old error goes when the field holds new text');

  await marketing.fill('2000');
  await banner(p).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a date before the counts are from names the field and the fix', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  const asOf = await p.getByLabel('Counts as of').inputValue();
  await p.getByLabel('Simulate until').fill('2020-01-01');
  await banner(p).waitFor();
  const said = await banner(p).textContent();
  // Both dates as the page writes dates, not as the format stores them.
  const day = (iso) => new Date(`${iso}T00:00`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  assert.match(said, new RegExp(`Simulate until: Jan 1, 2020 is before ${day(asOf)}, the day your counts are from\\. Pick a later day\\.`));
  assert.doesNotMatch(said, paths);
  assert.match(await p.locator('#until-error').textContent(), /^Jan 1, 2020 is before/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('errors read in Swedish and Polish, with the field named in that language', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US' });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  for (const [lang, name, what] of [
    ['sv', 'Marknadsföringskontakter', 'Ange 0 eller mer \\(du skrev -7\\)'],
    ['pl', 'Kontakty marketingowe', 'Wpisz 0 lub więcej \\(wpisano -7\\)'],
  ]) {
    await p.getByLabel(/Language|Språk|Język/).selectOption(lang);
    await p.waitForFunction((l) => document.documentElement.lang === l, lang);
    await p.getByLabel(name, { exact: true }).fill('-7');
    await banner(p).waitFor();
    const said = await banner(p).textContent();
    assert.match(said, new RegExp(`${name}: ${what}`), lang);
    assert.doesNotMatch(said, paths);
    await p.getByLabel(name, { exact: true }).fill('2000');
    await banner(p).waitFor({ state: 'detached' });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
