#!/usr/bin/env bash
# Builds the JavaScript API for sales tools (crates/js) into dist/api/ as an
# npm package: tierwise.js and tierwise_bg.wasm (wasm-bindgen's web glue),
# tierwise.d.ts (types generated from the Rust types), node.js (Node's entry,
# which reads the wasm file instead of fetching it), package.json and a
# README taken from the project README's JavaScript section. It works in a
# browser as it is, in a bundler and in Node (`npm install ./dist/api`).
# An example page (example.html) sits beside it, outside the package's files.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo build -p tierwise-js --release --target wasm32-unknown-unknown
out=dist/api
rm -rf "$out"
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name tierwise target/wasm32-unknown-unknown/release/tierwise_js.wasm
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/tierwise_bg.wasm" -o "$out/tierwise_bg.wasm"
cp crates/js/npm/node.js "$out/"
# The package's version is the workspace's; its README is the project
# README's section on the API, so the two never disagree.
version=$(sed -n '/^\[workspace.package\]/,/^\[/{s/^version = "\(.*\)"/\1/p}' Cargo.toml)
node -e '
  const fs = require("fs");
  const [src, dst, version] = process.argv.slice(1);
  const pkg = JSON.parse(fs.readFileSync(src, "utf8"));
  pkg.version = version;
  fs.writeFileSync(dst, JSON.stringify(pkg, null, 2) + "\n");
' crates/js/npm/package.json "$out/package.json" "$version"
awk '/^## The JavaScript API/ { on = 1; sub(/^## /, "# ") } on && /^## / { exit } on' README.md > "$out/README.md"
[ -s "$out/README.md" ] || { echo "build-api: README.md has no '## The JavaScript API' section" >&2; exit 1; }
cp www/api/example.html www/api/example.js "$out/"
echo "dist/api: package tierwise $version, $(gzip -9c "$out/tierwise_bg.wasm" | wc -c) bytes gzip (wasm)"
