#!/usr/bin/env bash
# Installs, from Debian 12 packages only, whatever Slipway needs to build, test
# and run that is not already present. Idempotent: installed packages are skipped.
# Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql
  libpqxx-dev libpq-dev libpg-query-dev libprotobuf-c-dev libyaml-dev
  qtkeychain-qt6-dev
  postgresql-15 postgresql-client-15
  xvfb xauth
  poppler-utils  # pdfinfo, pdftoppm: the PDF runbook tests count and render pages
  python3  # translations_complete test, translations/tools
  dpkg-dev file help2man desktop-file-utils appstream  # man pages, .deb Depends, validators
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: everything is present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
  -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
