#!/usr/bin/env bash
# Quick start, second command: installs what is missing, builds, and runs the
# whole test suite (unit, db, ui). Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SLIPWAY_BUILD_DIR:-$root/build}

"$root/scripts/build.sh"
cd "$build"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 600 "$@"
