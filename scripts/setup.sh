#!/usr/bin/env bash
# Install every tool the build and the tests need, from crates.io, npm and
# Debian apt only (see shared TOOLCHAIN notes: nothing may download a prebuilt
# binary from anywhere else). Idempotent: a tool that is already at the pinned
# version is skipped, so a second run takes seconds.
#
# Usage: bash scripts/setup.sh   (serve.sh and test.sh run it through env.sh's install_tools)
#
# Assumes: Debian, root (or passwordless apt), Rust via rustup, node >= 20 + npm.
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

TRUNK_VERSION="0.21.14"

export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

say() { printf '%s\n' "$*"; }
die() { printf 'setup.sh: ERROR: %s\n' "$*" >&2; exit 1; }
# SETUP_DRY_RUN=1 prints the install commands instead of running them (to test this script).
DRY_RUN="${SETUP_DRY_RUN:-0}"
run() {
  if [ "$DRY_RUN" = "1" ]; then say "  would run: $*"; else "$@"; fi
}
verify() {  # verify "what" "expected" "actual command..."
  local what="$1" want="$2"
  shift 2
  [ "$DRY_RUN" = "1" ] && return 0
  [[ "$("$@" 2>/dev/null || true)" == "$want" ]] || die "$what did not install as \"$want\""
}
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is not on PATH ($2)"; }

need rustup "install Rust with rustup first"
need cargo "install Rust with rustup first"
need node "install Node.js 20 or newer first"
need npm "install npm first"

node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "node $(node --version) is too old; need >= 20"

# --- Rust target and components -------------------------------------------
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "ok rust target wasm32-unknown-unknown"
else
  say "installing rust target wasm32-unknown-unknown"
  run rustup target add wasm32-unknown-unknown
fi

installed_components="$(rustup component list --installed)"
for comp in rustfmt clippy; do
  if grep -q "^${comp}\b" <<<"$installed_components"; then
    say "ok rust component $comp"
  else
    say "installing rust component $comp"
    run rustup component add "$comp"
  fi
done

# --- trunk ----------------------------------------------------------------
trunk_have="$(trunk --version 2>/dev/null || true)"
if [[ "$trunk_have" == "trunk $TRUNK_VERSION" ]]; then
  say "ok trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION (was: ${trunk_have:-none}; about 12 min on 2 cores)"
  run cargo install trunk --locked --version "$TRUNK_VERSION" --force
  verify trunk "trunk $TRUNK_VERSION" trunk --version
fi

# --- wasm-bindgen-cli (must equal the wasm-bindgen pinned in Cargo.toml) --
WBG_VERSION="$(sed -nE 's/^[[:space:]]*wasm-bindgen[[:space:]]*=[[:space:]]*(\{[^}]*version[[:space:]]*=[[:space:]]*)?"=([0-9][0-9A-Za-z.+-]*)".*/\2/p' Cargo.toml | head -n1)"
[ -n "$WBG_VERSION" ] || die 'Cargo.toml must pin wasm-bindgen exactly, e.g. wasm-bindgen = "=0.2.130"'
if [ -f Cargo.lock ]; then
  lock_wbg="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
  if [ -n "$lock_wbg" ] && [ "$lock_wbg" != "$WBG_VERSION" ]; then
    die "Cargo.lock has wasm-bindgen $lock_wbg but Cargo.toml pins =$WBG_VERSION; run cargo update -p wasm-bindgen"
  fi
fi
# trunk runs the wasm-bindgen that Trunk.toml's [tools] names, if it names one: the same.
if [ -f Trunk.toml ]; then
  trunk_wbg="$(awk -F'"' '/^[[:space:]]*\[/ { tools = ($0 ~ /^[[:space:]]*\[tools\]/) }
    tools && /^[[:space:]]*wasm_bindgen[[:space:]]*=/ { print $2; exit }' Trunk.toml)"
  if [ -n "$trunk_wbg" ] && [ "$trunk_wbg" != "$WBG_VERSION" ]; then
    die "Trunk.toml pins wasm_bindgen = \"$trunk_wbg\" but Cargo.toml pins wasm-bindgen =$WBG_VERSION; make them equal (trunk would build with the wrong wasm-bindgen)"
  fi
fi
wbg_have="$(wasm-bindgen --version 2>/dev/null || true)"
if [[ "$wbg_have" == "wasm-bindgen $WBG_VERSION" ]]; then
  say "ok wasm-bindgen-cli $WBG_VERSION"
else
  say "installing wasm-bindgen-cli $WBG_VERSION (was: ${wbg_have:-none}; about 3 min)"
  # Deliberately without --locked: its lockfile names a crate version the registry lacks.
  run cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
  verify wasm-bindgen-cli "wasm-bindgen $WBG_VERSION" wasm-bindgen --version
fi

# --- npm devDependencies (playwright-core, axe-core, binaryen/wasm-opt) ----
npm_stamp="node_modules/.package-lock.json"   # npm rewrites this on every install
if [ -f package-lock.json ]; then
  if [ -d node_modules ] && [ -f "$npm_stamp" ] && [ ! package-lock.json -nt "$npm_stamp" ] \
     && [ ! package.json -nt "$npm_stamp" ]; then
    say "ok node_modules (up to date with package-lock.json)"
  else
    say "installing node_modules (npm ci)"
    run npm ci --no-audit --no-fund --loglevel=error
  fi
else
  say "installing node_modules (npm install: no package-lock.json yet)"
  run npm install --no-audit --no-fund --loglevel=error
fi
command -v wasm-opt >/dev/null 2>&1 || [ "$DRY_RUN" = "1" ] || die "wasm-opt not found in node_modules/.bin (npm package binaryen)"
say "ok $(wasm-opt --version 2>/dev/null | head -n1 || echo 'wasm-opt (dry run)')"

# --- Chromium (Debian) for the end-to-end tests ---------------------------
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "ok chromium ($(/usr/bin/chromium --version 2>/dev/null | head -n1))"
else
  say "installing chromium and chromium-driver (apt)"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to apt-get install chromium"
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  run "${sudo_cmd[@]}" apt-get update -qq
  run "${sudo_cmd[@]}" apt-get install -y -qq chromium chromium-driver </dev/null
  [ -x /usr/bin/chromium ] || [ "$DRY_RUN" = "1" ] || die "chromium did not install to /usr/bin/chromium"
fi

# --- crates for the app (so the builds below work offline) ----------------
run cargo fetch --quiet || die "cargo fetch failed (is Cargo.toml valid? are crates.io and the network up?)"
say "ok crates fetched"

say "setup done; PATH has ~/.cargo/bin and node_modules/.bin"
