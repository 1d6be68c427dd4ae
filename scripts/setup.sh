#!/usr/bin/env bash
# Installs what Tierwise's build and tests need, skipping what is present.
#   scripts/setup.sh          tools to build and serve the app
#   scripts/setup.sh --test   plus Chromium, ChromeDriver and Playwright
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
step() { printf '==> %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }

# rust-toolchain.toml pins the stable toolchain the project is tested with.
# A machine whose `stable` is that release gets it under its pinned name
# without a download; any other machine installs it through rustup.
PINNED=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$PINNED-"; then
  host=$(RUSTUP_TOOLCHAIN=stable rustc -vV | sed -n 's/^host: //p')
  if RUSTUP_TOOLCHAIN=stable rustc --version | grep -q "^rustc $PINNED "; then
    step "naming the installed stable toolchain $PINNED"
    toolchains="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
    ln -s "$toolchains/stable-$host" "$toolchains/$PINNED-$host"
  else
    step "installing Rust $PINNED"
    rustup toolchain install "$PINNED" --profile minimal
  fi
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if ! { have wasm-bindgen && wasm-bindgen --version | grep -q " $WB_VERSION\$"; }; then
  step "installing wasm-bindgen-cli $WB_VERSION (a few minutes)"
  # Not --locked: its lockfile names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

if ! { have trunk && trunk --version | grep -q " $TRUNK_VERSION\$"; }; then
  step "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install trunk --locked --version "$TRUNK_VERSION" --force
fi

if ! have node || ! have npm; then
  step "installing Node.js"
  apt-get update -qq && apt-get install -y -qq nodejs npm
fi
# wasm-opt (binaryen), the minifiers (terser, csso), Playwright and axe-core,
# pinned by package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ ! -d node_modules/terser ] || [ ! -d node_modules/csso ] || [ ! -d node_modules/axe-core ] \
  || [ ! -d node_modules/typescript ]; then
  step "installing node packages (binaryen, terser, csso, playwright-core, axe-core, typescript)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ]; then
  if ! have chromium || ! have chromedriver; then
    step "installing Chromium and ChromeDriver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
  fi
fi
step "tools ready"
