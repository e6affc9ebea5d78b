#!/usr/bin/env bash
# Benchmark of the checker on the other formats (issue 11). Not a test: it prints figures.
#
#   bench/formats-bench.sh [N]     N generated reports (default 500) as .odt, .docx, GBK Office HTML;
#                                  a few through LibreOffice as .pdf/.doc when soffice is installed
#
# Each line: one CLI run over the folder (`check DIR --format json --threads 2`), JVM start included; documents
# per second. Two commands in the same run, alternating, each pair after the CPUs were idle (bench/idle.sh):
#   before  java -Xmx256m -jar target/nianbao-cli.jar      (the plain command; BEFORE_CMD replaces it, e.g. the
#                                                            launcher of an older build, for a code before / after)
#   after   target/nianbao                                 (the launcher: C1 only, serial GC, the class-data
#                                                            archive target/nianbao-cli.jsa this script makes)
# Targets: .docx >= 200 docs/s and HTML >= 200 docs/s on 2 cores. Besides the best run: its CPU seconds (user +
# sys), and the busy share of the machine just before the pair (other processes on a shared machine).
# .pdf: tables rebuilt from borders; .doc: one soffice conversion per file (the cost is LibreOffice's start).
# Environment: MVN_FLAGS (default "-o"), RUNS (default 3; the best run is printed with all runs), IDLE_WAIT
# (seconds to wait for idle CPUs before each pair, default 60), CONVERT_N (files through LibreOffice, default 20).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-500}
RUNS=${RUNS:-3}
MVN_FLAGS=${MVN_FLAGS:--o}
JAR=$ROOT/target/nianbao-cli.jar
WORK=$ROOT/target/bench-formats
LAUNCHER=$ROOT/target/nianbao
IDLE_WAIT=${IDLE_WAIT:-60}
. "$ROOT/bench/idle.sh"

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

# the class-data archive of the launcher: the classes a check of each format loads, for this JVM
if [ ! -f "$ROOT/target/nianbao-cli.jsa" ] || [ "$JAR" -nt "$ROOT/target/nianbao-cli.jsa" ]; then
    "$LAUNCHER" --make-class-archive $(ls "$WORK"/odt/*.odt | head -2) $(ls "$WORK"/docx/*.docx | head -2) \
        $(ls "$WORK"/html/*.html | head -2) >&2
fi

one_run() { # dir command... : sets RATE (docs/s, from COUNT) and CPU (user + sys seconds)
    local dir=$1; shift
    /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S' "$@" check "$dir" --format json --threads 2 >/dev/null 2>&1 || true
    read -r wall u s < <(tail -1 "$WORK/time.txt")
    RATE=$(echo "$COUNT / $wall" | bc -l)
    CPU=$(echo "$u + $s" | bc -l)
}

measure() { # label dir count
    local label=$1 dir=$2 r
    COUNT=$3
    local b_all="" a_all="" b_best=0 a_best=0 b_cpu=0 a_cpu=0 busy=""
    for r in $(seq 1 "$RUNS"); do
        quiet
        busy="$busy $LOAD"
        if [ $((r % 2)) = 1 ]; then order="before after"; else order="after before"; fi
        for which in $order; do
            if [ "$which" = before ]; then
                # shellcheck disable=SC2086
                one_run "$dir" ${BEFORE_CMD:-java -Xmx256m -jar "$JAR"}
                b_all="$b_all $(printf '%.0f' "$RATE")"
                if [ "$(echo "$RATE > $b_best" | bc -l)" = 1 ]; then b_best=$RATE; b_cpu=$CPU; fi
            else
                one_run "$dir" "$LAUNCHER"
                a_all="$a_all $(printf '%.0f' "$RATE")"
                if [ "$(echo "$RATE > $a_best" | bc -l)" = 1 ]; then a_best=$RATE; a_cpu=$CPU; fi
            fi
        done
    done
    printf '%-28s %5d files  before %4.0f docs/s (cpu %4.1f s; runs:%s)  after %4.0f docs/s (cpu %4.1f s; runs:%s)  busy before:%s\n' \
        "$label" "$COUNT" "$b_best" "$b_cpu" "$b_all" "$a_best" "$a_cpu" "$a_all" "$busy"
}

# the figures go to stdout and, as its own block at the end of bench/results.txt, replace the last ones
RESULTS=$ROOT/bench/results.txt
exec 3>"$WORK/results.txt"
{
echo "# bench/formats-bench.sh $N — $(date -u '+%Y-%m-%d %H:%M UTC'); nproc $(nproc); $(java -version 2>&1 | head -1)${BEFORE_CMD:+; before = $BEFORE_CMD}"
measure ".odt (reference)" "$WORK/odt" "$N"
measure ".docx (DocxWriter)" "$WORK/docx" "$N"
measure ".html (Office, GBK)" "$WORK/html" "$N"

if command -v soffice >/dev/null && [ "${CONVERT_N:-20}" -gt 0 ]; then
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
} | tee /dev/fd/3
exec 3>&-
if [ -f "$RESULTS" ]; then sed '/^# bench\/formats-bench.sh/,$d' "$RESULTS" >"$RESULTS.tmp"; else : >"$RESULTS.tmp"; fi
{ cat "$RESULTS.tmp"; echo; cat "$WORK/results.txt"; } | cat -s >"$RESULTS"
rm -f "$RESULTS.tmp"
echo "written $RESULTS" >&2
