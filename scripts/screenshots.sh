#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png): runs the app
# under Xvfb against its own demo sandbox, once per main view, so the pictures
# show what the current code draws. Builds first when the app is missing.
#   scripts/screenshots.sh [view...]     (default: every view)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SLIPWAY_BUILD_DIR:-$root/build}
out=${SLIPWAY_SCREENSHOTS_DIR:-$root/docs/screenshots}
app=$build/app/slipway

[[ -x $app ]] || "$root/scripts/build.sh"
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 1; }
mkdir -p "$out"
# A private config so the user's saved session, connections and layout stay out of the pictures.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data

shot() { # name, delay in ms, app arguments...
  local name=$1 delay=$2
  shift 2
  echo "screenshots.sh: $name"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo --screenshot "$out/$name.png" \
    --screenshot-delay "$delay" "$@"
}

views=("$@")
[[ ${#views[@]} -gt 0 ]] || views=(editor history run monitor)
for view in "${views[@]}"; do
  case $view in
    editor)  shot editor 1500 "migrations/V001__*.sql" "migrations/V002__*.sql" ;;
    history) shot history 2000 --history "$root/resources/demo/migrations" ;;
    run)     shot run 9000 --demo-rows 200000 --demo-workload --run= --start ;;
    monitor) shot monitor 8000 --demo-workload --monitor ;;
    *) echo "screenshots.sh: unknown view '$view' (editor, history, run, monitor)" >&2; exit 64 ;;
  esac
done
echo "screenshots.sh: pictures in $out"
