#!/usr/bin/env bash
# The layout generator of issue 7 over many seeds (not a timing): every variant must read each value exactly
# or give T-LAYOUT for its table, and recompute must write only into total cells. Prints the tally.
#
#   bench/layout-variants.sh [N] [FIRST_SEED]     N variants (default 20000) from FIRST_SEED (default 1000000)
#
# The unit phase runs 400 seeds from 0 (LayoutGeneratorTest); this runs others, so it explores new variants.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-20000}
SEED=${2:-1000000}
MVN_FLAGS=${MVN_FLAGS:--o}
start=$(date +%s)
mvn -B $MVN_FLAGS test -Dtest=LayoutGeneratorTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dnianbao.layoutVariants="$N" -Dnianbao.layoutSeed="$SEED" 2>&1 | grep -E "LayoutGeneratorTest:|Tests run:|FAIL|AssertionFailed" | sort -u
echo "elapsed: $(( $(date +%s) - start )) s (build included)"
