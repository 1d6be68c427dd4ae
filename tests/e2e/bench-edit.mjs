// Edit times as a person feels them (not a test: timings are never
// asserted): from the input event to the first painted frame that shows the
// new total, chart and ledger (requestAnimationFrame, then a task), editing
// the marketing count so that the tier changes, on the full app at 1280 px.
// Builds are measured alternately in one run; median of EDITS edits each.
//
//   node tests/e2e/bench-edit.mjs SCENARIO.json DIST [DIST…]
import { serve, browser } from './harness.mjs';

const [scenario, ...dists] = process.argv.slice(2);
const EDITS = Number(process.env.EDITS ?? 21);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const chrome = await browser();
const servers = await Promise.all(dists.map((d) => serve(d)));

async function measure(url, advisor) {
  const context = await chrome.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForSelector('#total');
  await p.setInputFiles('#import-json', scenario);
  await p.waitForSelector('#notice');
  await p.waitForSelector('#ledger, .ledger');
  if (advisor) {
    await p.click('#advisor-toggle');
    await p.waitForSelector('#adv-standing');
  }
  const times = [];
  for (let i = 0; i < EDITS + 3; i++) {
    const t = await p.evaluate(async (i) => {
      const input = document.querySelector('#marketing');
      const before = document.querySelector('#total').textContent;
      // Two counts far apart: each edit moves the tier.
      const value = i % 2 ? '900' : '90000';
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const t1 = performance.now();
      if (document.querySelector('#total').textContent === before) return -1;
      return t1 - t0;
    }, i);
    if (i >= 3) times.push(t);
  }
  await context.close();
  if (times.some((t) => t < 0)) return null;
  return median(times);
}

const out = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const [i, s] of servers.entries()) {
    for (const advisor of [false, true]) {
      const key = `${dists[i]} advisor ${advisor ? 'open' : 'closed'}`;
      (out[key] ??= []).push(await measure(s.url, advisor));
    }
  }
}
for (const s of servers) await s.close();
await chrome.close();
console.log(JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { median: median(v.filter((x) => x !== null)), runs: v }])), null, 2));
