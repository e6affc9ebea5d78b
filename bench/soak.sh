#!/usr/bin/env bash
# The full save soak (SaveSoakIT): 500 cycles of random edit -> save -> close -> reopen, or 8 minutes, whichever
# comes first (mvn verify runs it bounded to 2 minutes). Builds the .oxt, runs SaveSoakIT alone against a headless
# LibreOffice (-Dnianbao.office=… for another one), prints target/bench/save-soak.txt.
#   bash bench/soak.sh [CYCLES] [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests
mvn -q -B failsafe:integration-test -Dit.test=SaveSoakIT -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnianbao.soak.cycles="${1:-500}" -Dnianbao.soak.minutes="${2:-8}"
cat target/bench/save-soak.txt
