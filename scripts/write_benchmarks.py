"""Writes BENCHMARKS.md from criterion's estimates, the size report and the
browser benchmark's JSON (see scripts/bench.sh)."""
import datetime
import json
import os
import platform
import subprocess

def median_ns(path):
    with open(os.path.join("target/criterion", path, "new/estimates.json")) as f:
        return json.load(f)["median"]["point_estimate"]

def fmt(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e3:.0f} µs"

def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"

rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
browser = json.load(open("target/bench/browser.json"))
size = open("target/bench/size.txt").read().rstrip()
ev = {n: median_ns(f"events_10y/{n}") for n in (1000, 10000, 100000)}
hz = {y: median_ns(f"horizon_1k_events/{y}") for y in (1, 10, 50)}
typical = median_ns("typical_3y_50_events")
typical_json = median_ns("typical_json_round_trip")
large_json = median_ns("large/json_round_trip_10k_10y")
adv_typical = median_ns("advisor/typical_3y_50")
adv_large = median_ns("advisor/large_10y_10k")

print(f"""# Benchmarks

Rewritten by `scripts/bench.sh`; numbers come from benchmarks, never from
tests. Machine: {cpu()}, {os.cpu_count()} cores, {platform.system()}; {rustc}.
Date: {datetime.date.today().isoformat()}. Scenarios are synthetic and
deterministic (`tierwise synthetic EVENTS YEARS`): a growing Professional
account with imports, flips to non-marketing, deletions and daily flows.
Each run includes validation, the timeline, the day series, invoice lines,
notifications and the advisor's replay of every automatic upgrade.

## Engine, native (criterion medians; `bench` profile, opt-level 3)

(criterion keeps its estimates in `target/criterion`; `scripts/bench.sh`
reruns them. On 2026-12-02 only the browser and size rows were rerun, the
engine's simulation being unchanged since 2026-12-01's run.)

| scenario | time | per event |
| --- | --- | --- |
| typical: 3 years, 50 events | {fmt(typical)} | |
| typical, JSON in → JSON out | {fmt(typical_json)} | |
| 10 years, 1,000 events | {fmt(ev[1000])} | {ev[1000] / 1000 / 1e3:.2f} µs |
| 10 years, 10,000 events | {fmt(ev[10000])} | {ev[10000] / 10000 / 1e3:.2f} µs |
| 10 years, 100,000 events | {fmt(ev[100000])} | {ev[100000] / 100000 / 1e3:.2f} µs |
| 10 years, 10,000 events, JSON in → JSON out | {fmt(large_json)} | |
| 1,000 events, 1 year | {fmt(hz[1])} | |
| 1,000 events, 10 years | {fmt(hz[10])} | |
| 1,000 events, 50 years | {fmt(hz[50])} | |
| advisor, typical (every answer, 60-day timing window) | {fmt(adv_typical)} | |
| advisor, 10 years, 10,000 events | {fmt(adv_large)} | |

Days cost a constant each: 49 more years add {fmt(hz[50] - hz[1])}. Events cost
{ev[1000] / 1000 / 1e3:.2f}–{ev[100000] / 100000 / 1e3:.2f} µs each; ten times the events
(10k → 100k) cost {ev[100000] / ev[10000]:.1f}× the time. The simulation itself is linear; the
excess is sorting (n log n) and the advisor, which replays the timeline once
per automatic upgrade (growing scenarios have more upgrades, capped at 100).

## Browser (headless Chromium on localhost, medians of {os.environ.get('BENCH_RUNS', '7')} runs)

| measurement | time | target |
| --- | --- | --- |
| navigation to the first result | {browser['first_result_ms']:.0f} ms | |
| mobile profile, served with brotli: navigation to the first dollar amount | {browser['mobile_first_figures_ms']:.0f} ms | ≤ 1,500 ms |
| the same, unthrottled | {browser['fast_first_figures_ms']:.0f} ms | |
| mobile profile: opening the advisor, to its first answer | {browser['mobile_advisor_ms']:.0f} ms | |
| the same, unthrottled | {browser['fast_advisor_ms']:.0f} ms | |
| recompute + render after an edit, typical (3 years, 50 events), once typing | {browser['edit_typical_ms']:.1f} ms | ≤ 16 ms |
| the same, the first edits after loading | {browser['edit_typical_first_ms']:.1f} ms | |
| recompute + render after an edit, large (10 years, 10,000 events), once typing | {browser['edit_large_ms']:.1f} ms | ≤ 100 ms |
| the same, the first edits after loading | {browser['edit_large_first_ms']:.1f} ms | |
| engine in wasm (JS API, JSON in and out), typical | {browser['wasm_typical_ms']:.2f} ms | {browser['wasm_typical_ms'] * 1e6 / typical_json:.1f}× native |
| engine in wasm (JS API, JSON in and out), large | {browser['wasm_large_ms']:.1f} ms | {browser['wasm_large_ms'] * 1e6 / large_json:.1f}× native |

"Once typing" is the median of {os.environ.get('BENCH_RUNS', '7')} edits after ten untimed ones; "the
first edits" the median of the first {os.environ.get('BENCH_RUNS', '7')} after loading the scenario. V8
runs a page's wasm on its baseline compiler first and recompiles the hot
functions with its optimizing one as they are used, so the first edits are
slower; both are reported because a person meets both.

The mobile rows are medians of 5 cold loads (`BENCH_MOBILE_RUNS`) under
Lighthouse's mobile profile, set through Chromium's DevTools protocol:
150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4x, a
412 x 823 viewport, with `dist/` served from its precompressed brotli
copies. The first dollar amount is the total's card; the advisor's first
answer is its standing line, timed from the click that opens the panel.
The JS API reads scenario objects and writes result objects with
serde-wasm-bindgen, with no JSON text in between. Runs before 2026-12-01
were on another machine (a Xeon), so compare figures within one run.

This machine is a 2-core VM with busy neighbours: the same build measured
again can differ by 2× or more (on 2026-11-26, one build's typical edit
ranged from 5.5 to 14 ms, its large edit from 25 to 131 ms and navigation
from 0.5 to 1.3 s). To compare two builds, run their
`tests/e2e/bench.mjs` alternately, as was done for this session's changes:
three rounds each, the new build as fast as the old or faster.

The edit time runs from the input event until the updated DOM is in place
(Yew reduces, simulates and renders in microtasks; a macrotask then marks the
end), which is what must fit before the next frame. The frame's layout and
paint may fall before or after that mark, one source of the spread between
runs. Most of a typical edit is
Yew rendering. Two changes cut it to about a third: each ledger line is its
own component that re-renders only when its line changed, and the context
every component reads no longer changes on each edit (its dispatch callback
was made anew per render, which re-rendered every component). `node tests/e2e/trace-edit.mjs
target/bench/typical.json` records a Chromium trace of edits and sums the
main thread's work by kind.

The advisor answers by re-simulating (about 70 runs with a 60-day timing
window), so the app computes it only while its panel is open, after the
figures have painted, and runs the timing search in slices of about 30 ms.

## Release bundle (`scripts/size.mjs`: gzip -9 and brotli 11)

```
{size}
```

`scripts/size.mjs` compresses what `dist/index.html` loads at start, as
hosts serve it, and the test command fails above **250,000 bytes brotli**
for that first load. Each part loaded on demand has its own line and budget:
the analysis module (the advisor and the bill check, 215,000) and each
language's texts (10,000).

### What moved out of the first load (issue 17)

Measured by building each step (brotli 11 of the app's wasm, or of the whole
first load where it says so):

| step | brotli | change |
| --- | ---: | ---: |
| before: the honest build of issue 16, whole first load | 297,370 | |
| storage reads scenarios as raw JSON through `engine::parse` (one reader of the format, not a second one for `serde_json::Value`) | | −17.1 KB |
| the advisor and the bill check, with the analysis engine and the csv crate, as a module of their own, loaded when first opened | | −35.3 KB |
| Swedish and Polish texts as files, loaded when chosen (English built in) | | −9.7 KB |
| the loader, the panels' messages to the page, figures painted first; whole first load | 247,317 | |
| drafts: what is typed and does not read, kept and named (issue 18) | | +9.7 KB |
| drafts as a short list stored as strings (no BTreeMap, sort or reader of their own) | | −4.2 KB |
| the panels' requests carry a history or invoice inside a scenario, read by `engine::parse` | | −1.5 KB |
| the version probe reads raw text, not a `serde_json::Value` | | −2.2 KB |
| Swedish and Polish errors and warnings moved into the language files | | −2.4 KB |
| marketer words, layout fixes (chart drawn at its size, tables as cards on a phone) | | +1.1 KB |
| this build, whole first load | 248,238 | |

One trap found on the way: formatting an `f64` with `{{}}` (the chart's
viewBox) pulls in core's float printing and its tables, 7.4 KB brotli;
the chart prints whole numbers.

### Where the first figures' time goes (mobile profile)

Traced with `performance.getEntriesByType('resource')` under the mobile
profile, one cold load: the HTML arrives at about 0.17 s, the wasm request
starts at about 0.32 s (Trunk's `preload` and `modulepreload`: everything is
asked for at once, one round trip after the HTML) and its last byte arrives
at about 1.75 s; compiling, instantiating, simulating and drawing the first
figures takes the rest, about 0.45 s with the inputs, chart and ledger
drawn after the first paint (0.73 s when the whole page was drawn at once).
At 1.6 Mbit/s, 240 KB of wasm takes 1.2 s to transfer alone, so the 1.5 s
goal is out of reach for any first load near this size: it needs about
half the bytes, or figures that do not wait for the wasm.

Choices measured:

- **JSON in the app: serde_json.** Its text reader is about 16 KB of raw
  wasm before `wasm-opt` (twiggy, `target/wasm32-unknown-unknown/release/app.wasm`),
  and the app does not contain serde-wasm-bindgen at all. Reading through
  `JSON.parse` and serde-wasm-bindgen would trade that reader for
  serde-wasm-bindgen's deserializer, and `JSON.parse` keeps the last of a
  repeated key and reports positions in the browser's own words, so files,
  links and storage would lose the errors every other reader gives. The JS
  API does use serde-wasm-bindgen, for plain objects in and out.
- **Zones: the generated table stays.** chrono-tz, even filtered to the 34
  supported zones, stores a 24-byte row per transition through 2099: 14 KB
  gzip more than `zone::table` (measured when the table replaced it); the
  table is data derived from the tz database, checked against chrono-tz on
  every transition, and `scripts/zones.sh` regenerates it.
- **`wasm-opt --minify-imports-and-exports`: not used.** It renames the
  wasm's imports and exports, but wasm-bindgen's glue names them in full and
  Trunk has no step to rename them there; it would take a rewriter of our
  own, which is what this build removed. `wasm-opt -Oz` and binaryen's
  `--reorder-functions-by-name` (4.3 KB) stay.
- tried and rejected earlier: opt-level `s` (32 KB larger); `wasm-opt
  --converge` or `--flatten --rereloop` (at most 1.5 KB); wasm-opt's
  reorder by access count (1.3 KB larger), `--gufa`, `--monomorphize`, `-O3`
  then `-Oz` (within 0.1 KB).

Files precompressed with zopfli would be about 4.5 % smaller again, but only
on a host that serves them as they are.
""")
