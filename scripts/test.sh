#!/usr/bin/env bash
# The whole test suite: formatting, lints, native tests (rules, format, CLI,
# properties), wasm tests in headless Chromium, the release build and its
# size gate, and the Playwright end-to-end tests. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native and wasm32), warnings are errors"
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features api -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features analysis -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --features ask -- -D warnings

step "native tests"
cargo test
cargo test --features ts --test typescript

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown $(for t in tests/wasm_*.rs; do printf -- '--test %s ' "$(basename "$t" .rs)"; done)

step "release build: scripts/build.sh (app, minified, hardened; the JavaScript API module)"
scripts/build.sh

step "size gate"
node scripts/size.mjs

step "end-to-end tests (Playwright, headless Chromium)"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
