#!/usr/bin/env bash
# Installs what is missing, builds, and runs Catalyst Academy on SQLite with demo data and a
# local JupyterHub for the demo institution.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh build
scripts/build-release.sh
source scripts/env.sh
source scripts/demo-hub.sh
# A local JupyterHub for the demo institution (port 8765 unless DEMO_HUB_PORT says otherwise).
start_demo_hub "${ACADEMY_DATA_DIR:-data}/demo-hub" "${DEMO_HUB_PORT:-8765}"
trap stop_demo_hub EXIT
"$CARGO_TARGET_DIR/release/academy" serve --demo
