#!/usr/bin/env bash
# Regenerates crates/engine/src/primitives/zone/table.rs, the processing
# zones' rules, from the tz database that chrono-tz carries (a
# dev-dependency), then runs the zone tests that compare every transition
# with it. Run it after updating chrono-tz or changing SUPPORTED_ZONES.
set -euo pipefail
cd "$(dirname "$0")/.."
TIERWISE_WRITE_ZONES=1 cargo test -p tierwise-engine --lib -q primitives::zone::tests::the_table_is_generated_from_the_tz_database
cargo test -p tierwise-engine --lib -q primitives::zone::tests
git diff --stat -- crates/engine/src/primitives/zone/table.rs
