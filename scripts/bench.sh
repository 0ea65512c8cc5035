#!/usr/bin/env bash
# The benchmark command (not part of the tests): sizes, first render beside a
# static page of the same records, filter latency beside plain JavaScript on
# the bundled data and on 1,000, 10,000 and 100,000 synthetic claims, memory
# and DOM size. Prints one table; each target of the performance issue is
# printed with PASS or MISS and its figure.
#
#   bash scripts/bench.sh            # measures the release build in dist/ (builds it if missing)
#   BENCH_RUNS=9 BENCH_SAMPLES=20    # first-render runs (≥ 7) and filter updates per operation
#
# Needs what scripts/serve.sh installs, plus Debian's chromium. Takes a few
# minutes: most of it loading the 100,000-claim file (49 MB) into the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

[ -f node_modules/playwright-core/package.json ] || setup_build_tools
command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || apt_install chromium
if [ ! -f dist/index.html ] || [ ! -f dist/karabakh-explorer.html ]; then
  setup_build_tools
  build_site
fi

# The deterministic synthetic datasets, through the app's own generator.
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
SYNTH="$TARGET/bench"
mkdir -p "$SYNTH"
log "cargo run --release --example synth (1,000, 10,000 and 100,000 claims) -> $SYNTH"
cargo build --release --quiet --example synth
for n in 1000 10000 100000; do
  cargo run --release --quiet --example synth -- "$n" >"$SYNTH/synth-$n.json"
done

log "node scripts/bench.mjs (headless Chromium over dist/)"
node scripts/bench.mjs "$SYNTH"
