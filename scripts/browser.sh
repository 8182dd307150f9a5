#!/usr/bin/env bash
# The browser the UI tests drive: Debian's Chromium and its ChromeDriver (packages chromium,
# chromium-driver) and a CJK font (fonts-noto-cjk), installed from Debian's packages when missing.
# Nothing is downloaded at test time.
set -euo pipefail
# and a Chinese font, so the pages' screenshots read as they do on a desk
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing from Debian's packages: ${need[*]} ..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
else
  echo "Please install Debian's packages: ${need[*]} (the browser tests need them)." >&2
  exit 1
fi
