# Shared by scripts/run.sh and scripts/test.sh: tool paths and the cargo target directory.
export PATH="$HOME/.cargo/bin:$HOME/.local/binaryen/node_modules/.bin:$PATH"
# Outside the clone, so a fresh clone (CI) reuses compiled dependencies; a fresh machine
# simply builds everything once.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/catalyst-academy/target}"
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
