#!/usr/bin/env bash
# What the WebAssembly is made of, so that growth is seen: the release wasm
# before wasm-opt (it keeps function names) through `twiggy top` and
# `twiggy dominators`, and the shipped files of dist/ with their gzip size.
#
#   bash scripts/size.sh [N]    # N items per list (default 30)
#
# Build first (bash scripts/serve.sh, or `source scripts/setup.sh && build_site`).
# Installs twiggy with `cargo install twiggy` when it is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-30}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
WASM="$TARGET/wasm32-unknown-unknown/release/karabakh-explorer.wasm"
[ -f "$WASM" ] || { echo "error: $WASM is missing: build the site first" >&2; exit 1; }
command -v twiggy >/dev/null 2>&1 || cargo install twiggy --locked

# The custom sections (function names, wasm-bindgen's own) are dropped
# before shipping: leave them out of the lists.
skip='custom section|"function names" subsection|\.\.\. and [0-9]+ more|Σ \['
echo "== dist/ (what is shipped; gzip -9)"
for f in dist/*; do
  [ -f "$f" ] && printf '%10d B  %9d B gzip  %s\n' "$(wc -c <"$f")" "$(gzip -9c "$f" | wc -c)" "${f#dist/}"
done
echo
echo "== twiggy top: the $N largest items of $WASM (before wasm-opt)"
twiggy top -n $((N + 8)) "$WASM" | grep -Ev "$skip" | head -n $((N + 2)) | cut -c1-180
echo
echo "== twiggy dominators: what keeps the most bytes alive ($N rows)"
twiggy dominators -d 4 -r $((N + 8)) "$WASM" | grep -Ev "$skip" | head -n $((N + 2)) | cut -c1-180
