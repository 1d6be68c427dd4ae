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
