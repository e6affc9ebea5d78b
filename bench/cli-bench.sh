#!/usr/bin/env bash
# Benchmark of the reviewers' command-line checker (issue 2, "Speed"). Not a test: it prints figures.
#
#   bench/cli-bench.sh [N]        N generated reports (default 1000); writes bench/results.txt
#
# (a) N filled reports checked in one CLI run: documents per second       (target >= 100 on 2 cores)
# (b) one file checked, JVM start included: wall time                      (target < 1.5 s)
# (c) peak memory (max RSS) of a 10,000-file batch (the N files linked 10,000/N times)  (target < 512 MB)
#     The plain JVM commits an initial heap of 1/64 of the RAM and its RSS follows it, so the plain
#     figure grows with the machine; -Xmx256m bounds it (and is the recommended command).
# Each is measured with the plain `java -jar` and with a tuned command line; a per-stage profile
# (zip + XML, recognise, check, JSON) of the same reports, in one JVM, shows where the time goes.
# Environment: MVN_FLAGS (default "-o", offline), RUNS (repetitions of (a) and (c), default 3),
# SINGLE_RUNS (repetitions of (b), default 10), IDLE_WAIT (seconds to wait for idle CPUs before each
# measurement, default 180).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-1000}
RUNS=${RUNS:-3}
SINGLE_RUNS=${SINGLE_RUNS:-10}
MVN_FLAGS=${MVN_FLAGS:--o}
JAR=$ROOT/target/nianbao-cli.jar
WORK=$ROOT/target/bench
RESULTS=$ROOT/bench/results.txt
TUNED=(-Xmx256m)                              # the recommended command: bounded heap
QUICK=(-Xmx256m -XX:TieredStopAtLevel=1)      # start-up oriented alternative for single files

# ---------------------------------------------------------------- tools
if [ ! -x /usr/bin/time ]; then
    echo "installing GNU time (Debian package 'time') for the max RSS figure" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
    else sudo apt-get install -y -q time >/dev/null; fi
fi

# ---------------------------------------------------------------- build (when the jar is older than the sources)
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ] || [ ! -d target/test-classes/org/nianbao/bench ]; then
    echo "building (mvn package, tests skipped) ..." >&2
    mvn -q -B $MVN_FLAGS package -DskipTests
fi
mkdir -p "$WORK"
if [ ! -f "$WORK/classpath.txt" ] || [ pom.xml -nt "$WORK/classpath.txt" ]; then
    mvn -q -B $MVN_FLAGS dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
fi
TEST_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")"

# ---------------------------------------------------------------- reports
REPORTS=$WORK/reports-$N
if [ "$(find "$REPORTS" -name '*.odt' 2>/dev/null | wc -l)" != "$N" ]; then
    rm -rf "$REPORTS"
    java -cp "$TEST_CP" org.nianbao.bench.GenerateReports "$REPORTS" "$N" 2023 >&2
fi
BATCH10K=$WORK/reports-10000-from-$N
if [ "$(find "$BATCH10K" -name '*.odt' 2>/dev/null | wc -l)" != 10000 ]; then
    rm -rf "$BATCH10K"
    mkdir -p "$BATCH10K"
    copies=$(( (10000 + N - 1) / N ))
    made=0
    for k in $(seq 1 "$copies"); do
        mkdir -p "$BATCH10K/copy-$k"
        for f in "$REPORTS"/*.odt; do
            [ "$made" -ge 10000 ] && break
            ln -s "$f" "$BATCH10K/copy-$k/$(basename "$f")"
            made=$((made + 1))
        done
    done
fi
ALL=("$REPORTS"/*.odt)
SINGLE=${ALL[0]}

now() { date +%s.%N; }
# The machine may be shared (other builds): quiet (bench/idle.sh) waits for idle CPUs before each measurement.
IDLE_WAIT=${IDLE_WAIT:-180}
. "$ROOT/bench/idle.sh"
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
fmt() { awk -v x="$1" -v d="${2:-2}" 'BEGIN {printf "%.*f", d, x}'; }

# ---------------------------------------------------------------- one measured run
# run_once OUT JAVA_ARGS... : java JAVA_ARGS > OUT under GNU time. Sets STATUS, WALL (s), RSS_MB, and
# OTHER: the share (%) of the machine's CPU time used by other processes during the run (a shared
# machine: other builds make a run slower; this says how much they were in the way).
run_once() {
    local out=$1; shift
    local a b u s m
    a=$(cpu_times)
    STATUS=0
    /usr/bin/time -o "$WORK/time.txt" -f '%e %U %S %M' java "$@" >"$out" 2>"$WORK/err.txt" || STATUS=$?
    b=$(cpu_times)
    # the last line: GNU time writes "Command exited with non-zero status 1" before it
    read -r WALL u s m < <(tail -1 "$WORK/time.txt")
    RSS_MB=$(awk -v m="$m" 'BEGIN {print m / 1024}')
    OTHER=$(echo "$a $b" | awk -v u="$u" -v s="$s" -v wall="$WALL" -v hz="$(getconf CLK_TCK)" -v n="$(nproc)" \
        '{o = (($3 - $1) / hz - u - s) / (wall * n + 0.001); if (o < 0) o = 0; printf "%.0f", 100 * o}')
}
list() { local x; for x in "$@"; do printf '%s ' "$x"; done | sed 's/ $//'; }

# ---------------------------------------------------------------- (a) throughput
throughput() { # label, java options...
    local label=$1; shift
    quiet
    local rates=() shown=()
    for i in $(seq 1 "$RUNS"); do
        run_once "$WORK/out.jsonl" "$@" -jar "$JAR" check --format json "$REPORTS"
        if [ "$STATUS" -gt 1 ]; then echo "check failed with exit code $STATUS" >&2; cat "$WORK/err.txt" >&2; exit 1; fi
        local lines; lines=$(wc -l <"$WORK/out.jsonl")
        [ "$lines" = "$N" ] || { echo "expected $N JSON lines, got $lines" >&2; exit 1; }
        local rate; rate=$(awk -v w="$WALL" -v n="$N" 'BEGIN {print n / w}')
        rates+=("$rate")
        shown+=("$(fmt "$rate" 0)[${OTHER}%]")
    done
    local with_errors; with_errors=$(grep -c '"severity":"error"' "$WORK/out.jsonl" || true)
    printf '(a) %-44s %4s docs/s median, %4s best (runs: %s; %s of %s reports with errors)\n' "$label" \
        "$(fmt "$(printf '%s\n' "${rates[@]}" | median)" 0)" "$(fmt "$(printf '%s\n' "${rates[@]}" | sort -g | tail -1)" 0)" \
        "$(list "${shown[@]}")" "$with_errors" "$N"
}

# ---------------------------------------------------------------- (b) single file
single() { # label, java options...
    local label=$1; shift
    quiet
    local times=() others=()
    java "$@" -jar "$JAR" check "$SINGLE" >/dev/null 2>&1 || true # page cache
    for i in $(seq 1 "$SINGLE_RUNS"); do
        run_once /dev/null "$@" -jar "$JAR" check "$SINGLE"
        times+=("$WALL")
        others+=("$OTHER")
    done
    printf '(b) %-44s %5s s median, %5s min, %5s max (%s runs; others used up to %s%% of the CPUs)\n' "$label" \
        "$(fmt "$(printf '%s\n' "${times[@]}" | median)" 2)" "$(fmt "$(printf '%s\n' "${times[@]}" | sort -g | head -1)" 2)" \
        "$(fmt "$(printf '%s\n' "${times[@]}" | sort -g | tail -1)" 2)" "$SINGLE_RUNS" \
        "$(printf '%s\n' "${others[@]}" | sort -g | tail -1)"
}

# ---------------------------------------------------------------- (c) memory
memory() { # label, java options...
    local label=$1; shift
    quiet
    local rss=() shown=()
    for i in $(seq 1 "$RUNS"); do
        run_once "$WORK/out10k.jsonl" "$@" -jar "$JAR" check --format json "$BATCH10K"
        if [ "$STATUS" -gt 1 ]; then echo "10,000-file check failed with exit code $STATUS" >&2; exit 1; fi
        local lines; lines=$(wc -l <"$WORK/out10k.jsonl")
        [ "$lines" = 10000 ] || { echo "expected 10000 JSON lines, got $lines" >&2; exit 1; }
        rss+=("$RSS_MB")
        shown+=("$(fmt "$RSS_MB" 0) MB/$(fmt "$WALL" 1) s[${OTHER}%]")
    done
    printf '(c) %-44s %4s MB max RSS, highest of %s runs (runs: %s)\n' "$label" \
        "$(fmt "$(printf '%s\n' "${rss[@]}" | sort -g | tail -1)" 0)" "$RUNS" "$(list "${shown[@]}")"
}

# ---------------------------------------------------------------- run
CDS=$WORK/nianbao-cli.jsa
rm -f "$CDS"
java -XX:ArchiveClassesAtExit="$CDS" "${QUICK[@]}" -jar "$JAR" check "$SINGLE" >/dev/null 2>&1 || true

{
    echo "# bench/cli-bench.sh — $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "# machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GB RAM", $2/1048576}' /proc/meminfo), $(uname -sr)"
    echo "# java: $(java -version 2>&1 | head -1); jar: target/nianbao-cli.jar; $N generated reports (every 10th with a mistake)"
    echo "# [n%] after a run: share of the machine's CPU time other processes used meanwhile (shared machine)"
    echo
    throughput "plain: java -jar"
    throughput "java ${TUNED[*]} -jar" "${TUNED[@]}"
    single "plain: java -jar"
    single "java ${TUNED[*]} -jar" "${TUNED[@]}"
    single "java ${QUICK[*]} -jar" "${QUICK[@]}"
    if [ -f "$CDS" ]; then
        single "java ${QUICK[*]} + AppCDS archive" -XX:SharedArchiveFile="$CDS" "${QUICK[@]}"
    fi
    memory "plain: java -jar"
    # the plain JVM's initial heap is 1/64 of the RAM, and RSS follows it: what plain does on 64 GB
    memory "plain, as on a 64 GB machine (MaxRAM=64g)" -XX:MaxRAM=64g
    memory "java ${TUNED[*]} -jar" "${TUNED[@]}"
    echo
    echo "# where the time goes (one JVM, one thread, same reports; ms per document; last round is warm):"
    java -cp "$TEST_CP" org.nianbao.bench.ProfileStages "$REPORTS" 3 | sed 's/^/#   /'
} | tee "$RESULTS.tmp"
# keep the block bench/formats-bench.sh wrote at the end
if [ -f "$RESULTS" ]; then sed -n '/^# bench\/formats-bench.sh/,$p' "$RESULTS" | sed '1s/^/\n/' >>"$RESULTS.tmp"; fi
mv "$RESULTS.tmp" "$RESULTS"
echo "written $RESULTS" >&2
