#!/usr/bin/env bash
# README command 1: install the tools, build the app, serve it on 127.0.0.1.
#   bash scripts/serve.sh            (PORT=9000 bash scripts/serve.sh for another port)
# The page is served with the same strict Content-Security-Policy the tests use;
# NO_CSP=1 serves without it.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
PORT="${PORT:-8080}"

install_tools

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
