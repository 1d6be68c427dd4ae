#!/usr/bin/env bash
# Runs the Trunk that scripts/setup.sh installs, with the project's tools on
# PATH. Plain stable Rust: no unstable flags, no rebuilt standard library.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec trunk "$@"
