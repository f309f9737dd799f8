#!/usr/bin/env bash
# Full builds of the same generated site by briefing, Hugo and Zola, side by side; the table
# goes into BENCHMARKS.md. Builds the release binary first; see scripts/bench.py for options.
#   scripts/bench.sh                          # 1,000, 10,000 and 100,000 briefs (peers up to 10,000)
#   scripts/bench.sh --sizes 1000 --runs 1 --no-write   # the smoke run CI does
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
exec python3 scripts/bench.py "$@"
