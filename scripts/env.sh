# shellcheck shell=bash
# The environment serve.sh, test.sh and setup.sh run in. Sourced, not run:
#   source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
# Moves to the repository root (REPO_ROOT), puts the pinned tools (cargo's bin folder,
# node_modules/.bin) first on PATH, and defines install_tools.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# trunk reads NO_COLOR as a true/false flag and refuses anything else (e.g. NO_COLOR=1).
case "${NO_COLOR:-}" in "" | true | false) ;; *) export NO_COLOR=true ;; esac
# trunk must not look for a newer version of itself online.
export TRUNK_SKIP_VERSION_CHECK=true

HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
export HOME
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$REPO_ROOT/node_modules/.bin:$PATH"

# Installs every pinned tool the build and the tests need; seconds when they are there.
install_tools() {
  bash "$REPO_ROOT/scripts/setup.sh"
}
