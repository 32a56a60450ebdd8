#!/usr/bin/env bash
# README command 2: every check, in order, stopping at the first failure.
#   bash scripts/test.sh
# Works non-interactively (CI=true, no stdin) from a fresh clone: setup.sh installs the tools.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
exec </dev/null

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export CARGO_TERM_PROGRESS_WHEN=never

started=$SECONDS
current_step="setup"
on_exit() {
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo >&2
    echo "test.sh: FAILED at step: ${current_step} (exit code $rc, after $((SECONDS - started)) s)" >&2
  fi
}
trap on_exit EXIT

step() {
  current_step="$1"
  shift
  local t0=$SECONDS
  echo
  echo "==> ${current_step}: $*"
  "$@"
  echo "==> ok: ${current_step} ($((SECONDS - t0)) s)"
}

step "setup" install_tools

# rustfmt colours its diff even into a log file; keep logs plain unless on a terminal.
fmt_color=never
[ -t 1 ] && fmt_color=auto
step "format" cargo fmt --check -- --color="$fmt_color"
step "clippy (host)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown -- -D warnings
step "unit tests (host)" cargo test

build_release() {
  # A failed build can leave an old dist/ behind; never test a stale page.
  rm -rf dist
  trunk build --release
  [ -f dist/index.html ] || { echo "no dist/index.html after the build" >&2; return 1; }
  compgen -G 'dist/*.wasm' >/dev/null || { echo "no .wasm in dist/ after the build" >&2; return 1; }
  ls -l dist/
}
step "release build (trunk)" build_release
# The size budget (issues 7 and 12): all JS + wasm of the page at most 142.1 KiB brotli, so size
# cannot creep up unseen.
step "size budget" node bench/size-gate.mjs
step "end-to-end tests (Chromium)" node --test tests/e2e/

current_step="done"
echo
echo "test.sh: all checks passed in $((SECONDS - started)) s"
