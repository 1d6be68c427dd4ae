// The JavaScript API's speed beside the engine's own (not a test: timings
// are never asserted). For each scenario file: `simulate(object)` after 20
// warm-up calls, median of 50, in Node (the package's `node.js`) and in
// headless Chromium (the browser module); the same with JSON text in, and
// with `{ days: false }` (not the same work: no day series). The
// native figure to compare with is criterion's `*_json_round_trip` (parse
// the file, evaluate, `serde_json::to_string` the result), run by
// `scripts/bench.sh` beside this.
//
//   node tests/e2e/bench-api.mjs DIST SCENARIO.json [SCENARIO.json…]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, browser } from './harness.mjs';

const [dist, ...files] = process.argv.slice(2);
const WARM = 20;
const RUNS = 50;

/**
 * Median times, in ms, of `tierwise.simulate` with the scenario as an
 * object, as JSON text, and as an object with `{ days: false }`. Self-
 * contained, so Playwright can run the same function in the page (whose
 * CSP forbids eval); `globalThis.tierwise` is the API in either place.
 */
function time([text, warm, runs]) {
  const { simulate } = globalThis.tierwise;
  const run = (input, options) => {
    for (let i = 0; i < warm; i++) simulate(input, options);
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = simulate(input, options);
      xs.push(performance.now() - t0);
      if (!r.ok) throw new Error(JSON.stringify(r.errors[0]));
    }
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  return { object: run(JSON.parse(text)), text: run(text), withoutDays: run(JSON.parse(text), { days: false }) };
}

const out = {};
const api = await import(pathToFileURL(resolve(dist, 'api/node.js')));
await api.default?.();
globalThis.tierwise = api;
for (const f of files) out[`node ${f}`] = time([readFileSync(f, 'utf8'), WARM, RUNS]);

const server = await serve(dist);
const chrome = await browser();
const p = await chrome.newPage();
await p.goto(`${server.url}api/example.html`);
await p.waitForFunction(() => window.tierwise !== undefined);
for (const f of files) {
  out[`chromium ${f}`] = await p.evaluate(time, [readFileSync(f, 'utf8'), WARM, RUNS]);
}
await chrome.close();
await server.close();
console.log(JSON.stringify(out, null, 2));
