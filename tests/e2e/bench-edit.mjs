// Edit times as a person feels them (not a test: timings are never
// asserted): from the input event to the first painted frame that shows the
// new total, chart and ledger (requestAnimationFrame, then a task), editing
// the marketing count so that the tier changes, on the full app at 1280 px.
// Builds are measured alternately in one run; median of EDITS edits each.
// Two times per edit: `frame`, to the painted frame (quantized to the
// display's 60 Hz: an edit that starts just after a frame waits for the
// next), and `work`, to the end of the app's render and the browser's style
// and layout (a message task after the edit, with layout forced there).
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
      // The work: the app's render (its tasks and microtasks) and the
      // browser's style and layout, forced when a message task runs.
      const work = await new Promise((done) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => { void document.body.offsetHeight; done(performance.now() - t0); };
        c.port2.postMessage(0);
      });
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const t1 = performance.now();
      if (document.querySelector('#total').textContent === before) return null;
      return { frame: t1 - t0, work };
    }, i);
    if (i >= 3) times.push(t);
  }
  // The advisor's own time: from an edit to its answers for it (they wait
  // for the figures' frame and for typing to pause).
  const answers = [];
  for (let i = 0; advisor && i < 5; i++) {
    answers.push(await p.evaluate(async (i) => {
      await new Promise((done) => setTimeout(done, 400));
      const input = document.querySelector('#marketing');
      const t0 = performance.now();
      input.value = i % 2 ? '900' : '90000';
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((done) => {
        const check = () => (document.querySelector('.answers') && !document.querySelector('#advisor-updating') ? done() : setTimeout(check, 1));
        setTimeout(check, 0);
      });
      return performance.now() - t0;
    }, i));
  }
  await context.close();
  if (times.some((t) => t === null)) return null;
  return {
    frame: median(times.map((t) => t.frame)),
    work: median(times.map((t) => t.work)),
    ...(advisor ? { advisor: median(answers) } : {}),
  };
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
const ok = (v) => v.filter((x) => x !== null);
console.log(JSON.stringify(Object.fromEntries(Object.entries(out).map(([k, v]) => [k, {
  frame: median(ok(v).map((x) => x.frame)),
  work: median(ok(v).map((x) => x.work)),
  ...(ok(v)[0]?.advisor !== undefined ? { advisor: median(ok(v).map((x) => x.advisor)) } : {}),
  runs: v,
}])), null, 2));
