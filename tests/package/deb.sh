#!/usr/bin/env bash
# The Debian package, end to end: builds the .deb with cpack from the build tree,
# unpacks it into a scratch root (dpkg-deb -x), checks the files it installs and
# its control fields, runs slipway-cli --version (and slipway --version) from
# there, and checks that Depends names the package of every library the binaries
# link directly (readelf NEEDED -> ldd path -> dpkg -S).
#   deb.sh <cpack> <build dir> <version> <man pages ON|OFF>
set -euo pipefail
cpack=$1 build=$2 version=$3 man_pages=$4
app_id=io.github.slipway.Slipway

for tool in dpkg-deb dpkg dpkg-shlibdeps readelf ldd file; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is missing"; exit 77; }
done
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root

echo "== cpack -G DEB"
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log"; echo "FAIL: cpack"; exit 1
fi
debs=("$scratch"/out/*.deb)
[[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || { cat "$scratch/cpack.log"; echo "FAIL: no single .deb"; exit 1; }
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"
dpkg-deb -f "$deb" | grep -v '^ '

echo "== control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == slipway ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', want $version"
[[ $(field Section) == devel ]] || fail "Section is '$(field Section)'"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Description) ]] || fail "no Description"

echo "== files"
dpkg-deb -x "$deb" "$root"
expected=(
  usr/bin/slipway usr/bin/slipway-cli
  "usr/share/applications/$app_id.desktop"
  "usr/share/metainfo/$app_id.metainfo.xml"
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
if [[ $man_pages == ON ]]; then
  expected+=(usr/share/man/man1/slipway.1.gz usr/share/man/man1/slipway-cli.1.gz)
fi
for path in "${expected[@]}"; do
  [[ -f $root/$path ]] || fail "missing /$path"
done
for program in slipway slipway-cli; do
  [[ -x $root/usr/bin/$program ]] || fail "/usr/bin/$program is not executable"
done
for size in 16 22 24 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
  if [[ -f $png ]] && ! file -b "$png" | grep -q "PNG image data, $size x $size"; then
    fail "$png is not ${size}x${size}"
  fi
done
if [[ $man_pages == ON ]]; then
  zcat "$root/usr/share/man/man1/slipway-cli.1.gz" | grep -q '^\.TH SLIPWAY-CLI' || fail "slipway-cli.1 has no .TH"
  for command in lint snapshot status; do
    zcat "$root/usr/share/man/man1/slipway-cli.1.gz" | grep -q "^\.SS $command" || fail "slipway-cli.1 lacks $command"
  done
  zcat "$root/usr/share/man/man1/slipway.1.gz" | grep -q '^\.TH SLIPWAY ' || fail "slipway.1 has no .TH"
fi
unexpected=$(cd "$root" && find . -type f | grep -vE '^\./usr/(bin|share/(applications|metainfo|icons|man))/' || true)
[[ -z $unexpected ]] || fail "unexpected files: $unexpected"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate-tree --no-net --no-color "$root" || fail "appstreamcli validate-tree"
fi

echo "== --version from the scratch root"
cli_version=$("$root/usr/bin/slipway-cli" --version) || fail "slipway-cli --version exited $?"
echo "$cli_version"
[[ $cli_version == "slipway-cli $version" ]] || fail "slipway-cli --version printed '$cli_version'"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/slipway" --version 2>/dev/null) || fail "slipway --version exited $?"
echo "$gui_version"
[[ $gui_version == "slipway $version" ]] || fail "slipway --version printed '$gui_version'"

echo "== Depends covers every directly linked library"
depends=$(field Depends)
echo "Depends: $depends"
declared=" $(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/:any//' | tr -d ' ' | tr '\n' ' ') "
owner() { # the package that ships a library path (tries the /usr-merged aliases)
  local path=$1 real candidate
  real=$(realpath "$path")
  for candidate in "$path" "${path#/usr}" "/usr$path" "$real" "${real#/usr}"; do
    dpkg -S "$candidate" 2>/dev/null | head -n1 | cut -d: -f1 | cut -d, -f1 && return 0
  done
  return 1
}
for program in slipway slipway-cli; do
  binary=$root/usr/bin/$program
  libraries=$(ldd "$binary")
  for lib in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    # "libfoo.so.1 => /path (0x...)", or "/lib64/ld-linux-x86-64.so.2 (0x...)" for the loader
    path=$(awk -v lib="$lib" '
      $1 == lib && $2 == "=>" { print $3; exit }
      { n = split($1, parts, "/"); if (n > 1 && parts[n] == lib) { print $1; exit } }' <<<"$libraries")
    if [[ -z $path || $path == "not" ]]; then fail "$program: ldd does not find $lib"; continue; fi
    package=$(owner "$path") || { fail "$program: no package owns $path"; continue; }
    if [[ $declared == *" $package "* ]]; then
      echo "ok   $program: $lib ($package)"
    else
      fail "$program: $lib comes from $package, which Depends lacks"
    fi
  done
done
for runtime in libqt6sql6-sqlite; do # plugins loaded at run time: not in NEEDED
  [[ $declared == *" $runtime "* ]] || fail "Depends lacks $runtime (a Qt plugin Slipway loads)"
done

if ((failures)); then echo "FAIL: $failures problem(s)"; exit 1; fi
echo "PASS: $(basename "$deb")"
