#!/usr/bin/env bash
# Opening the deck (issue 8): the wall time through the bridge and the part of it that is our code, in fresh
# offices on a display (Xvfb), the extension in the office's process. Runs DeckTimingsIT alone; prints
# target/bench/deck-timings.txt. Extra arguments go to Maven, e.g. -Dnianbao.timings.runs=5.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B package -DskipTests "$@" >/dev/null
mvn -q -B failsafe:integration-test -Dit.test=DeckTimingsIT -Dsurefire.failIfNoSpecifiedTests=false "$@" >/dev/null
cat target/bench/deck-timings.txt
