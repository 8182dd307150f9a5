#!/usr/bin/env bash
# Checks (and where possible installs from Debian's packages) what the project needs on a bare
# Debian 12 machine: a JDK 17+, curl, npm. Maven itself comes through ./mvnw from Maven Central.
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 && command -v jar >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v npm >/dev/null 2>&1 || need+=(npm)   # fetches the CJK font the PDF reports embed (scripts/fonts.sh)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing from Debian's packages: ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Please install: ${need[*]}" >&2
    exit 1
  fi
fi
