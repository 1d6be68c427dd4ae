#!/usr/bin/env bash
# Explores: the property and differential tests on many cases and fresh
# seeds, unlike the test command, whose seeds are fixed so that one commit
# gives one verdict everywhere.
#
#   scripts/explore.sh [SEEDS] [PROPTEST_CASES] [DIFFERENTIAL_CASES]
#
# Defaults: 50 seeds, 1,000 property cases and 5,000 differential scenarios
# per seed. Seeds come from the clock unless FIRST_SEED is set. A failure
# prints its seed and the command that replays it. Exploring writes no
# regression file (a saved failure would replay first under every later
# seed and hide new ones); the replay command does, and the file
# tests/properties.proptest-regressions is committed so that the test command
# runs the case from then on.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SEEDS=${1:-50}
CASES=${2:-1000}
DIFF=${3:-5000}
FIRST=${FIRST_SEED:-$(date +%s)}

cargo test --release --test properties --test differential --no-run -q || exit 2

failed=()
start=$(date +%s)
for ((i = 0; i < SEEDS; i++)); do
  seed=$((FIRST + i))
  printf '==> seed %s (%d of %d)\n' "$seed" $((i + 1)) "$SEEDS"
  if ! PROPTEST_RNG_SEED=$seed PROPTEST_CASES=$CASES PROPTEST_DISABLE_FAILURE_PERSISTENCE=1 \
    cargo test --release -q --test properties >"target/explore-$seed.log" 2>&1; then
    failed+=("properties:$seed")
    tail -40 "target/explore-$seed.log"
    echo "FAILED: replay with PROPTEST_RNG_SEED=$seed PROPTEST_CASES=$CASES cargo test --release --test properties"
  fi
  first_diff=$(((seed % 1000000) * DIFF + 1))
  if ! DIFFERENTIAL_FIRST_SEED=$first_diff DIFFERENTIAL_CASES=$DIFF \
    cargo test --release -q --test differential >>"target/explore-$seed.log" 2>&1; then
    failed+=("differential:$first_diff")
    tail -40 "target/explore-$seed.log"
    echo "FAILED: replay with DIFFERENTIAL_FIRST_SEED=$first_diff DIFFERENTIAL_CASES=$DIFF cargo test --release --test differential"
  fi
done
elapsed=$(($(date +%s) - start))
total_props=$((SEEDS * CASES))
total_diff=$((SEEDS * DIFF))
echo
echo "explored $SEEDS seeds from $FIRST in ${elapsed}s: $CASES property cases per property and seed ($total_props each), $total_diff differential scenarios"
if [ ${#failed[@]} -gt 0 ]; then
  echo "failures: ${failed[*]}"
  exit 1
fi
echo "no failures"
