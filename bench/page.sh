#!/usr/bin/env bash
# Load benchmark of one page: the release build of `academy` against nginx serving the same
# HTML from a file, measured in the same run with wrk (64 connections), so the result is a
# ratio that does not depend on the machine. Also reports the page's first-view transfer size
# (HTML, CSS and icon, compressed as a browser would get them), the server's peak RSS under
# load and the wasm bundle's size.
# Usage: bench/page.sh [path] [seconds]     e.g. bench/page.sh /courses/first-steps/01-what-is-a-hub 10
set -euo pipefail
cd "$(dirname "$0")/.."
PAGE="${1:-/}"
DURATION="${2:-10}"
source scripts/env.sh
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null; }
done
[ -x "$CARGO_TARGET_DIR/release/academy" ] && [ -f target/site/pkg/academy.wasm ] || scripts/build-release.sh

WORK=$(mktemp -d /tmp/academy-bench.XXXXXX)
chmod 755 "$WORK"   # the nginx worker (user nobody) must read the page
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
APP_PORT=$(free_port); NGINX_PORT=$(free_port)
SERVER_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  wait 2>/dev/null; rm -rf "$WORK"
}
trap cleanup EXIT

ACADEMY_DATA_DIR="$WORK/data" ACADEMY_BIND="127.0.0.1:$APP_PORT" RUST_LOG=warn \
  "$CARGO_TARGET_DIR/release/academy" serve --demo >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
until curl -fsS "http://127.0.0.1:$APP_PORT/healthz" >/dev/null 2>&1; do sleep 0.2; done

mkdir -p "$WORK/www" && chmod 755 "$WORK/www"
curl -fsS "http://127.0.0.1:$APP_PORT$PAGE" -o "$WORK/www/index.html"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; index index.html; }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
until curl -fsS "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1; do sleep 0.1; done

run_wrk() { wrk -t1 -c64 -d"${DURATION}s" --latency "$1" 2>&1; }
rps() { awk '/Requests\/sec/ {print $2}' <<<"$1"; }
p99() { awk '$1=="99%" {print $2}' <<<"$1"; }

# Samples the server's resident memory (KB) into a file until that file's sampler is stopped.
sample_rss() { while true; do awk '/VmRSS/ {print $2}' /proc/"$SERVER_PID"/status >>"$WORK/rss.txt" 2>/dev/null; sleep 0.2; done; }

echo "warming up..."; wrk -t1 -c64 -d2s "http://127.0.0.1:$APP_PORT$PAGE" >/dev/null
sample_rss &
SAMPLER=$!
APP=$(run_wrk "http://127.0.0.1:$APP_PORT$PAGE")
kill "$SAMPLER"
RSS_KB=$(sort -n "$WORK/rss.txt" | tail -1)
NGINX=$(run_wrk "http://127.0.0.1:$NGINX_PORT/")

APP_RPS=$(rps "$APP"); NGINX_RPS=$(rps "$NGINX")
wasm=target/site/pkg/academy.wasm
first_view=0
for asset in "$PAGE" /pkg/academy.css /favicon.svg; do
  n=$(curl -fsS --compressed -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$APP_PORT$asset")
  first_view=$((first_view + n))
done
printf '\n%s, %s s, 64 connections (wrk -t1), %s bytes of HTML\n' "$PAGE" "$DURATION" "$(wc -c <"$WORK/www/index.html")"
printf '  academy  %10s req/s   p99 %s\n' "$APP_RPS" "$(p99 "$APP")"
printf '  nginx    %10s req/s   p99 %s\n' "$NGINX_RPS" "$(p99 "$NGINX")"
printf '  ratio academy/nginx: %s\n' "$(python3 -c "print(round($APP_RPS/$NGINX_RPS, 3))")"
printf '  academy peak RSS under load: %s MB\n' "$(python3 -c "print(round($RSS_KB/1024, 1))")"
printf '  first view (page + CSS + icon, compressed bodies): %s bytes\n' "$first_view"
printf '  wasm bundle: %s bytes raw, %s bytes gzip -9\n' "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
