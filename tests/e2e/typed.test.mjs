// Issue 18, items 1 and 3: what a person types is what the figures are
// computed from, or the figures say they are not current and name the field
// to fix. Typos and half-typed numbers and dates are kept as typed, through
// a reload; a date typed digit by digit ends as that date.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, browser, page } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const stale = (p) => p.locator('section.figures.stale');
const banner = (p) => p.getByRole('alert').filter({ hasText: 'Some inputs need fixing' });

test('a typo in a number marks the figures as not current, names the field, and survives a reload', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.getByRole('button', { name: '+ Import' }).click();
  const contacts = p.getByLabel('Contacts', { exact: true });
  await contacts.fill('');
  await contacts.pressSequentially('3O00'); // a letter O
  await banner(p).waitFor();
  assert.match(await banner(p).textContent(), /Event 1: Contacts: Enter a whole number, such as 3000\. \(you typed "3O00"\)/);
  assert.equal(await stale(p).count(), 1, 'the figures say they are not current');
  assert.equal(await contacts.inputValue(), '3O00');

  // The banner's name of the field takes the keyboard there.
  await banner(p).getByRole('link', { name: 'Event 1: Contacts' }).click();
  assert.equal(await p.evaluate(() => document.activeElement?.id), 'ev0-count');

  // Through a reload: the text as typed, the error, the figures marked.
  await p.waitForTimeout(700); // the autosave runs half a second after the last change
  await p.reload();
  await p.waitForSelector('#total');
  await banner(p).waitFor();
  assert.equal(await p.getByLabel('Contacts', { exact: true }).inputValue(), '3O00');
  assert.equal(await stale(p).count(), 1);

  // Fixed: the figures are current again.
  await p.getByLabel('Contacts', { exact: true }).fill('3000');
  await banner(p).waitFor({ state: 'detached' });
  assert.equal(await stale(p).count(), 0);

  // "1e6" in Marketing contacts never reads as "1 billed" without a mark.
  const marketing = p.getByLabel('Marketing contacts', { exact: true });
  await marketing.fill('');
  await marketing.pressSequentially('1e6');
  await banner(p).waitFor();
  assert.equal(await stale(p).count(), 1);
  assert.match(await banner(p).textContent(), /Marketing contacts: Enter a whole number/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('dates typed digit by digit end as that date, or with an error, never another date', async () => {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');

  const until = p.getByLabel('Simulate until');
  // A click at the field's start lands in its month, as a person's does.
  await until.click({ position: { x: 12, y: 10 } });
  await until.pressSequentially('06012028');
  assert.equal(await until.inputValue(), '2028-06-01');
  await p.waitForFunction(() => /Jun 1, 2028/.test(document.querySelector('#fig-total')?.textContent ?? ''));
  assert.equal(await p.locator('#until-error').count(), 0);

  // Clearing part of a date keeps it cleared, with the error, and marks the figures.
  const asOf = p.getByLabel('Counts as of');
  await asOf.click();
  await p.keyboard.press('Backspace');
  assert.equal(await asOf.inputValue(), '', 'no snapping back');
  assert.equal(await p.textContent('#as-of-error'), 'Enter a whole date.');
  assert.equal(await stale(p).count(), 1);
  assert.match(await banner(p).textContent(), /Counts as of: Enter a whole date\./);

  // An event's cleared date is an error at the event, not the old date used silently.
  await p.getByRole('button', { name: '+ Import' }).click();
  const at = p.getByLabel('Date of event 1');
  await at.click();
  await p.keyboard.press('Backspace');
  assert.equal(await p.textContent('#ev0-at-error'), 'Enter a whole date.');
  assert.match(await banner(p).textContent(), /Date of event 1: Enter a whole date\./);
  assert.deepEqual(errors, []);
  await context.close();
});
