#!/usr/bin/env bash
# Cost of every parser of untrusted input (Markdown lessons and notebook cells, notebooks;
# more are added as rows in domain/benches/parsers.rs) with adversarial inputs of 10 KiB,
# 100 KiB and 1 MiB: prints the time per size and the time ratio for each 10× larger input.
# Linear cost shows as ~10×; the goal is at most ~12×.
# Usage: bench/parsers.sh [name filter]     BENCH_STRICT=1 fails when a ratio is over the goal;
#        BENCH_PROFILE=dev skips the release build (slower, the ratios still hold).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
if [ "${BENCH_PROFILE:-bench}" = bench ]; then
  cargo bench -p domain --bench parsers -- "$@"
else
  cargo bench -p domain --bench parsers --profile "$BENCH_PROFILE" -- "$@"
fi
