#!/usr/bin/env bash
# The full save soak (SaveSoakIT): 500 cycles of random edit -> save -> close -> reopen, or 8 minutes, whichever
# comes first (mvn verify runs it bounded to 2 minutes). Builds the .oxt, runs SaveSoakIT alone against a headless
# LibreOffice (-Dnianbao.office=… for another one), prints target/bench/save-soak.txt.
#   SOAK_CYCLES=500 SOAK_MINUTES=8 bash bench/soak.sh [maven args, e.g. -Plo25]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B failsafe:integration-test -Dit.test=SaveSoakIT -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnianbao.soak.cycles="${SOAK_CYCLES:-500}" -Dnianbao.soak.minutes="${SOAK_MINUTES:-8}" "$@"
cat target/bench/save-soak.txt
