#!/usr/bin/env bash
# The integration tests' temporary directory (pom.xml, it.tmp): every temporary file of the run goes there — the
# test JVM's, each Payara Micro's it starts (its unpacked runtime, the JDK's copy of each font it loads) and
# Chromium's (TMPDIR) — so that no run leaves anything in /tmp, however its processes end.
#
#   it-tmp.sh fresh DIR    make DIR empty before the integration tests
#   it-tmp.sh remove DIR   remove it after them, and fail if the run left its kind of files in /tmp after all
#                          (a process started without the run's java.io.tmpdir or TMPDIR): they are named and removed
set -euo pipefail
cmd="${1:?fresh|remove}"
dir="${2:?the directory}"
started="$dir.started"
case "$cmd" in
  fresh)
    rm -rf "$dir"
    mkdir -p "$dir"
    touch "$started"
    ;;
  remove)
    rm -rf "$dir"
    [ -f "$started" ] || exit 0
    leaked="$(find /tmp -maxdepth 1 -newer "$started" \( -name 'payaramicro-rt*' -o -name 'arquillian-payara-micro*' \
      -o -name '+~JF*.tmp' -o -name 'chromium-*' -o -name 'org.chromium.Chromium.*' -o -name 'policy-tracker-*' \) | sort)"
    rm -f "$started"
    if [ -n "$leaked" ]; then
      echo "The integration tests left temporary files in /tmp (a process started without -Djava.io.tmpdir or" >&2
      echo "TMPDIR of the run, see pom.xml it.tmp); removed now:" >&2
      echo "$leaked" >&2
      echo "$leaked" | xargs -d '\n' rm -rf
      exit 1
    fi
    ;;
  *) echo "usage: it-tmp.sh fresh|remove DIR" >&2; exit 2 ;;
esac
