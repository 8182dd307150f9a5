#!/usr/bin/env bash
# Scores the importer (docs/import.md, "How well it reads"): reads every plan of a corpus of real documents with
# gold annotations (default ../shared/import-corpus; each NAME.txt beside NAME.gold.json) and the seeds with their
# gold files, and prints the tables. EXPLAIN=true also prints what each document missed.
#   scripts/import-score.sh [corpus folder]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="$(cd "${1:-../shared/import-corpus}" && pwd)"
./mvnw -q -B test -Dtest='ImportCorpusTest,ImportQualityTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dimport.corpus="$corpus" -Dimport.explain="${EXPLAIN:-false}" 2>&1 | grep -v '^SLF4J' || true
