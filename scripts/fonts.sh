#!/usr/bin/env bash
# The CJK fonts the PDF reports embed, all under the SIL Open Font Licence 1.1, fetched once into a cache and
# copied to $1 (the build passes target/generated-resources/fonts). Not committed (about 70 MB).
#   Noto Sans SC  (regular, bold)  tables' heads, first-level headings (黑体)      npm @expo-google-fonts/noto-sans-sc
#   Noto Serif SC (regular, bold)  body (the 仿宋 stand-in), title and mark (小标宋)  npm @expo-google-fonts/noto-serif-sc
#   LXGW WenKai   (regular)        second-level headings (楷体)                    Debian fonts-lxgw-wenkai
# docs/reports.md says why these faces stand for the ones GB/T 9704-2012 names.
#
#   scripts/fonts.sh <output dir>
set -euo pipefail
out="${1:?usage: fonts.sh <output dir>}"
version="0.4.3"
root="${POLICYTRACKER_CACHE:-$HOME/.cache/policy-tracker}/fonts"

# one face of a Google font from its npm package: fetch <package> <family-dir> <weight dir> <file stem> <target name>
from_npm() {
  local package="$1" dir="$2" weight="$3" stem="$4" target="$5"
  local cache="$root/$dir-$version"
  if [ ! -f "$cache/$target" ]; then
    command -v npm >/dev/null 2>&1 || { echo "fonts.sh: npm is needed (Debian package npm)" >&2; exit 1; }
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$package@$version" >/dev/null)
    tar -xzf "$tmp"/*.tgz -C "$tmp" "package/$weight/$stem.ttf"
    mkdir -p "$cache"
    cp "$tmp/package/$weight/$stem.ttf" "$cache/$target"
    rm -rf "$tmp"
  fi
  mkdir -p "$out/fonts/$dir"
  cp -u "$cache/$target" "$out/fonts/$dir/"
}

from_npm @expo-google-fonts/noto-sans-sc noto-sans-sc 400Regular NotoSansSC_400Regular NotoSansSC-Regular.ttf
from_npm @expo-google-fonts/noto-sans-sc noto-sans-sc 700Bold NotoSansSC_700Bold NotoSansSC-Bold.ttf
from_npm @expo-google-fonts/noto-serif-sc noto-serif-sc 400Regular NotoSerifSC_400Regular NotoSerifSC-Regular.ttf
from_npm @expo-google-fonts/noto-serif-sc noto-serif-sc 700Bold NotoSerifSC_700Bold NotoSerifSC-Bold.ttf

# LXGW WenKai from Debian's package (downloaded and unpacked, not installed: no root needed)
kai="$root/lxgw-wenkai"
if [ ! -f "$kai/LXGWWenKai-Regular.ttf" ]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download fonts-lxgw-wenkai >/dev/null 2>&1) \
    || { echo "fonts.sh: could not download Debian's fonts-lxgw-wenkai (apt-get download)" >&2; rm -rf "$tmp"; exit 1; }
  dpkg-deb -x "$tmp"/fonts-lxgw-wenkai_*.deb "$tmp/x"
  mkdir -p "$kai"
  cp "$(find "$tmp/x" -name LXGWWenKai-Regular.ttf | head -1)" "$kai/"
  rm -rf "$tmp"
fi
mkdir -p "$out/fonts/lxgw-wenkai"
cp -u "$kai/LXGWWenKai-Regular.ttf" "$out/fonts/lxgw-wenkai/"
