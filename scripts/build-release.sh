#!/usr/bin/env bash
# Release build of the server and the size-optimised wasm bundle, then precompression of the
# static files (cargo-leptos deletes .br/.gz files at each build).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo leptos build --release
for f in target/site/pkg/*.wasm target/site/pkg/*.js target/site/pkg/*.css target/site/islands.js target/site/enhance.js target/site/translate.js; do
  [ -f "$f" ] || continue
  gzip -9 -k -f "$f"
  if command -v brotli >/dev/null; then brotli -q 11 -k -f "$f"; fi
done
