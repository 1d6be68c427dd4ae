// Compares two release builds as a person feels them (not a test: timings
// are never asserted). The machine is noisy, so the builds are measured
// alternately, run by run, in one session; each figure is the median of its
// runs, cold cache. Two profiles: Lighthouse's mobile one (150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x, 412 x 823,
// served precompressed with brotli) and unthrottled.
//
//   node tests/e2e/bench-compare.mjs OLD_DIST NEW_DIST [RUNS=5]
//
// For each build and profile, from navigation:
// - first: the first dollar amount on index.html;
// - ready: choosing another contact tier changes the total on screen;
// - advisor: its button pressed to its first answer on screen;
// - ask: the first answer of the embed's question (ask.html?embed);
// - otherDay: with the clock one day after the build day, today's figures
//   on screen (the prerendered ones are the build day's and marked so).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, browser } from './harness.mjs';

const [oldDist, newDist, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const chrome = await browser();
const buildDay = (dist) => readFileSync(join(dist, 'index.html'), 'utf8').match(/data-prerendered="(\d{4}-\d\d-\d\d)"/)?.[1];
const builds = [];
for (const [name, dist] of [['old', oldDist], ['new', newDist]]) {
  builds.push({ name, server: await serve(dist), built: buildDay(dist) ?? buildDay(newDist), runs: { mobile: [], fast: [] } });
}
const wait = { timeout: 60000, polling: 'raf' };

// The first frame that shows a dollar amount in SELECTOR, recorded by the
// page itself from its first moment: a frame callback does not run while a
// stylesheet still blocks rendering, so the time is when it can be seen.
// (Waiting for Playwright's `goto`, which waits for the load event, would
// add the scripts' download to a figure that is already on screen.)
function firstFrameWith(selector) {
  const tick = () => {
    if (/\$\d/.test(document.querySelector(selector)?.textContent ?? '')) window.__shown = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // After DOMContentLoaded the prerendered screen's script has run: its
  // note stays until the app has replaced that screen.
  document.addEventListener('DOMContentLoaded', () => { window.__parsed = true; });
}
const shown = async (p) => {
  await p.waitForFunction(() => window.__shown !== undefined, null, { timeout: 60000 });
  return p.evaluate(() => window.__shown);
};

async function opened(url, mobile, day, selector = '#total') {
  const context = await chrome.newContext({ viewport: { width: 412, height: 823 }, locale: 'en-US' });
  const p = await context.newPage();
  await p.addInitScript(firstFrameWith, selector);
  if (day) await p.clock.setFixedTime(new Date(`${day}T12:00:00`));
  if (mobile) {
    const cdp = await context.newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await p.goto(url, { waitUntil: 'commit' });
  return { context, p };
}
const now = (p) => p.evaluate(() => performance.now());

async function measure(build, mobile) {
  const out = {};
  {
    const { context, p } = await opened(build.server.url, mobile);
    out.first = await shown(p);
    const total = await p.locator('#total').textContent();
    // The app has replaced the prerendered screen (whose inputs take no
    // typing) and can answer.
    await p.waitForFunction(() => window.__parsed && !document.querySelector('.first-screen-note') && document.querySelector('#tier:not([disabled])'), null, wait);
    const other = await p.$eval('#tier', (s) => [...s.options].map((o) => o.value).reverse().find((v) => v && v !== s.value));
    await p.selectOption('#tier', other);
    await p.waitForFunction((t) => document.querySelector('#total')?.textContent !== t, total, wait);
    out.ready = await now(p);
    const t0 = await now(p);
    await p.click('#advisor-toggle');
    await p.waitForFunction(() => /\d/.test(document.querySelector('#adv-standing')?.textContent ?? ''), null, wait);
    out.advisor = (await now(p)) - t0;
    await context.close();
  }
  {
    const { context, p } = await opened(`${build.server.url}ask.html?embed`, mobile, undefined, '#ask-answer');
    out.ask = await shown(p);
    await context.close();
  }
  {
    const next = new Date(`${build.built}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const { context, p } = await opened(build.server.url, mobile, next.toISOString().slice(0, 10));
    await p.waitForFunction(() => window.__parsed && !document.querySelector('.first-screen-note') && /\$\d/.test(document.querySelector('#total')?.textContent ?? ''), null, wait);
    out.otherDay = await now(p);
    await context.close();
  }
  return out;
}

for (let i = 0; i < RUNS; i++) {
  for (const mobile of [true, false]) {
    for (const b of (i % 2 ? [...builds].reverse() : builds)) b.runs[mobile ? 'mobile' : 'fast'].push(await measure(b, mobile));
  }
}
const out = {};
for (const b of builds) {
  for (const profile of ['mobile', 'fast']) {
    const runs = b.runs[profile];
    out[`${b.name} ${profile}`] = Object.fromEntries(['first', 'ready', 'advisor', 'ask', 'otherDay'].map((k) => [k, Math.round(median(runs.map((r) => r[k])))]));
  }
  await b.server.close();
}
await chrome.close();
console.log(JSON.stringify({ runs: RUNS, ...out }, null, 2));
