#!/usr/bin/env bash
# Figures of the save path (issue 3, Speed: the save-time recompute + check of a filled report, target
# <= 100 ms through the UNO socket bridge): through the bridge from a test process, inside the office as the
# save path logs it, and the user's whole Save with and without it. Builds the .oxt, runs SaveTimingsIT alone
# against a headless LibreOffice, prints target/bench/save-timings.txt.
# Extra arguments go to Maven, e.g. -Plo25 for the unpacked LibreOffice 25.2 (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B failsafe:integration-test -Dit.test=SaveTimingsIT -Dsurefire.failIfNoSpecifiedTests=false "$@"
cat target/bench/save-timings.txt
