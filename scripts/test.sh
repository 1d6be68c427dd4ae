#!/usr/bin/env bash
# The whole test suite: formatting, lints, native tests of every crate
# (rules, formats, CLI, properties, app state), wasm tests in headless
# Chromium, the release build and its size gate, and the Playwright
# end-to-end tests (the page, the embed, the JavaScript API package).
# Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native and wasm32), warnings are errors"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p tierwise-web --features prerender --bins -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p tierwise-web --lib --bins --tests -- -D warnings
cargo clippy --target wasm32-unknown-unknown -p tierwise-js -p tierwise-engine -p tierwise-app --lib -- -D warnings

step "native tests (every crate: rules, formats, CLI, properties, app state)"
cargo test --workspace
cargo test -p tierwise-js --features ts --test typescript

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown -p tierwise-engine --test wasm_engine
cargo test --target wasm32-unknown-unknown -p tierwise-web --test wasm_ui

step "release build: scripts/build.sh (app, minified, hardened; the JavaScript API module)"
scripts/build.sh

step "size gate"
node scripts/size.mjs

step "end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
