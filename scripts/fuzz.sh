#!/usr/bin/env bash
# Randomised and malformed API requests (docs/benchmarks.md, "Faults"): builds the WAR, starts the embedded
# MariaDB, Keycloak and mail server like the tests do (a fresh database), and runs FuzzIT in a real Payara
# Micro with 100 000 requests — writes also at existing ids, since the database is its own — then prints
# target/benchmarks/fuzz.txt. Not part of ./mvnw verify (which sends 3 000, writes at unknown ids only).
#   scripts/fuzz.sh [REQUESTS [SEED]]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B verify -Dit.test=FuzzIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.requests="${1:-100000}" -Dfuzz.seed="${2:-20261128}" -Dfuzz.realWrites=true || status=$?
echo "--- target/benchmarks/fuzz.txt"
cat target/benchmarks/fuzz.txt
exit "${status:-0}"
