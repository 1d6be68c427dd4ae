#!/usr/bin/env bash
# Serves the app on http://127.0.0.1:8080 and rebuilds on every change.
# Installs the tools it needs on first run. Extra arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
exec scripts/trunk.sh serve "$@"
