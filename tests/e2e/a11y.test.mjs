// Issue 18, item 13: no axe violations of any impact, on the page as a
// person uses it: at first, with the advisor, the bill check, a comparison
// and an explanation open, in English and Swedish, at 1280 and 360 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Every violation axe finds, as "rule: target" lines. */
async function violations(p) {
  await p.addScriptTag({ path: AXE });
  const result = await p.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

for (const [locale, width] of [['en-US', 1280], ['en-US', 360], ['sv-SE', 1280]]) {
  test(`no accessibility violations (${locale}, ${width} px)`, async () => {
    const errors = [];
    // Axe is a script of the test's, which the app's own CSP would refuse.
    const context = await chrome.newContext({ locale, bypassCSP: true, viewport: { width, height: 900 } });
    const p = await page(context, errors);
    await p.goto(server.url);
    await p.waitForSelector('#total');
    await p.waitForFunction((l) => document.documentElement.lang === l.slice(0, 2), locale);
    await p.waitForSelector('#chart-plot');
    assert.deepEqual(await violations(p), [], 'the first screen');

    await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
    await p.waitForSelector('#notice');
    await p.click('#branch-term');
    await p.locator('button.explain-toggle').first().click();
    await p.click('#advisor-toggle');
    await p.waitForSelector('#adv-timing');
    await p.click('#audit-toggle');
    await p.fill('#invoice-text', 'Dec 1, 2026 $800.00\nnot a line');
    await p.click('#invoice-check');
    await p.waitForSelector('#audit-verdict, #invoice-errors');
    await p.fill('#marketing', '-5');
    await p.waitForSelector('#errors');
    assert.deepEqual(await violations(p), [], 'with every panel open and an error');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const locale of ['en-US', 'pl-PL']) {
  test(`no accessibility violations on the embed's question (${locale}, 320 px)`, async () => {
    const errors = [];
    const context = await chrome.newContext({ locale, bypassCSP: true, viewport: { width: 320, height: 800 } });
    const p = await page(context, errors);
    await p.goto(server.url + 'ask.html?embed');
    await p.waitForSelector('#ask-answer');
    await p.waitForFunction((l) => document.documentElement.lang === l.slice(0, 2), locale);
    assert.deepEqual(await violations(p), [], 'the answer');
    await p.fill('#ask-count', '3O00');
    await p.waitForSelector('#ask-errors');
    assert.deepEqual(await violations(p), [], 'with a typo');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
