#!/usr/bin/env bash
# Benchmark of the checker on the other formats (issue 11). Not a test: it prints figures.
#
#   bench/formats-bench.sh [N]     N generated reports (default 500) as .odt, .docx, GBK Office HTML;
#                                  a few through LibreOffice as .pdf/.doc when soffice is installed
#
# Each line: one CLI run over the folder (`java -Xmx256m -jar target/nianbao-cli.jar check DIR --format json`),
# JVM start included; documents per second. Targets: .docx >= 200 docs/s and HTML >= 200 docs/s on 2 cores.
# .pdf: tables rebuilt from borders; .doc: one soffice conversion per file (the cost is LibreOffice's start).
# Environment: MVN_FLAGS (default "-o"), RUNS (default 3; the best run is printed with all runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-500}
RUNS=${RUNS:-3}
MVN_FLAGS=${MVN_FLAGS:--o}
JAR=$ROOT/target/nianbao-cli.jar
WORK=$ROOT/target/bench-formats

if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ] || [ ! -d target/test-classes/org/nianbao/bench ]; then
    echo "building (mvn package, tests skipped) ..." >&2
    mvn -q -B $MVN_FLAGS package -DskipTests
fi
mkdir -p "$WORK"
if [ ! -f "$WORK/classpath.txt" ] || [ pom.xml -nt "$WORK/classpath.txt" ]; then
    mvn -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
fi
TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")"
if [ "$(find "$WORK/odt" -name '*.odt' 2>/dev/null | wc -l)" != "$N" ]; then
    rm -rf "$WORK/odt" "$WORK/docx" "$WORK/html"
    java -cp "$TEST_CP" org.nianbao.bench.GenerateReports "$WORK/odt" "$N" 2023 >&2
    java -cp "$TEST_CP" org.nianbao.bench.ConvertReports "$WORK/odt" "$WORK/docx" "$WORK/html"
fi

measure() { # label dir count
    local label=$1 dir=$2 count=$3 all="" best=0
    for r in $(seq 1 "$RUNS"); do
        local t0 t1 rate
        t0=$(date +%s.%N)
        java -Xmx256m -jar "$JAR" check "$dir" --format json --threads 2 >/dev/null 2>&1 || true
        t1=$(date +%s.%N)
        rate=$(echo "$count / ($t1 - $t0)" | bc -l)
        all="$all $(printf '%.0f' "$rate")"
        best=$(echo "if ($rate > $best) $rate else $best" | bc -l)
    done
    printf '%-28s %6d files  best %5.0f docs/s  (runs:%s)  load %s\n' "$label" "$count" "$best" "$all" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "nproc $(nproc); $(java -version 2>&1 | head -1)"
measure ".odt (reference)" "$WORK/odt" "$N"
measure ".docx (DocxWriter)" "$WORK/docx" "$N"
measure ".html (Office, GBK)" "$WORK/html" "$N"

if command -v soffice >/dev/null; then
    mkdir -p "$WORK/lo"
    K=${CONVERT_N:-20}
    if [ "$(find "$WORK/lo/docx" -name '*.docx' 2>/dev/null | wc -l)" != "$K" ]; then
        rm -rf "$WORK/lo"; mkdir -p "$WORK/lo/in"
        ls "$WORK/odt"/*.odt | head -n "$K" | while read -r f; do cp "$f" "$WORK/lo/in/"; done
        t0=$(date +%s.%N)
        soffice -env:UserInstallation="file://$WORK/lo/profile" --headless --convert-to docx --outdir "$WORK/lo/docx" "$WORK/lo/in"/*.odt >/dev/null 2>&1
        t1=$(date +%s.%N)
        printf 'LibreOffice .odt -> .docx: %d files in %.1f s\n' "$K" "$(echo "$t1 - $t0" | bc -l)"
    fi
    measure ".docx (LibreOffice export)" "$WORK/lo/docx" "$K"
    if [ "$(find "$WORK/lo/pdf" -name '*.pdf' 2>/dev/null | wc -l)" != "$K" ]; then
        soffice -env:UserInstallation="file://$WORK/lo/profile" --headless --convert-to pdf --outdir "$WORK/lo/pdf" "$WORK/lo/in"/*.odt >/dev/null 2>&1
    fi
    measure ".pdf (LibreOffice export)" "$WORK/lo/pdf" "$K"
    if [ "$(find "$WORK/lo/doc" -name '*.doc' 2>/dev/null | wc -l)" != "$K" ]; then
        soffice -env:UserInstallation="file://$WORK/lo/profile" --headless --convert-to doc --outdir "$WORK/lo/doc" "$WORK/lo/in"/*.odt >/dev/null 2>&1
    fi
    measure ".doc (converted by soffice)" "$WORK/lo/doc" "$K"
fi
