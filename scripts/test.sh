#!/usr/bin/env bash
# Installs what is missing (build tools and browsers), builds the release
# site, then runs every test; stops at the first failure:
#   1. native: cargo test --workspace (unit, dataset, offline-bundle, end-to-end
#      in headless Chromium and Firefox against dist/)
#   2. wasm-bindgen browser tests in headless Chromium
#   3. the same in headless Firefox
#   4. UI tests of the release build (tests/ui, node + playwright-core + axe-core)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

TIMINGS=()
# The test runners' output also goes to a log, to total the results at the end.
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
# `phase NAME CMD…` runs in this shell (set-up phases export variables);
# `tests NAME CMD…` also copies the output to the log (in a pipeline, so
# in a subshell; pipefail keeps its exit status).
phase() {
  local name=$1 start=$SECONDS; shift
  log "$name"
  "$@"
  TIMINGS+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
}
tests() {
  local name=$1; shift
  phase "$name" bash -c 'set -o pipefail; "$@" 2>&1 | tee -a "$0"' "$RESULTS" "$@"
}

phase "install build tools" setup_build_tools
phase "install browsers" setup_browsers
phase "build the site" build_site
tests "native tests: cargo test --workspace" \
  cargo test --workspace
tests "wasm tests in headless Chromium" \
  env -u GECKODRIVER CHROMEDRIVER="$CHROMEDRIVER" cargo test --target wasm32-unknown-unknown --tests
tests "wasm tests in headless Firefox" \
  env -u CHROMEDRIVER GECKODRIVER="$GECKODRIVER" cargo test --target wasm32-unknown-unknown --tests
tests "UI tests of the release build in headless Chromium: node --test tests/ui" \
  node --test --test-reporter=tap tests/ui/

log "all tests passed"
printf '%s\n' "${TIMINGS[@]}" >&2
# The closing line: totals over every `test result:` line above.
# cargo's `test result: ok. N passed; M failed` and node's `# pass N` / `# fail M`.
awk '/test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed;?$/) p += $i; if ($(i+1) ~ /^failed;?$/) f += $i } }
     /^# pass [0-9]+$/ { p += $3 } /^# fail [0-9]+$/ { f += $3 }
     END { printf "%d passed, %d failed\n", p, f }' "$RESULTS"
