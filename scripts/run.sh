#!/usr/bin/env bash
# Starts the whole system on the embedded default: MariaDB 11.4 (embedded, from Maven Central),
# Keycloak (from Maven Central's distribution, realm imported), Payara Micro 6 with the
# application, demo data from the seeds. Prints the URL and the demo logins.
#
#   ./run            start (builds first); Ctrl-C or ./run stop to stop
#   ./run stop       stop what a previous ./run left running
#
# Environment: APP_PORT (8080), APP_SSL_PORT (8443: /metrics for the scraper), DB_PORT (3316),
# SKIP_BUILD=true to reuse target/policy-tracker.war.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
APP_PORT="${APP_PORT:-8080}"
APP_SSL_PORT="${APP_SSL_PORT:-8443}"
# the demo scraper account for /metrics (HTTPS and this login only)
export POLICYTRACKER_METRICS_PASSWORD="${POLICYTRACKER_METRICS_PASSWORD:-Demo-Metrics-2024}"
export DB_PORT="${DB_PORT:-3316}"
export DB_DIR="${DB_DIR:-$here/.run/db}"
runtime="$here/.run"
app_pid="$runtime/app.pid"
mkdir -p "$runtime"

stop_app() {
  if [ -f "$app_pid" ] && kill -0 "$(cat "$app_pid")" 2>/dev/null; then
    kill "$(cat "$app_pid")" || true
    for _ in $(seq 1 40); do kill -0 "$(cat "$app_pid")" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$(cat "$app_pid")" 2>/dev/null || true
    echo "Payara Micro stopped"
  fi
  rm -f "$app_pid"
  # its temporary files (the unpacked runtime, fonts): here, not in /tmp, and gone once it is stopped
  rm -rf "$runtime/tmp"
}

if [ "${1:-}" = "stop" ]; then
  stop_app
  scripts/keycloak.sh stop
  scripts/mail.sh stop
  scripts/db.sh stop
  exit 0
fi

bash scripts/prerequisites.sh

if [ "${SKIP_BUILD:-false}" != "true" ] || [ ! -f target/policy-tracker.war ]; then
  echo "Building (./mvnw package -DskipTests) ..."
  ./mvnw -q -B package -DskipTests
fi

stop_app
scripts/db.sh start
KC_PORT="${KC_PORT:-8180}" scripts/keycloak.sh start
scripts/mail.sh start

scripts/preboot.sh "$runtime/pre-boot.asadmin"
echo "Starting Payara Micro on http://localhost:$APP_PORT ... (log: .run/app.log)"
mkdir -p "$runtime/tmp"
nohup java -Xmx768m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$runtime/tmp" -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
  -Djakarta.persistence.database-product-name=MariaDB -Djakarta.persistence.database-major-version=11 \
  -Djakarta.persistence.database-minor-version=4 \
  -Dpolicytracker.synthetic.enabled=true -Dpolicytracker.embedded=true \
  -Dpolicytracker.mail.host=127.0.0.1 -Dpolicytracker.mail.port=3025 -Dpolicytracker.mail.from=policy-tracker@localhost \
  -Dpolicytracker.db.url="jdbc:mysql://127.0.0.1:$DB_PORT/policytracker?sslMode=DISABLED&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8" \
  -jar target/runtime/payara-micro.jar --deploy target/policy-tracker.war --contextroot policy-tracker \
  --prebootcommandfile "$runtime/pre-boot.asadmin" \
  --port "$APP_PORT" --sslport "$APP_SSL_PORT" --nocluster --nohazelcast >"$runtime/app.log" 2>&1 &
echo $! >"$app_pid"

base="http://localhost:$APP_PORT"
for _ in $(seq 1 180); do
  if ! kill -0 "$(cat "$app_pid")" 2>/dev/null; then
    echo "Payara Micro exited; last lines of .run/app.log:" >&2; tail -40 "$runtime/app.log" >&2; exit 1
  fi
  if curl -fsS "$base/health/ready" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done
curl -fsS "$base/health/ready" >/dev/null || { echo "not ready after 180 s; see .run/app.log" >&2; exit 1; }

cat <<MSG

Policy Tracker is running.
  Web application   $base/policy-tracker/   (sign in on Keycloak's page with a demo login below)
  Application API   $base/policy-tracker/api/plans
  OpenAPI           $base/openapi
  Health            $base/health/ready
  Metrics           https://localhost:$APP_SSL_PORT/metrics (Prometheus; user metrics / $POLICYTRACKER_METRICS_PASSWORD,
                    self-signed certificate: curl -k)
  Database          MariaDB 11.4 on 127.0.0.1:$DB_PORT (database/user/password: policytracker)
  Keycloak          http://localhost:8180 (realm policy-tracker; console admin / admin)
  Mail (reminders)  SMTP 127.0.0.1:3025; read mailboxes at http://127.0.0.1:8025/api/user
Demo data: the Shaanxi industrial-wastewater plan (seed 000) and the Jiaozuo restructuring plan (seed 004),
with their reporting cycles (Jiaozuo 2019 H2 and 2020 H1, Shaanxi cities 2024): GET /policy-tracker/api/cycles.

Demo logins (password grant for scripts: client policy-tracker-cli):
  shaanxi.office   / Demo-Office-2024   plan office, Shaanxi Dept. of Industry and IT (owns the Shaanxi plan)
  shaanxi.water    / Demo-Water-2024    provincial department, Shaanxi Water Resources Dept.
  xian.bureau      / Demo-Xian-2024     city bureau, Xi'an Bureau of Industry and IT
  jiaozuo.bureau   / Demo-Jiaozuo-2024  plan office, Jiaozuo Bureau of Industry and Informatization
  wen.county       / Demo-Wen-2024      county, Wen County (Jiaozuo)
  xetdz.committee  / Demo-Park-2024     park committee, Xi'an Economic and Technological Development Zone
  xahtz.committee  / Demo-Park2-2024    park committee, Xi'an High-tech Industries Development Zone
  ndrc.reader      / Demo-Ndrc-2024     national-agency reader, NDRC
  inspector        / Demo-Audit-2024    auditor
  admin            / Demo-Admin-2024    administrator
A token for curl:
  TOKEN=\$(curl -s -d client_id=policy-tracker-cli -d grant_type=password -d username=shaanxi.office \\
          -d password=Demo-Office-2024 http://localhost:8180/realms/policy-tracker/protocol/openid-connect/token | jq -r .access_token)
  curl -H "Authorization: Bearer \$TOKEN" $base/policy-tracker/api/plans
Stop with: ./run stop
MSG
