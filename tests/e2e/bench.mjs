// Browser benchmark (not a test: timings are never asserted). Serves the
// release build, runs each measurement several times in headless Chromium,
// and prints the medians as JSON for scripts/bench.sh.
//   node tests/e2e/bench.mjs typical.json large.json
import { readFile } from 'node:fs/promises';
import { serve, browser, scenarioPage } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const [typicalPath, largePath] = process.argv.slice(2);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const server = await serve();
const chrome = await browser();
const results = {};

// Navigation to the first result on screen.
const firstResult = [];
for (let i = 0; i < RUNS; i++) {
  const context = await chrome.newContext();
  const p = await context.newPage();
  await p.goto(server.url);
  await p.waitForSelector('#total');
  firstResult.push(await p.evaluate(() => performance.now()));
  await context.close();
}
results.first_result_ms = median(firstResult);

// What a person on a phone feels (issue 17): Lighthouse's mobile profile,
// 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x, a
// 412 x 823 viewport, and dist/ served precompressed as a CDN serves it
// (the harness sends the .br copies). Measured from navigation to the first
// dollar amount, and then to the advisor's first answer once opened; the
// same without throttling beside them. Median of MOBILE_RUNS, cold cache.
const MOBILE_RUNS = Number(process.env.BENCH_MOBILE_RUNS ?? 5);
async function mobileProfile(context, p) {
  const cdp = await context.newCDPSession(p);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}
async function firstFigures(throttled) {
  const firsts = [];
  const advisors = [];
  for (let i = 0; i < MOBILE_RUNS; i++) {
    const context = await chrome.newContext({ viewport: { width: 412, height: 823 } });
    const p = await context.newPage();
    if (throttled) await mobileProfile(context, p);
    await p.goto(server.url);
    await p.waitForFunction(() => /\$\d/.test(document.querySelector('#total')?.textContent ?? ''), null, { timeout: 60000, polling: 'raf' });
    firsts.push(await p.evaluate(() => performance.now()));
    const t0 = await p.evaluate(() => performance.now());
    await p.click('#advisor-toggle');
    await p.waitForFunction(() => /\d/.test(document.querySelector('#adv-standing')?.textContent ?? ''), null, { timeout: 60000, polling: 'raf' });
    advisors.push(await p.evaluate(() => performance.now()) - t0);
    await context.close();
  }
  return [median(firsts), median(advisors)];
}
[results.mobile_first_figures_ms, results.mobile_advisor_ms] = await firstFigures(true);
[results.fast_first_figures_ms, results.fast_advisor_ms] = await firstFigures(false);

// The embed's question (ask.html, a module of its own): navigation to its
// first answer, on the same mobile profile and unthrottled.
async function askAnswer(throttled) {
  const times = [];
  for (let i = 0; i < MOBILE_RUNS; i++) {
    const context = await chrome.newContext({ viewport: { width: 412, height: 823 } });
    const p = await context.newPage();
    if (throttled) await mobileProfile(context, p);
    await p.goto(server.url + 'ask.html?embed');
    await p.waitForFunction(() => /\$\d/.test(document.querySelector('#ask-answer')?.textContent ?? ''), null, { timeout: 60000, polling: 'raf' });
    times.push(await p.evaluate(() => performance.now()));
    await context.close();
  }
  return median(times);
}
results.mobile_ask_answer_ms = await askAnswer(true);
results.fast_ask_answer_ms = await askAnswer(false);
if (process.env.BENCH_ONLY_PAGES) {
  console.log(JSON.stringify(results, null, 2));
  await chrome.close();
  await server.close();
  process.exit(0);
}

// Recompute + render after an edit, for a loaded scenario.
async function editTimes(path) {
  const { context, edit } = await scenarioPage(chrome, server.url, path);
  // The first edits after loading run V8's baseline wasm code; it compiles
  // the hot functions with its optimizing tier as they are used. Both are
  // reported: the first edits, and edits once a person has been typing.
  const first = [];
  for (let i = 0; i < RUNS; i++) first.push(await edit(i + 1));
  for (let i = 0; i < 10; i++) await edit(100 + i);
  const steady = [];
  for (let i = 0; i < RUNS; i++) steady.push(await edit(200 + i));
  await context.close();
  return [median(first), median(steady)];
}
[results.edit_typical_first_ms, results.edit_typical_ms] = await editTimes(typicalPath);
[results.edit_large_first_ms, results.edit_large_ms] = await editTimes(largePath);

// The engine alone in wasm, through the JavaScript API, on the same scenarios.
{
  const context = await chrome.newContext();
  const p = await context.newPage();
  await p.goto(`${server.url}api/example.html`);
  await p.waitForFunction(() => window.tierwise !== undefined);
  for (const [name, path] of [['typical', typicalPath], ['large', largePath]]) {
    const text = await readFile(path, 'utf8');
    results[`wasm_${name}_ms`] = await p.evaluate(([json, runs]) => {
      const xs = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = window.tierwise.simulate(json);
        xs.push(performance.now() - t0);
        if (!r.ok) throw new Error(r.errors[0].message);
      }
      xs.sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    }, [text, RUNS]);
  }
  await context.close();
}
await chrome.close();
await server.close();
console.log(JSON.stringify(results));
