#!/usr/bin/env bash
# Total transfer of the release build (wasm + JS + CSS, gzip -9) against the
# budget: every script, stylesheet and wasm file that dist/index.html loads.
# Run after `trunk build --release` and scripts/minify.mjs. A size check,
# not a timing test.
set -euo pipefail
cd "$(dirname "$0")/.."
# Issue 7's budget: 250,000 bytes. BENCHMARKS.md says what was cut to meet
# it and what is left in the bundle.
BUDGET=${SIZE_BUDGET_BYTES:-250000}
total=0
files=$(grep -oE '(href|src)="/[^"]+\.(js|css|wasm)"' dist/index.html | sed -E 's/^[a-z]+="\/(.*)"$/dist\/\1/' | sort -u)
[ -n "$files" ] || { echo "size gate: dist/index.html loads nothing; build first" >&2; exit 1; }
for f in $files; do
  n=$(gzip -9c "$f" | wc -c)
  printf '%8d  %s\n' "$n" "$f"
  total=$((total + n))
done
printf '%8d  total (budget %d)\n' "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "size gate: over budget by $((total - BUDGET)) bytes" >&2
  exit 1
fi
