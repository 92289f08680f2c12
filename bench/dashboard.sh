#!/usr/bin/env bash
# The cohort dashboard at scale: a synthetic cohort of N participants (1000 by default) over
# 17 weeks with full attendance and course progress, served by the release build. Reports
# the dashboard's time to first byte and total time (median of 15 requests, as an organizer),
# its size raw and compressed, and the same for the home page measured in the same run as the
# baseline.   Usage: bench/dashboard.sh [participants]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"
source scripts/env.sh
[ -x "$CARGO_TARGET_DIR/release/academy" ] || scripts/build-release.sh
WORK=$(mktemp -d /tmp/academy-dash.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
export ACADEMY_DATA_DIR="$WORK/data" ACADEMY_BIND="127.0.0.1:$PORT" RUST_LOG=warn
start=$(date +%s.%N)
"$CARGO_TARGET_DIR/release/academy" cohorts synthetic --slug "bench-$N" --participants "$N" >/dev/null
echo "seeded $N participants in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"
"$CARGO_TARGET_DIR/release/academy" serve >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; do sleep 0.2; done

JAR="$WORK/cookies"
csrf=$(curl -fsS -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "csrf=$csrf" --data-urlencode "email=organizer@demo.academy" \
  --data-urlencode "password=catalyst-demo" "http://127.0.0.1:$PORT/api/sign_in"

measure() { # path → "ttfb total bytes compressed-bytes" (medians over 15 requests)
  for _ in $(seq 1 15); do
    curl -fsS -o /dev/null -b "$JAR" -w '%{time_starttransfer} %{time_total} %{size_download}\n' "http://127.0.0.1:$PORT$1"
  done | sort -n -k2 | sed -n 8p
  curl -fsS -o /dev/null -b "$JAR" --compressed -H 'Accept-Encoding: br, gzip' -w '%{size_download}\n' "http://127.0.0.1:$PORT$1"
}
curl -fsS -o /dev/null -b "$JAR" "http://127.0.0.1:$PORT/cohorts/bench-$N/dashboard"   # warm-up
read -r d_ttfb d_total d_size < <(measure "/cohorts/bench-$N/dashboard" | head -1)
d_comp=$(measure "/cohorts/bench-$N/dashboard" | tail -1)
read -r h_ttfb h_total h_size < <(measure "/" | head -1)
h_comp=$(measure "/" | tail -1)
printf '\ndashboard of %s participants x 17 weeks (full attendance, one required course)\n' "$N"
printf '  dashboard: %6.1f ms total (first byte %6.1f ms), %s bytes, %s bytes compressed\n' \
  "$(python3 -c "print($d_total*1000)")" "$(python3 -c "print($d_ttfb*1000)")" "$d_size" "$d_comp"
printf '  home page: %6.1f ms total (first byte %6.1f ms), %s bytes, %s bytes compressed\n' \
  "$(python3 -c "print($h_total*1000)")" "$(python3 -c "print($h_ttfb*1000)")" "$h_size" "$h_comp"
printf '  ratio dashboard/home (time): %s\n' "$(python3 -c "print(round($d_total/$h_total, 1))")"
