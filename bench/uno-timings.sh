#!/usr/bin/env bash
# Figures of the Writer extension through the UNO socket bridge (an upper bound of the in-process cost):
# inserting the report, bulk reads and writes, recompute, check, first activation in a fresh office.
# Runs UnoTimingsIT alone against a headless LibreOffice, on the code before the speed work and on this
# checkout (see bench/before-after.sh; BEFORE=none: this checkout only), and prints both side by side
# (target/bench/uno-timings.txt.side-by-side).
# Extra arguments go to Maven, e.g. -Plo25 for the unpacked LibreOffice 25.2 (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/before-after.sh
run_before_after UnoTimingsIT target/bench/uno-timings.txt "$@"
