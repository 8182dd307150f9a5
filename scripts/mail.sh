#!/usr/bin/env bash
# A local mail server (GreenMail standalone from Maven Central) that accepts every message over SMTP
# and shows the mailboxes through its web API. Reminders of ./run and of the tests go here.
#
#   scripts/mail.sh start|stop|status
#
# Environment:
#   MAIL_DIR        pid and log                                   [.run/mail]
#   MAIL_SMTP_PORT  SMTP port                                     [3025]
#   MAIL_API_PORT   web API (GET /api/user/<address>/messages)    [8025]
#   MAIL_JAR        greenmail-standalone jar                      [target/runtime/greenmail.jar]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
MAIL_DIR="${MAIL_DIR:-$here/.run/mail}"
MAIL_SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
MAIL_API_PORT="${MAIL_API_PORT:-8025}"
MAIL_JAR="${MAIL_JAR:-$here/target/runtime/greenmail.jar}"
pidf="$MAIL_DIR/mail.pid"
log="$MAIL_DIR/mail.log"

running() { [ -f "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; }

start() {
  if running; then echo "Mail server already running (pid $(cat "$pidf"))"; return 0; fi
  [ -f "$MAIL_JAR" ] || { echo "mail.sh: $MAIL_JAR not found (run: ./mvnw package -DskipTests)" >&2; exit 1; }
  mkdir -p "$MAIL_DIR"
  nohup java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$MAIL_SMTP_PORT" \
    -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API_PORT" \
    -jar "$MAIL_JAR" >"$log" 2>&1 &
  echo $! >"$pidf"
  for _ in $(seq 1 60); do
    if ! running; then echo "Mail server exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    if curl -fsS "http://127.0.0.1:$MAIL_API_PORT/api/configuration" >/dev/null 2>&1; then
      echo "Mail server: SMTP 127.0.0.1:$MAIL_SMTP_PORT, mailboxes http://127.0.0.1:$MAIL_API_PORT/api/user (pid $(cat "$pidf"))"
      return 0
    fi
    sleep 0.5
  done
  echo "Mail server not ready after 30 s; see $log" >&2
  exit 1
}

stop() {
  if running; then
    local pid; pid="$(cat "$pidf")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "Mail server stopped"
  fi
  rm -f "$pidf"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$pidf"))"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
