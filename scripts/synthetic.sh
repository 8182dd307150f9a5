#!/usr/bin/env bash
# Builds a synthetic province in the system ./run started (docs/benchmarks.md): signs in as the demo
# administrator and asks the application to build it (POST /api/demo/synthetic-province; switched on by
# ./run with -Dpolicytracker.synthetic.enabled=true, never in production).
#
#   scripts/synthetic.sh [CITIES [COUNTIES [PARKS [PLANS [TASKS [YEARS]]]]]]    default: 12 120 300 10 60 5
#
# About 15 s for the default size on 2 cores. Then sign in as admin (or ndrc.reader) to see 基准省（合成数据）.
set -euo pipefail
APP="${APP_URL:-http://localhost:8080/policy-tracker}"
KC="${KC_URL:-http://localhost:8180}"
token="$(curl -sf -d client_id=policy-tracker-cli -d grant_type=password -d username=admin -d password=Demo-Admin-2024 \
  "$KC/realms/policy-tracker/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')" \
  || { echo "synthetic.sh: no token from $KC (is ./run running?)" >&2; exit 1; }
query="cities=${1:-12}&counties=${2:-120}&parks=${3:-300}&plans=${4:-10}&tasks=${5:-60}&years=${6:-5}"
echo "Building a synthetic province ($query) ..."
curl -sS --max-time 1800 -X POST -H "Authorization: Bearer $token" -H "Accept-Language: en" "$APP/api/demo/synthetic-province?$query"
echo
