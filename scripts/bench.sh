#!/usr/bin/env bash
# Runs every benchmark and leaves its raw output in target/bench/ for
# BENCHMARKS.md (which says how each figure was measured): criterion (the
# engine, natively), the release bundle's size, page loads on the mobile
# profile and unthrottled, edit times on long plans, and the JavaScript API
# beside the engine. Timings are reported, never asserted.
#
#   scripts/bench.sh               # this build against itself (the noise)
#   OLD=/path/to/old/dist scripts/bench.sh   # an older build, alternated
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
mkdir -p target/bench

cargo bench -p tierwise-engine --bench engine -- --noplot | tee target/bench/criterion.txt
cargo build --release -p tierwise-cli
target/release/tierwise synthetic 50 3 > target/bench/typical.json
target/release/tierwise synthetic 300 19 > target/bench/long.json

scripts/build.sh
node scripts/size.mjs > target/bench/size.txt || true
old="${OLD:-dist}"
node tests/e2e/bench-compare.mjs "$old" dist 5 | tee target/bench/loads.json
for plan in typical long; do
  EDITS=15 ROUNDS=3 node tests/e2e/bench-edit.mjs "target/bench/$plan.json" "$old" dist | tee "target/bench/edit-$plan.json"
done
node tests/e2e/bench-api.mjs dist target/bench/typical.json target/bench/long.json | tee target/bench/api.json
echo "Raw results in target/bench/; BENCHMARKS.md records them by hand."
