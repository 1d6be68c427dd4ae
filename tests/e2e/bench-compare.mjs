// Compares two release builds as a person on a phone feels them (not a
// test: timings are never asserted). The machine is noisy, so the builds
// are measured alternately, run by run, in one session, and each figure is
// the median of its runs, cold cache, on Lighthouse's mobile profile
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x,
// 412 x 823, served precompressed).
//
//   node tests/e2e/bench-compare.mjs OLD_DIST NEW_DIST [RUNS=7]
//
// For each build: first figures (navigation to the first dollar amount),
// ready (navigation until choosing another contact tier changes the total
// on screen), and the advisor's opening (its button pressed to its first
// answer on screen).
import { serve, browser } from './harness.mjs';

const [oldDist, newDist, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const chrome = await browser();
const builds = [
  { name: 'old', server: await serve(oldDist), runs: [] },
  { name: 'new', server: await serve(newDist), runs: [] },
];

async function measure(url) {
  const context = await chrome.newContext({ viewport: { width: 412, height: 823 } });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.goto(url);
  await p.waitForFunction(() => /\$\d/.test(document.querySelector('#total')?.textContent ?? ''), null, { timeout: 60000, polling: 'raf' });
  const first = await p.evaluate(() => performance.now());
  // Ready: the tier select answers (the first option that is not chosen).
  const total = await p.locator('#total').textContent();
  await p.waitForSelector('#tier', { timeout: 60000 });
  const other = await p.$eval('#tier', (s) => [...s.options].map((o) => o.value).reverse().find((v) => v && v !== s.value));
  await p.selectOption('#tier', other);
  await p.waitForFunction((t) => document.querySelector('#total')?.textContent !== t, total, { timeout: 60000, polling: 'raf' });
  const ready = await p.evaluate(() => performance.now());
  // The advisor's first answer after its button is pressed.
  const t0 = await p.evaluate(() => performance.now());
  await p.click('#advisor-toggle');
  await p.waitForFunction(() => /\d/.test(document.querySelector('#adv-standing')?.textContent ?? ''), null, { timeout: 60000, polling: 'raf' });
  const advisor = (await p.evaluate(() => performance.now())) - t0;
  await context.close();
  return { first, ready, advisor };
}

for (let i = 0; i < RUNS; i++) {
  for (const b of (i % 2 ? [...builds].reverse() : builds)) b.runs.push(await measure(b.server.url));
}
const out = {};
for (const b of builds) {
  out[b.name] = Object.fromEntries(['first', 'ready', 'advisor'].map((k) => [k, Math.round(median(b.runs.map((r) => r[k])))]));
  out[b.name].runs = b.runs.length;
  await b.server.close();
}
await chrome.close();
console.log(JSON.stringify(out, null, 2));
