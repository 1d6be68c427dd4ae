// Issue 18, item 10: the page speaks a marketer's language. Rule numbers
// ("R8", "SPEC §3") may stay inside the Explain disclosures; nowhere else
// on screen do rule numbers, "horizon", "processing instant" or "headroom"
// appear, in the app, the advisor, the bill check or the comparison.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const SPEC_WORDS = /\bR\d{1,2}\b|SPEC|§|\bhorizon\b|processing instant|headroom/i;

/** The page's visible text, less the Explain disclosures' rows. */
const visibleText = (p) => p.evaluate(() => {
  const copy = document.body.cloneNode(true);
  copy.querySelectorAll('tr.explain, script, style').forEach((el) => el.remove());
  document.body.append(copy);
  copy.style.position = 'absolute';
  const text = copy.innerText;
  copy.remove();
  return text;
});

const offending = (text) => text.split('\n').filter((line) => SPEC_WORDS.test(line));

for (const locale of ['en-US', 'sv-SE', 'pl-PL']) {
  test(`no specification words as the main words (${locale})`, async () => {
    const errors = [];
    const context = await chrome.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const p = await page(context, errors);
    await p.goto(server.url);
    await p.waitForSelector('#total');
    await p.waitForFunction((l) => document.documentElement.lang === l.slice(0, 2), locale);
    await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
    await p.waitForSelector('#notice');
    await p.click('#branch-term');
    await p.click('#advisor-toggle');
    await p.waitForSelector('#adv-standing');
    await p.fill('#adv-growth', '10');
    await p.waitForSelector('#adv-forecast');
    await p.click('#audit-toggle');
    await p.fill('#invoice-text', '2026-12-01, 800.00\n2026-12-21, 87.10');
    await p.click('#invoice-check');
    await p.waitForSelector('#audit-verdict');
    await p.waitForTimeout(300);
    assert.deepEqual(offending(await visibleText(p)), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
