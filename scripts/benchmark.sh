#!/usr/bin/env bash
# The benchmarks (docs/benchmarks.md): builds the WAR, starts the embedded MariaDB, Keycloak and mail
# server like the tests do (a fresh database), runs the benchmark in a real Payara Micro and prints its
# result from target/benchmarks/. Not part of ./mvnw verify.
#   scripts/benchmark.sh [reports|reads|writes|nodes|import] [maven options]     default: reports
# (import: the importer on long documents, in process — no server)
set -euo pipefail
cd "$(dirname "$0")/.."
which="reports"
case "${1:-}" in reports|reads|writes|nodes|import) which="$1"; shift ;; esac
if [ "$which" = "import" ]; then
  ./mvnw -q -B test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@"
  echo "--- target/benchmarks/import.txt"
  cat target/benchmarks/import.txt
  exit 0
fi
case "$which" in reads) test=LoadBenchmark ;; writes) test=WriteBenchmark ;; nodes) test=NodesBenchmark ;; *) test=ReportsBenchmark ;; esac
./mvnw -q -B verify -Dit.test="$test" -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "--- target/benchmarks/$which.txt"
cat "target/benchmarks/$which.txt"
