#!/usr/bin/env bash
# Validates a desktop entry (desktop-file-validate) or an AppStream metainfo file
# (appstreamcli validate --no-net). Any error, warning, hint or info fails the test;
# only appstreamcli's pedantic notes are allowed. Exit 77 (skipped) without the tool.
#   validate.sh desktop|metainfo <file>
set -euo pipefail
kind=$1 file=$2
case $kind in
  desktop) command=(desktop-file-validate "$file") ;;
  metainfo) command=(appstreamcli validate --no-net --no-color "$file") ;;
  *) echo "validate.sh: unknown kind $kind" >&2; exit 2 ;;
esac
command -v "${command[0]}" >/dev/null || {
  echo "SKIP: ${command[0]} is missing (scripts/install-deps.sh installs it)"; exit 77; }

status=0
output=$("${command[@]}" 2>&1) || status=$?
echo "$output"
if ((status != 0)); then
  echo "FAIL: ${command[*]} exited with $status"; exit 1
fi
findings=$output
[[ $kind == metainfo ]] && findings=$(grep -E '^[EWI]: ' <<<"$output" || true)
if [[ -n $findings ]]; then
  echo "FAIL: $file has findings"; exit 1
fi
echo "PASS: $file"
