#!/usr/bin/env bash
# Regenerates resources/icons/hicolor/<size>/slipway.png from the SVG sources:
# slipway-small.svg (bolder, for 16-24 px) and slipway.svg (32 px and up).
# Needs rsvg-convert: apt-get install librsvg2-bin
# The PNGs are committed; run this after editing either SVG.
set -euo pipefail
icons=$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)
command -v rsvg-convert >/dev/null || {
  echo "render-icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256; do
  source=slipway.svg
  ((size <= 24)) && source=slipway-small.svg
  mkdir -p "$icons/hicolor/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "$icons/hicolor/${size}x${size}/slipway.png" "$icons/$source"
  echo "render-icons: ${size}x${size} from $source"
done
