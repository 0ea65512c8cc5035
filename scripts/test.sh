#!/usr/bin/env bash
# Installs what is missing (build tools and browsers), builds the release
# site, then runs every test; stops at the first failure:
#   1. native: cargo test --workspace (unit, dataset, offline-bundle, end-to-end
#      in headless Chromium and Firefox against dist/)
#   2. wasm-bindgen browser tests in headless Chromium
#   3. the same in headless Firefox
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

TIMINGS=()
# Every runner's output also goes to a log, to total the results at the end.
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
phase() {
  local name=$1 start=$SECONDS; shift
  log "$name"
  "$@" 2>&1 | tee -a "$RESULTS"
  TIMINGS+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
}

phase "install build tools" setup_build_tools
phase "install browsers" setup_browsers
phase "build the site" build_site
phase "native tests: cargo test --workspace" \
  cargo test --workspace
phase "wasm tests in headless Chromium" \
  env -u GECKODRIVER CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --tests
phase "wasm tests in headless Firefox" \
  env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" cargo test --target wasm32-unknown-unknown --tests

log "all tests passed"
printf '%s\n' "${TIMINGS[@]}" >&2
# The closing line: totals over every `test result:` line above.
awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;?$/) p += $i; if ($(i+1) ~ /^failed;?$/) f += $i } }
     END { printf "%d passed, %d failed\n", p, f }' "$RESULTS"
