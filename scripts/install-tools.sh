#!/usr/bin/env bash
# Installs, idempotently, every tool the build and the tests need on a fresh machine of this
# kind. Each step checks first and is skipped when the right version is already there, so a
# warm run costs seconds. Usage: scripts/install-tools.sh [build] [test]
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.10        # 0.3.11 needs rustc 1.96 (see docs/ARCHITECTURE.md)
WASM_BINDGEN_VERSION=0.2.130       # must equal the wasm-bindgen crate pinned in Cargo.toml
BINARYEN_VERSION=132               # Debian's wasm-opt 108 silently breaks hydration
BINARYEN_PREFIX="$HOME/.local/binaryen"
export PATH="$HOME/.cargo/bin:$BINARYEN_PREFIX/node_modules/.bin:$PATH"

log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

apt_updated=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq; apt_updated=1; fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_build_tools() {
  apt_install brotli curl
  if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo-leptos --version 2>/dev/null | grep -q " $CARGO_LEPTOS_VERSION"; then
    log "cargo install cargo-leptos@$CARGO_LEPTOS_VERSION (about 14 minutes, once)"
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install cargo-leptos@"$CARGO_LEPTOS_VERSION" --locked
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
    log "cargo install wasm-bindgen-cli@$WASM_BINDGEN_VERSION (about 4 minutes, once)"
    # Not --locked: its lock file names a webpki-roots version the registry no longer serves.
    CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
      cargo install wasm-bindgen-cli@"$WASM_BINDGEN_VERSION"
  fi
  if ! "$BINARYEN_PREFIX/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    log "npm install binaryen@$BINARYEN_VERSION (wasm-opt)"
    mkdir -p "$BINARYEN_PREFIX"
    npm install --silent --no-audit --no-fund --prefix "$BINARYEN_PREFIX" binaryen@"$BINARYEN_VERSION" >/dev/null
  fi
}

ensure_test_tools() {
  # python3-yaml: PyYAML, the YAML 1.1 reader the cohort export is checked against
  # (domain/tests/ols_real.rs), also when the JupyterHub venv is not there.
  apt_install chromium postgresql fonts-dejavu-core brotli curl python3-yaml
  local root; root="$(cd "$(dirname "$0")/.." && pwd)"
  if [ ! -d "$root/end2end/node_modules/@playwright/test" ] || [ "$root/end2end/package-lock.json" -nt "$root/end2end/node_modules/.package-lock.json" ]; then
    log "npm ci in end2end/"
    (cd "$root/end2end" && npm ci --silent --no-audit --no-fund >/dev/null)
  fi
}

for what in "${@:-build}"; do
  case "$what" in
    build) ensure_build_tools ;;
    test) ensure_build_tools; ensure_test_tools ;;
    *) echo "unknown target: $what" >&2; exit 2 ;;
  esac
done
