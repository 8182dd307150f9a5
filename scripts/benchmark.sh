#!/usr/bin/env bash
# The reports benchmark (docs/benchmarks.md): builds the WAR, starts the embedded MariaDB, Keycloak
# and mail server like the tests do, runs ReportsBenchmark in a real Payara Micro and prints
# target/benchmarks/reports.txt. Not part of ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B verify -Dit.test=ReportsBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "--- target/benchmarks/reports.txt"
cat target/benchmarks/reports.txt
