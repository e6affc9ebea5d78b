#!/usr/bin/env bash
# Figures of the save path (issue 3, Speed: the save-time recompute + check of a filled report, target
# <= 100 ms through the UNO socket bridge; issue 8: <= 40 ms in the office, Save with / without <= 1.2x):
# through the bridge from a test process, inside the office as the save path logs it, and the user's whole
# Save with and without it. Runs SaveTimingsIT alone against a headless LibreOffice, on the code before the
# speed work and on this checkout (see bench/before-after.sh; BEFORE=none: this checkout only), and prints
# both side by side (target/bench/save-timings.txt.side-by-side).
# Extra arguments go to Maven, e.g. -Plo25 for the unpacked LibreOffice 25.2 (see README).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/before-after.sh
run_before_after SaveTimingsIT target/bench/save-timings.txt "$@"
