// Issue 18, item 14: nothing a person needs is cut off. At 1280 px the price
// book fits its column; at 360 px the chart's axis text is drawn at its real
// size without overlapping, and the comparison and the advisor's tables fit
// the screen (one card a row), with no number cut mid-way.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, browser, page, shot, ROOT } from './harness.mjs';

let server, chrome;
before(async () => { server = await serve(); chrome = await browser(); });
after(async () => { await chrome?.close(); await server?.close(); });

/** How far the element's content reaches past its box (0: it fits). */
const overflow = (p, sel) => p.evaluate((s) => {
  const el = document.querySelector(s);
  const box = el.closest('.table-scroll') ?? el.parentElement;
  return Math.max(box.scrollWidth - box.clientWidth, el.getBoundingClientRect().right - document.documentElement.clientWidth);
}, sel);

/** The page in `locale` at `width` px, its texts in that language. */
async function inLanguage(locale, width) {
  const errors = [];
  const context = await chrome.newContext({ locale, viewport: { width, height: 900 } });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.waitForFunction((l) => document.documentElement.lang === l.slice(0, 2), locale);
  return { context, p, errors };
}

async function opened(width) {
  const errors = [];
  const context = await chrome.newContext({ locale: 'en-US', viewport: { width, height: 900 } });
  const p = await page(context, errors);
  await p.goto(server.url);
  await p.waitForSelector('#total');
  await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
  await p.waitForSelector('#notice');
  await p.getByRole('button', { name: 'Compare monthly vs annual' }).click();
  await p.waitForSelector('#comparison');
  await p.getByRole('button', { name: /Ask the advisor/ }).click();
  await p.waitForSelector('#adv-terms');
  return { context, p, errors };
}

test('at 1280 px the price book fits its column, every edition named in full', async () => {
  const { context, p, errors } = await opened(1280);
  assert.ok(await overflow(p, '#price-book') <= 0, 'the price book is not cut');
  const column = await p.locator('section.inputs').boundingBox();
  for (const field of await p.locator('#price-book input, #price-book legend').all()) {
    const box = await field.boundingBox();
    assert.ok(box.x + box.width <= column.x + column.width, 'inside the column');
  }
  const clipped = await p.evaluate(() => [...document.querySelectorAll('#price-book legend, #price-book .price-field > span')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
  assert.deepEqual(clipped, [], 'no name cut short (issue 24, item 9)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px the chart, the comparison and the advisor fit the screen', async () => {
  const { context, p, errors } = await opened(360);
  assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling');
  // The chart is drawn at the size shown: its text is not squashed.
  const drawn = await p.evaluate(() => {
    const svg = document.querySelector('figure.plot svg');
    return [svg.viewBox.baseVal.width, svg.getBoundingClientRect().width];
  });
  assert.ok(Math.abs(drawn[0] - drawn[1]) <= 1, `viewBox ${drawn[0]} for ${drawn[1]} px`);
  const labels = await p.evaluate(() => [...document.querySelectorAll('figure.plot .grid text[text-anchor]')]
    .filter((t) => t.getAttribute('y') === t.parentElement.lastElementChild.getAttribute('y'))
    .map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.right]; })
    .sort((a, b) => a[0] - b[0]));
  assert.ok(labels.length >= 2, 'dates on the axis');
  for (let i = 1; i < labels.length; i++) assert.ok(labels[i][0] >= labels[i - 1][1], `date labels overlap: ${JSON.stringify(labels)}`);
  assert.ok(await overflow(p, '#comparison') <= 0, 'the comparison is not cut');
  assert.ok(await overflow(p, '#adv-terms') <= 0, 'the term table is not cut');
  // Each figure is still under its column's name.
  assert.equal(await p.locator('#comparison tbody tr').first().locator('td[data-label="Total"]').innerText(), '$16,112.10');
  assert.equal(await p.locator('#adv-terms td[data-label]').count() > 0, true);
  await shot(p, 'layout-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px a long ledger fits in every language, its lines and explanations whole', async () => {
  for (const [locale, width] of [['en-US', 320], ['sv-SE', 360], ['pl-PL', 360]]) {
    const { context, p, errors } = await inLanguage(locale, width);
    await p.setInputFiles('#import-json', join(ROOT, 'tests/fixtures/import-on-the-20th.json'));
    await p.waitForSelector('tr.line.kind-prorated-upgrade');
    await p.locator('tr.line.kind-prorated-upgrade button.explain-toggle').click();
    await p.waitForSelector('tr.explain');
    const cut = await p.evaluate(() => {
      const card = document.querySelector('section.ledger').getBoundingClientRect();
      return [...document.querySelectorAll('section.ledger tr.line td, section.ledger tr.explain dd, section.ledger button, section.ledger tfoot td')]
        .filter((el) => { const r = el.getBoundingClientRect(); return r.right > card.right + 0.5 || el.scrollWidth > el.clientWidth + 1; })
        .map((el) => el.textContent.slice(0, 40));
    });
    assert.deepEqual(cut, [], `nothing cut in ${locale} at ${width} px`);
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), width, 'no sideways scrolling');
    await shot(p, `ledger-${locale}-${width}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('at 1280 px the account form shows every label and choice whole, in every language', async () => {
  for (const locale of ['en-US', 'sv-SE', 'pl-PL']) {
    const { context, p, errors } = await inLanguage(locale, 1280);
    await p.waitForSelector('.account #marketing:not([readonly])');
    const cut = await p.evaluate(() => {
      const out = [];
      for (const label of document.querySelectorAll('.account .field label')) {
        if (label.scrollWidth > label.clientWidth + 1) out.push(`label: ${label.textContent}`);
      }
      // A select's chosen option, as drawn in its font, fits beside the arrow.
      const ctx = document.createElement('canvas').getContext('2d');
      for (const s of document.querySelectorAll('.account select')) {
        const style = getComputedStyle(s);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = s.options[s.selectedIndex]?.textContent ?? '';
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        if (ctx.measureText(text).width > room) out.push(`select #${s.id}: ${text}`);
      }
      for (const i of document.querySelectorAll('.account input[type="text"], .account input[type="search"]')) {
        if (i.scrollWidth > i.clientWidth + 1) out.push(`input #${i.id}: ${i.value}`);
      }
      return out;
    });
    assert.deepEqual(cut, [], `nothing cut in ${locale}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('at 360 px the advisor\'s cards fit in Swedish and Polish, each figure under its name', async () => {
  // A starter account that grows 15 a day: tier crossings (the forecast),
  // the three contracts (the terms) and the import days, each as cards.
  const scenario = {
    version: 1, name: 'Rich',
    account: { edition: 'starter', term: 'monthly', billing: 'monthly', start: '2026-01-31', as_of: '2026-11-26', timezone: 'Europe/Dublin', processing_time: '12:00', tier: null, max_marketing: 3500 },
    prices: null, contacts: { marketing: 900, non_marketing: 5000, pending_non_marketing: 22 },
    events: [
      { at: '2026-12-10', action: 'add_marketing', count: 1300 },
      { at: '2027-01-05T14:30', action: 'set_non_marketing', count: 400 },
      { from: '2027-02-01', to: '2027-02-28', action: 'add_marketing', per_day: 25 },
      { at: '2027-03-03', action: 'add_marketing', count: 100, every: 'month', through: '2027-06-03' },
      { at: '2027-03-01', action: 'request_downgrade', tier: 1000 },
      { at: '2027-04-01', action: 'change_tier', tier: 5000 },
      { at: '2027-05-01', action: 'set_marketing', count: 2000 },
    ],
    until: '2027-07-31',
    assumptions: { proration: 'daily', rounding: 'half_up', lines: 'credit_and_charge', notify_at: [75, 90, 98], month_end: 'clamp' },
  };
  for (const locale of ['sv-SE', 'pl-PL']) {
    const { context, p, errors } = await inLanguage(locale, 360);
    await p.setInputFiles('#import-json', { name: 'rich.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scenario)) });
    await p.waitForSelector('#notice');
    await p.click('#advisor-toggle');
    await p.fill('#adv-growth', '15');
    await p.waitForSelector('#adv-forecast tr.tier-crossing');
    await p.waitForSelector('#adv-terms');
    await p.waitForTimeout(300);
    const found = await p.evaluate(() => {
      const shown = (el) => el.getClientRects().length > 0;
      const scrolls = [...document.querySelectorAll('.advisor .table-scroll')];
      const cells = [...document.querySelectorAll('.advisor table.stack td')].filter(shown);
      return {
        stacked: getComputedStyle(document.querySelector('#adv-terms tbody tr')).display,
        sideways: scrolls.filter((s) => s.scrollWidth > s.clientWidth)
          .map((s) => `#${s.querySelector('table').id}: ${s.scrollWidth} px in ${s.clientWidth}`),
        cut: cells.filter((td) => td.scrollWidth > td.clientWidth + 1
          || td.getBoundingClientRect().right > td.closest('.table-scroll').getBoundingClientRect().right + 0.5)
          .map((td) => td.textContent),
        emptyLabels: document.querySelectorAll('.advisor td[data-label=""]').length,
        // What each card shows before its figure: a name, never ": " alone.
        loneColons: cells.map((td) => [getComputedStyle(td, '::before').content, td.textContent])
          .filter(([label]) => label !== 'none' && /^"\s*:\s*"$/.test(label)).map(([, text]) => `":" ${text}`),
        emptyCells: cells.filter((td) => td.textContent.trim() === '').length,
      };
    });
    assert.equal(found.stacked, 'block', 'one card a row');
    assert.deepEqual(found.sideways, [], `no card scrolls sideways in ${locale}`);
    assert.deepEqual(found.cut, [], `no figure cut in ${locale}`);
    assert.equal(found.emptyLabels, 0, 'a column without a name gives no empty label');
    assert.deepEqual(found.loneColons, [], `no stray ":" in ${locale}`);
    assert.equal(found.emptyCells, 0, 'no empty line on a card');
    assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scrolling');
    await shot(p, `advisor-cards-${locale}-360.png`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
