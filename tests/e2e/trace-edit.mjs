// Where an edit's time goes (a diagnostic, not a test): records a Chromium
// trace of typical edits and sums the main thread's work by kind.
//   node tests/e2e/trace-edit.mjs target/bench/typical.json
import { serve, browser, scenarioPage } from './harness.mjs';
const [path] = process.argv.slice(2);
const server = await serve();
const chrome = await browser();
const { context, page: p, edit } = await scenarioPage(chrome, server.url, path);
for (let i = 0; i < 5; i++) await edit(100 + i); // warm up
const cdp = await context.newCDPSession(p);
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink', transferMode: 'ReportEvents' });
const times = [];
for (let i = 0; i < 20; i++) { times.push(await edit(i)); await p.waitForTimeout(50); }
await cdp.send('Tracing.end');
await done;
const sums = {};
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  const k = e.name;
  sums[k] = (sums[k] ?? 0) + e.dur / 1000 / 20;
}
const top = Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log('edit ms:', times.map((t) => t.toFixed(1)).join(' '));
for (const [k, v] of top) console.log(v.toFixed(2).padStart(8), k);
await chrome.close();
await server.close();
