#!/usr/bin/env bash
# Installs what is missing, builds, and runs Catalyst Academy on SQLite with demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh build
scripts/build-release.sh
source scripts/env.sh
exec "$CARGO_TARGET_DIR/release/academy" serve --demo
