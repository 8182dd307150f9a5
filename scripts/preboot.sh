#!/bin/sh
# Writes the Payara Micro pre-boot command file the server starts with: the commands of
# src/main/payara/pre-boot.asadmin (cookies, headers, /metrics only to the metrics-scraper role)
# plus, when POLICYTRACKER_METRICS_PASSWORD is set, the scraper's account in Payara's file realm
# (user POLICYTRACKER_METRICS_USER, default "metrics"). Without the password nobody can read /metrics.
#
#   scripts/preboot.sh OUT [SOURCE]
set -eu
out="$1"
src="${2:-$(cd "$(dirname "$0")/.." && pwd)/src/main/payara/pre-boot.asadmin}"
umask 077
mkdir -p "$(dirname "$out")"
cp "$src" "$out"
if [ -n "${POLICYTRACKER_METRICS_PASSWORD:-}" ]; then
  case "$POLICYTRACKER_METRICS_PASSWORD" in
    *"
"*) echo "POLICYTRACKER_METRICS_PASSWORD must be one line" >&2; exit 1 ;;
  esac
  printf 'AS_ADMIN_USERPASSWORD=%s\n' "$POLICYTRACKER_METRICS_PASSWORD" >"$out.password"
  printf 'create-file-user --groups metrics-scraper --passwordfile %s %s\n' \
    "$out.password" "${POLICYTRACKER_METRICS_USER:-metrics}" >>"$out"
fi
