#!/usr/bin/env bash
# Installs JupyterHub from PyPI into its own virtual environment, once, for the provisioning
# tests and the benchmark (they start throwaway hubs with scripts/testhub/jupyterhub_config.py).
# Prints nothing when it is already there.
set -euo pipefail
JUPYTERHUB_VERSION=6.1.1
VENV="${ACADEMY_JUPYTERHUB_VENV:-$HOME/.cache/catalyst-academy/jupyterhub-$JUPYTERHUB_VERSION}"  # as in scripts/env.sh
if "$VENV/bin/jupyterhub" --version 2>/dev/null | grep -q "^$JUPYTERHUB_VERSION"; then
  exit 0
fi
printf '\033[1m[setup]\033[0m %s\n' "pip install jupyterhub==$JUPYTERHUB_VERSION into $VENV (about 30 s, once)" >&2
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "jupyterhub==$JUPYTERHUB_VERSION"
"$VENV/bin/jupyterhub" --version >/dev/null
