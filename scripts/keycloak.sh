#!/usr/bin/env bash
# A real Keycloak (org.keycloak:keycloak-quarkus-dist from Maven Central) on 127.0.0.1 with the
# project's realm (keycloak/policy-tracker-realm.json) imported. Used by ./run and the tests.
#
#   scripts/keycloak.sh start|stop|status
#
# Environment:
#   KC_DIR    where it is unpacked and keeps its data, pid and log          [.run/keycloak]
#   KC_PORT   HTTP port (the issuer is http://localhost:KC_PORT/realms/policy-tracker)   [8180]
#   KC_MGMT_PORT  management port                                           [9000]
#   KC_DIST   the distribution zip                                          [target/runtime/keycloak.zip]
#   KC_FRESH  true: forget earlier data and import the realm anew (tests)   [false;
#             also when the realm file changed since the last import]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
KC_DIR="${KC_DIR:-$here/.run/keycloak}"
KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9000}"
KC_DIST="${KC_DIST:-$here/target/runtime/keycloak.zip}"
KC_FRESH="${KC_FRESH:-false}"
pidf="$KC_DIR/keycloak.pid"
log="$KC_DIR/keycloak.log"
realm_url="http://localhost:$KC_PORT/realms/policy-tracker"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

home() { ls -d "$KC_DIR"/keycloak-*/ 2>/dev/null | head -1; }

start() {
  launch
  wait_ready
}

# starts Keycloak and returns at once (the build starts it early, before the unit tests, and waits for it later)
launch() {
  if running; then echo "Keycloak already running (pid $(cat "$pidf")) at http://localhost:$KC_PORT"; return 0; fi
  mkdir -p "$KC_DIR"
  if [ -z "$(home)" ]; then
    [ -f "$KC_DIST" ] || { echo "keycloak.sh: $KC_DIST not found (run: ./mvnw package -DskipTests)" >&2; exit 1; }
    (cd "$KC_DIR" && jar xf "$KC_DIST")
    chmod +x "$(home)"/bin/*.sh
  fi
  local kc; kc="$(home)"
  # a changed realm file is imported anew (Keycloak's import skips a realm it already has)
  local sum; sum="$(sha256sum "$here/keycloak/policy-tracker-realm.json" | cut -d' ' -f1)"
  if [ "$KC_FRESH" != "true" ] && [ -f "$KC_DIR/realm.sha256" ] && [ "$(cat "$KC_DIR/realm.sha256")" != "$sum" ]; then
    echo "The realm file changed since Keycloak imported it: importing it anew (Keycloak's own data is reset)."
    KC_FRESH=true
  fi
  if [ "$KC_FRESH" = "true" ]; then rm -rf "$kc/data/h2" "$kc/data/tmp"; fi
  echo "$sum" >"$KC_DIR/realm.sha256"
  mkdir -p "$kc/data/import" "$kc/data/tmp"
  cp "$here/keycloak/policy-tracker-realm.json" "$kc/data/import/"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="-Djava.io.tmpdir=$kc/data/tmp" \
    nohup "$kc/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" \
      --http-management-port="$KC_MGMT_PORT" --import-realm --hostname="http://localhost:$KC_PORT" \
      >"$log" 2>&1 &
  echo $! >"$pidf"
  # started by a build (KC_OWNER: the build's process id): stopped when the build ends, however it ends
  if [ -n "${KC_OWNER:-}" ]; then
    nohup bash -c "while kill -0 $KC_OWNER 2>/dev/null; do sleep 5; done; '$here/scripts/keycloak.sh' stop" >/dev/null 2>&1 &
  fi
}

# waits until the realm answers (at most 240 s)
wait_ready() {
  for _ in $(seq 1 240); do
    if ! running; then echo "Keycloak exited; see $log" >&2; tail -30 "$log" >&2; exit 1; fi
    if curl -fsS "$realm_url/.well-known/openid-configuration" >/dev/null 2>&1; then
      echo "Keycloak on http://localhost:$KC_PORT (pid $(cat "$pidf")), realm policy-tracker"
      return 0
    fi
    sleep 1
  done
  echo "Keycloak not ready after 240 s; see $log" >&2
  exit 1
}

stop() {
  if running; then
    local pid; pid="$(cat "$pidf")"
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "Keycloak stopped"
  fi
  rm -f "$pidf"
}

case "${1:-}" in
  start) start ;;
  launch) launch ;;
  wait) wait_ready ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidf")) at http://localhost:$KC_PORT"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|launch|wait|stop|status" >&2; exit 2 ;;
esac
