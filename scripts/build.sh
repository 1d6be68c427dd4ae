#!/usr/bin/env bash
# Builds dist/ ready to deploy: the release app (Trunk, wasm-opt -Oz), its
# first screen prerendered as HTML, its JS and CSS minified (terser, csso),
# hardened for a strict
# Content-Security-Policy, the JavaScript API module in dist/api/, and a
# .br and .gz copy of each file for hosts that serve them as they are.
# Installs the build tools on first run. Plain stable Rust throughout.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
scripts/trunk.sh build --release
# The first screen as HTML (src/prerender.rs), for the build day: the day
# this runs, or SOURCE_DATE_EPOCH's for a reproducible build.
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  day=$(date -u -d "@$SOURCE_DATE_EPOCH" +%F)
else
  day=$(date +%F)
fi
cargo run --quiet --features prerender --bin prerender -- dist "$day"
node scripts/minify.mjs
node scripts/harden.mjs
scripts/build-api.sh
node scripts/precompress.mjs
echo "dist/ is ready to deploy"
