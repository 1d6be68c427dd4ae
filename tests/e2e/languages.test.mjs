// Issue 18, item 9: Swedish and Polish are complete. Ledger lines, their
// explanations, the names the app gives, the labels a screen reader reads,
// decimal separators and the phrases that join a tier and a date are in
// the chosen language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

// Words that are English only: none of them is a Swedish or Polish word.
const ENGLISH = /\b(tier|Upgrade|Credit|Results|Edit history|Key figures|Warnings|Share link|My account|billed|monthly|annual|edition)\b/;

/** Every text a person sees or hears: visible text, labels and titles. */
const everything = (p) => p.evaluate(() => {
  const attrs = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
    .flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a)).filter(Boolean));
  const explain = [...document.querySelectorAll('tr.explain')].map((r) => r.textContent);
  return [...document.body.innerText.split('\n'), ...attrs, ...explain]
    .map((t) => t.trim()).filter(Boolean);
});

for (const [locale, name, upgrade, factor] of [
  ['sv-SE', 'Mitt konto', /uppgradering till [\d\s]+ den /, /× 1,2 \(månadsavtal\)/],
  ['pl-PL', 'Moje konto', /podwyższenie do [\d\s]+ dnia /, /× 1,2 \(umowa miesięczna\)/],
]) {
  test(`the page is whole in ${locale}`, async () => {
    const errors = [];
    const context = await chrome.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const p = await page(context, errors);
    await p.goto(server.url);
    await p.waitForSelector('#total');
    await p.waitForFunction((l) => document.documentElement.lang === l.slice(0, 2), locale);
    // A new visitor's scenario is named in their language.
    assert.equal(await p.inputValue('#name'), name);

    await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
    await p.waitForSelector('#notice');
    await p.waitForSelector('tr.line.kind-prorated-upgrade');
    const said = await everything(p);
    const english = said.filter((t) => ENGLISH.test(t));
    assert.deepEqual(english, [], 'no English left');
    assert.ok(said.some((t) => upgrade.test(t)), 'a tier and its date are joined by a word');

    // The monthly term's price, with the locale's decimal comma.
    await p.click('#branch-term');
    // The explanations are drawn when asked for, and all of them for a print.
    await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await p.waitForFunction(() => document.querySelectorAll('tr.explain').length > 0);
    const explained = (await everything(p)).join('\n');
    assert.match(explained, factor);
    assert.deepEqual((await everything(p)).filter((t) => ENGLISH.test(t)), [], 'no English in the branch');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
