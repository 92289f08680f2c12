# Shared by scripts/run.sh and scripts/test.sh: tool paths and the cargo target directory.
export PATH="$HOME/.cargo/bin:$HOME/.local/binaryen/node_modules/.bin:$PATH"
# Outside the clone, so a fresh clone (CI) reuses compiled dependencies; a fresh machine
# simply builds everything once.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/catalyst-academy/target}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
# JupyterHub from PyPI for the provisioning tests, the benchmark and the demo hub.
export ACADEMY_JUPYTERHUB_VENV="${ACADEMY_JUPYTERHUB_VENV:-$HOME/.cache/catalyst-academy/jupyterhub-6.1.1}"
export ACADEMY_JUPYTERHUB="${ACADEMY_JUPYTERHUB:-$ACADEMY_JUPYTERHUB_VENV/bin/jupyterhub}"
