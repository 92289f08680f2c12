# Sourced by scripts/run.sh and scripts/test.sh: a local JupyterHub (API only, from PyPI) for
# the demo institution, so the demo and the browser tests show provisioning for real.
#   start_demo_hub DIR PORT   installs JupyterHub if missing, starts it with its state in DIR,
#                             exports ACADEMY_DEMO_HUB_URL and ACADEMY_DEMO_HUB_TOKEN, and
#                             ACADEMY_HUB_NETWORK=loopback: the demo hub is on 127.0.0.1, which
#                             the academy refuses to connect to by default
#   stop_demo_hub
DEMO_HUB_PID=""

start_demo_hub() {
  local dir="$1" port="$2"
  scripts/install-jupyterhub.sh
  mkdir -p "$dir"
  # The token is kept with the hub's state: the academy database stores it (encrypted) once.
  [ -s "$dir/token" ] || python3 -c 'import secrets; print(secrets.token_hex(24))' > "$dir/token"
  export ACADEMY_DEMO_HUB_TOKEN; ACADEMY_DEMO_HUB_TOKEN="$(cat "$dir/token")"
  export ACADEMY_DEMO_HUB_URL="http://127.0.0.1:$port"
  export ACADEMY_HUB_NETWORK=loopback
  TESTHUB_DIR="$dir" TESTHUB_PORT="$port" TESTHUB_TOKEN="$ACADEMY_DEMO_HUB_TOKEN" \
    "$ACADEMY_JUPYTERHUB_VENV/bin/jupyterhub" -f scripts/testhub/jupyterhub_config.py > "$dir/hub.log" 2>&1 &
  DEMO_HUB_PID=$!
  for _ in $(seq 1 150); do
    curl -fsS "$ACADEMY_DEMO_HUB_URL/hub/api/" >/dev/null 2>&1 && return 0
    kill -0 "$DEMO_HUB_PID" 2>/dev/null || { cat "$dir/hub.log" >&2; return 1; }
    sleep 0.2
  done
  echo "the demo JupyterHub did not start; see $dir/hub.log" >&2
  return 1
}

stop_demo_hub() {
  if [ -n "$DEMO_HUB_PID" ]; then
    kill "$DEMO_HUB_PID" 2>/dev/null && wait "$DEMO_HUB_PID" 2>/dev/null
    DEMO_HUB_PID=""
  fi
  return 0
}
