#!/usr/bin/env bash
# Installs what is missing and runs every test: Rust unit and integration tests on SQLite and
# PostgreSQL (provisioning ones against real JupyterHubs they start), the locale and content
# checks, then the Playwright browser tests (JavaScript on and off) against a release build
# whose demo institution has a real local JupyterHub.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh test
scripts/install-jupyterhub.sh
source scripts/env.sh
# Incremental caches are large and useless on a one-off CI run.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

source scripts/pg.sh
source scripts/demo-hub.sh
SERVER_PID=""
E2E_DIR=$(mktemp -d /tmp/academy-e2e.XXXXXX)
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  stop_demo_hub
  pg_stop
  rm -rf "$E2E_DIR" "${HUB_DIR:-}"
}
trap cleanup EXIT

# The tests' hubs listen on 127.0.0.1: the Rust tests allow that in their own configuration,
# the demo server below gets ACADEMY_HUB_NETWORK=loopback from start_demo_hub.
echo "[test] Rust tests (SQLite and PostgreSQL)"
cargo test --workspace --exclude frontend --no-fail-fast 2>&1 | tee "$E2E_DIR/cargo-test.log"

echo "[test] course content check"
cargo run -q -p academy -- content check
echo "[test] translation check (locales and lesson translations)"
cargo run -q -p academy -- i18n check

echo "[test] release build for the browser tests"
scripts/build-release.sh

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The starter courses plus a fixture course that exists only in English.
mkdir -p "$E2E_DIR/content" && cp -r content/courses "$E2E_DIR/content/" && cp -r end2end/fixtures/courses/* "$E2E_DIR/content/courses/"
export ACADEMY_CONTENT_DIR="$E2E_DIR/content"
# The locale files, copied: the translator tests save into them. Two Portuguese strings are
# left out, so the translator finds something missing.
mkdir -p "$E2E_DIR/locales" && cp -r locales/* "$E2E_DIR/locales/"
python3 end2end/fixtures/i18n/drop-messages.py "$E2E_DIR/locales/pt/translation.ftl" translate-strings-done translate-lessons-state
export ACADEMY_LOCALES_DIR="$E2E_DIR/locales"
# The demo institution's JupyterHub, with its state in memory.
HUB_DIR=$(mktemp -d /dev/shm/academy-e2e-hub.XXXXXX 2>/dev/null || mktemp -d)
start_demo_hub "$HUB_DIR" "$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export ACADEMY_DATA_DIR="$E2E_DIR/data" ACADEMY_BIND="127.0.0.1:$PORT" ACADEMY_BASE_URL="http://127.0.0.1:$PORT"
"$CARGO_TARGET_DIR/release/academy" serve --demo > "$E2E_DIR/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$E2E_DIR/server.log"; exit 1; }
  sleep 0.2
done
echo "[test] Playwright against http://127.0.0.1:$PORT"
(cd end2end && BASE_URL="http://127.0.0.1:$PORT" HUB_URL="$ACADEMY_DEMO_HUB_URL" HUB_TOKEN="$ACADEMY_DEMO_HUB_TOKEN" ACADEMY_MAIL_DIR="$ACADEMY_DATA_DIR/mail" E2E_LOCALES_DIR="$ACADEMY_LOCALES_DIR" npx playwright test) || { tail -50 "$E2E_DIR/server.log"; exit 1; }
