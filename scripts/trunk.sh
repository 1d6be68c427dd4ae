#!/usr/bin/env bash
# Runs trunk; a --release build is made small enough for the size budget.
#
# A release bundle rebuilds the standard library with the app (std's own
# prebuilt copy carries panic messages, source locations and unwinding
# support that the browser never shows): `-Zbuild-std`, `-Cpanic=immediate-abort`,
# `-Zlocation-detail=none` and `-Zfmt-debug=none` save about 27 KB of the
# gzipped bundle (BENCHMARKS.md). With fmt-debug=none `{:?}` prints nothing,
# so no message uses it (tests/format.rs checks the source). These are unstable flags, enabled on the stable toolchain
# with RUSTC_BOOTSTRAP=1 for this one build only; everything else (tests, the
# CLI, the JS API) builds as plain stable Rust. The price: a panic in the
# release app stops it without a message, so the app must not panic (it
# returns errors as values; tests/wasm_* and the e2e suite cover it). A
# debug build (`trunk serve` without --release) keeps the messages.
# The bundle has its own target directory so the flags never invalidate the
# other builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
for a in "$@"; do
  if [ "$a" = "--release" ]; then
    export RUSTC_BOOTSTRAP=1
    export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
    export CARGO_TARGET_DIR="$PWD/target/bundle"
  fi
done
exec trunk "$@"
