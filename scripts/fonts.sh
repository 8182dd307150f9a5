#!/usr/bin/env bash
# The CJK font the PDF reports embed: Noto Sans SC (regular and bold TTF, SIL Open Font Licence 1.1)
# from the npm package @expo-google-fonts/noto-sans-sc, fetched once into a cache and copied to
# $1 (the build passes target/generated-resources/fonts). Not committed: 2 × 10 MB.
#
#   scripts/fonts.sh <output dir>
set -euo pipefail
out="${1:?usage: fonts.sh <output dir>}"
version="0.4.3"
cache="${POLICYTRACKER_CACHE:-$HOME/.cache/policy-tracker}/fonts/noto-sans-sc-$version"
if [ ! -f "$cache/NotoSansSC-Regular.ttf" ] || [ ! -f "$cache/NotoSansSC-Bold.ttf" ]; then
  command -v npm >/dev/null 2>&1 || { echo "fonts.sh: npm is needed (Debian package npm)" >&2; exit 1; }
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "@expo-google-fonts/noto-sans-sc@$version" >/dev/null)
  tar -xzf "$tmp"/expo-google-fonts-noto-sans-sc-"$version".tgz -C "$tmp" \
    package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf package/LICENSE 2>/dev/null \
    || tar -xzf "$tmp"/expo-google-fonts-noto-sans-sc-"$version".tgz -C "$tmp" \
       package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf
  mkdir -p "$cache"
  cp "$tmp/package/400Regular/NotoSansSC_400Regular.ttf" "$cache/NotoSansSC-Regular.ttf"
  cp "$tmp/package/700Bold/NotoSansSC_700Bold.ttf" "$cache/NotoSansSC-Bold.ttf"
fi
mkdir -p "$out/fonts/noto-sans-sc"
cp -u "$cache/NotoSansSC-Regular.ttf" "$cache/NotoSansSC-Bold.ttf" "$out/fonts/noto-sans-sc/"
