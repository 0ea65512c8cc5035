#!/usr/bin/env bash
# Installs what is missing, builds the release site (dist/, including the
# single-file dist/karabakh-explorer.html), and serves dist/ offline at
# http://127.0.0.1:8080 (set SERVE_ADDR to change it). Ctrl-C stops it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

setup_build_tools
build_site
log "serving dist/"
exec cargo run --quiet --package offline-bundle -- serve dist --addr "${SERVE_ADDR:-127.0.0.1:8080}"
