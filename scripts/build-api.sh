#!/usr/bin/env bash
# Builds the JavaScript API for sales tools into dist/api/: an ES module
# (tierwise.js + tierwise_bg.wasm) with TypeScript types (tierwise.d.ts),
# plus a small example page. Run after `trunk build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo rustc --lib --release --target wasm32-unknown-unknown --features api --crate-type cdylib
mkdir -p dist/api
wasm-bindgen --target web --out-dir dist/api --out-name tierwise target/wasm32-unknown-unknown/release/tierwise.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/api/tierwise_bg.wasm -o dist/api/tierwise_bg.wasm
cp www/api/example.html www/api/example.js dist/api/
echo "dist/api: $(gzip -9c dist/api/tierwise_bg.wasm | wc -c) bytes gzip (wasm)"
