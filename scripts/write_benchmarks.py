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

`scripts/size.mjs` compresses every script, stylesheet and wasm file that
`dist/index.html` loads at start, as hosts serve them, and the test command
fails when the gzip total passes the budget of 370,000 bytes: the size of
the honest build of issue 16 (360,089), with room for the first texts of
issue 18 (this build). That build puts the libraries
the design names back (rust_decimal, serde's derives, serde_json,
serde_path_to_error, csv, std's sort, Yew's `classes!`) and builds on
stable Rust, and it is larger than issue 7's 250,000-byte build, which had
replaced them with code of our own. Loading on demand, not shaving
libraries, is how the first load comes down (issue 17).

What each change cost, measured by building each commit (node's gzip -9 and
brotli 11 of what `index.html` loads; `tests/e2e/` and the size script of
this commit):

| build | gzip | brotli | change |
| --- | ---: | ---: | ---: |
| before (issue 7's build: own decimal, JSON reader and writer, sort; std rebuilt with `-Z` flags; wasm imports renamed) | 249,766 | 205,746 | |
| rust_decimal for money, with checked arithmetic | 258,313 | 212,682 | +8.5 KB |
| stable Rust: no rebuilt std, no `-Z` flags, no wasm import/export rewriter | 286,947 | 234,353 | +28.6 KB |
| std's sort in place of `engine::order` (one monomorphised sort per element type) | 293,344 | 239,270 | +6.4 KB |
| serde derives, serde_json and serde_path_to_error for the scenario format; `BTreeMap` for error texts | 348,893 | 282,686 | +55.5 KB |
| the csv crate for the usage history | 354,866 | 287,485 | +6.0 KB |
| `EventRef` in place of offset indexes | 355,806 | 288,236 | +0.9 KB |
| the engine in layers | 356,133 | 288,189 | +0.3 KB |
| the app's named hooks, gloo listeners and timers, shared scenarios | 360,089 | 290,543 | +4.0 KB |
| Yew's `classes!`, std's `is_alphanumeric` | 362,567 | 293,004 | +2.5 KB |

(The third and fourth rows were measured on the stable-build commit with the
sort change completed by hand: that commit left two call sites for the next.)
`char::to_lowercase` for file names would have added 8.4 KB of Unicode case
tables; ASCII lowercasing is what a file name needs.

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
