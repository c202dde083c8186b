#!/usr/bin/env bash
# Quick start, first command: installs what is missing, builds, and opens the
# GUI on the sandbox demo (a private PostgreSQL primary + replica with demo
# data). The sandbox is stopped when the window closes. Without a display the
# GUI runs under xvfb-run.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SLIPWAY_BUILD_DIR:-$root/build}

"$root/scripts/build.sh"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/slipway" --demo "$@"
fi
exec "$build/app/slipway" --demo "$@"
