#!/usr/bin/env bash
# README command 1: install the tools, build the app, serve it on 127.0.0.1.
#   bash scripts/serve.sh            (PORT=9000 bash scripts/serve.sh for another port)
# The page is served with the same strict Content-Security-Policy the tests use;
# NO_CSP=1 serves without it.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"
PORT="${PORT:-8080}"
# trunk reads NO_COLOR as a true/false flag and refuses anything else (e.g. NO_COLOR=1).
case "${NO_COLOR:-}" in "" | true | false) ;; *) export NO_COLOR=true ;; esac
export TRUNK_SKIP_VERSION_CHECK=true

bash scripts/setup.sh
HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$REPO_ROOT/node_modules/.bin:$PATH"

# A failed build can leave an old dist/ behind; never serve a stale page.
rm -rf dist
if ! trunk build --release; then
  echo "serve.sh: ERROR: 'trunk build --release' failed; nothing to serve" >&2
  exit 1
fi
if [ ! -f dist/index.html ] || ! compgen -G 'dist/*.wasm' >/dev/null; then
  echo "serve.sh: ERROR: the build left no dist/index.html or no .wasm file" >&2
  exit 1
fi

csp_flag=(--csp)
[ "${NO_CSP:-}" = "1" ] && csp_flag=()
# Prints "Salary Explorer is at http://127.0.0.1:PORT/" once it is listening.
exec node scripts/static-server.mjs --root dist --port "$PORT" --name "Salary Explorer" "${csp_flag[@]}"
