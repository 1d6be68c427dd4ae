#!/usr/bin/env bash
# Runs every benchmark and rewrites BENCHMARKS.md with the machine and date:
# criterion (engine scale), the release bundle's size, and a browser benchmark
# in headless Chromium (first result, recompute + render after an edit, the
# engine in wasm against the same engine natively). Timings are reported,
# never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

cargo bench --bench engine -- --noplot
cargo build --release --bin tierwise
mkdir -p target/bench
target/release/tierwise synthetic 50 3 > target/bench/typical.json
target/release/tierwise synthetic 10000 10 > target/bench/large.json

scripts/build.sh
SIZE_BUDGET_BROTLI=999999999 node scripts/size.mjs > target/bench/size.txt
node tests/e2e/bench.mjs target/bench/typical.json target/bench/large.json > target/bench/browser.json

python3 scripts/write_benchmarks.py > BENCHMARKS.md
echo "BENCHMARKS.md rewritten"
