#!/usr/bin/env bash
# Figures of the Writer extension through the UNO socket bridge (an upper bound of the in-process cost):
# inserting the report, bulk reads and writes, recompute, check, first activation in a fresh office.
# Builds the .oxt, runs UnoTimingsIT alone against a headless LibreOffice, prints target/bench/uno-timings.txt.
# Extra arguments go to Maven, e.g. -Plo25 for the unpacked LibreOffice 25.2 (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B failsafe:integration-test -Dit.test=UnoTimingsIT -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/uno-timings.txt
