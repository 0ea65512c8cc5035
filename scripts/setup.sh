# shellcheck shell=bash
# Shared by scripts/serve.sh and scripts/test.sh (sourced, not run): installs
# whatever is missing, each tool at the exact version the build needs, and
# builds the site. Idempotent: a second run only checks versions.
#
#   setup_build_tools  rustup target, Trunk, wasm-bindgen CLI, npm packages (wasm-opt, and
#                      playwright-core + axe-core for the UI tests), crates
#   setup_browsers     Chromium + chromedriver, Firefox ESR (apt), geckodriver (cargo)
#   build_site         trunk build --release -> dist/ (index.html, the offline
#                      dist/karabakh-explorer.html written by the post_build hook),
#                      then the claims list prerendered into both (tools/prerender)

set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml
BINARYEN_VERSION=132           # wasm-opt, from package.json / package-lock.json
GECKODRIVER_VERSION=0.37.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$ROOT/node_modules/.bin:$CARGO_HOME/bin:$PATH"
export DEBIAN_FRONTEND=noninteractive
# Trunk must never try to download a tool (Trunk.toml says offline = true too).
export TRUNK_OFFLINE=true

log() { printf '\n==> %s\n' "$*" >&2; }
die() { printf '\nerror: %s\n' "$*" >&2; exit 1; }

# `version_of CMD ARGS…`: the command's first output line, or nothing if it is missing.
version_of() { command -v "$1" >/dev/null 2>&1 && "$@" 2>/dev/null | head -n 1 || true; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

# `apt_install PKG…`: installs those not installed yet; `apt-get update` only if any are missing.
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

setup_build_tools() {
  command -v cargo >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1 \
    || die "cargo and rustup are needed (a Rust toolchain from rustup, version >= 1.95)"

  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi

  if [ "$(version_of trunk --version)" != "trunk $TRUNK_VERSION" ]; then
    log "cargo install trunk $TRUNK_VERSION (takes ~6 min)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --force
  fi

  if [ "$(version_of wasm-bindgen --version)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
     || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
    log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~2 min)"
    # Not --locked: its lock file does not build with current toolchains.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  grep -q "^wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"" Cargo.toml \
    || die "Cargo.toml must pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" (the CLI and the crate must match)"

  if ! command -v npm >/dev/null 2>&1; then
    apt_install nodejs npm
  fi
  # package-lock.json pins binaryen (wasm-opt) and, for the UI tests,
  # playwright-core and axe-core; `npm ci` when any is missing.
  case "$(version_of "$ROOT/node_modules/.bin/wasm-opt" --version)" in
    *"version_$BINARYEN_VERSION"*) [ -f node_modules/playwright-core/package.json ] && [ -f node_modules/axe-core/axe.min.js ] ;;
    *) false ;;
  esac || {
    log "npm ci (binaryen $BINARYEN_VERSION: wasm-opt; playwright-core and axe-core for the UI tests)"
    npm ci --no-audit --no-fund --loglevel=error
  }

  # The build prerenders the claims list in headless Chromium (tools/prerender).
  apt_install chromium

  # Trunk builds with `cargo --offline` (Trunk.toml), so fetch the crates first.
  cargo fetch --quiet
}

setup_browsers() {
  apt_install chromium chromium-driver firefox-esr
  if [ "$(version_of geckodriver --version)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    log "cargo install geckodriver $GECKODRIVER_VERSION (takes ~2 min)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --force
  fi
  export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
  GECKODRIVER="${GECKODRIVER:-$(command -v geckodriver)}"
  export GECKODRIVER
  # Browser options for wasm-bindgen-test-runner: offline flags, and a proxy on a
  # closed loopback port so that nothing but loopback traffic can leave the browser.
  export WASM_BINDGEN_TEST_WEBDRIVER_JSON="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-$ROOT/scripts/webdriver.json}"
}

build_site() {
  log "trunk build --release (dist/, and dist/karabakh-explorer.html from the post_build hook)"
  local start=$SECONDS
  trunk build --release
  [ -f dist/index.html ] && [ -f dist/karabakh-explorer.html ] \
    || die "the build did not write dist/index.html and dist/karabakh-explorer.html"
  log "node tools/prerender/prerender.mjs: the claims list, as the app renders it, into both pages"
  node tools/prerender/prerender.mjs dist
  log "site built in $((SECONDS - start)) s: $ROOT/dist"
}
