#!/usr/bin/env bash
# Writes a man page for a Slipway program from its --help and --version output
# (help2man), plus packaging/<program>.h2m. For slipway-cli, every command's own
# --help becomes a subsection of COMMANDS, so the page never drifts from the code.
# The page is written gzipped (Debian policy), reproducibly (gzip -n).
#   make-manpage.sh <help2man> <program path> <output.1.gz> <one-line description>
set -euo pipefail
help2man=$1 program=$2 output=$3 description=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
name=$(basename "$program")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# English help, no display needed, and no Qt warnings mixed into the page.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= XDG_RUNTIME_DIR=$scratch
chmod 700 "$scratch"

includes=()

# troff-safe verbatim text: backslashes, and lines starting with . or '
verbatim() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

if [[ $name == slipway-cli ]]; then
  {
    echo '[COMMANDS]'
    "$program" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF && !/:$/ {print $1}' |
      while read -r command; do
        echo ".SS $command"
        echo '.nf'
        timeout 30 "$program" "$command" --help </dev/null 2>&1 | verbatim
        echo '.fi'
      done
  } > "$scratch/commands.h2m"
  includes+=(--include "$scratch/commands.h2m")
fi
includes+=(--include "$here/$name.h2m")

"$help2man" --no-info --locale=C.UTF-8 --section 1 --source "Slipway" \
  --manual "Slipway Manual" --name "$description" "${includes[@]}" \
  --output "$scratch/page.1" "$program"
gzip -n -9 -c "$scratch/page.1" > "$output.tmp"
mv "$output.tmp" "$output"
