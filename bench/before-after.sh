#!/usr/bin/env bash
# Sourced by the timing scripts (issue 8): runs one timing IT on the code as it was before the speed work and
# on this checkout, one after the other in the same run, and prints both side by side with their ratio.
#
#   run_before_after IT_CLASS RESULT_FILE [maven args...]
#
# BEFORE: the git revision measured as "before" (default: the last commit before issue 8's speed work);
# BEFORE=none measures only this checkout. The "before" tree is a detached git worktree under
# target/bench/before-src, built there with its own IT and its own .oxt.
BEFORE=${BEFORE:-3638e17}

run_it() { # dir IT result maven-args...
    local dir=$1 it=$2 result=$3; shift 3
    (cd "$dir" && mvn -q -B package -DskipTests "$@" >/dev/null \
        && mvn -q -B failsafe:integration-test -Dit.test="$it" -Dsurefire.failIfNoSpecifiedTests=false "$@" >/dev/null) \
        || { echo "$it failed in $dir" >&2; return 1; }
    [ -s "$dir/$result" ] || { echo "no $result in $dir" >&2; return 1; }
}

run_before_after() {
    local it=$1 result=$2; shift 2
    local root; root=$(pwd)
    if [ "$BEFORE" = none ]; then
        run_it "$root" "$it" "$result" "$@"
        cat "$root/$result"
        return
    fi
    local before_src=$root/target/bench/before-src
    if [ ! -d "$before_src/.git" ] && [ ! -f "$before_src/.git" ]; then
        mkdir -p "$root/target/bench"
        git worktree prune
        git worktree add --detach "$before_src" "$BEFORE" >/dev/null
    else
        git -C "$before_src" checkout -q --detach "$BEFORE"
    fi
    echo "measuring before ($BEFORE: $(git log -1 --format=%s "$BEFORE" | cut -c1-60)) ..." >&2
    run_it "$before_src" "$it" "$result" "$@"
    echo "measuring after ($(git rev-parse --short HEAD)$(git diff --quiet || echo ', with uncommitted changes')) ..." >&2
    run_it "$root" "$it" "$result" "$@"
    cp "$before_src/$result" "$root/$result.before"
    # figure lines are "label   123.4 ms  [first]": joined by label; other lines are shown from both runs
    awk -v before="$BEFORE" '
        function label(line) { sub(/[ ]+[0-9.]+ ms.*$/, "", line); return line }
        function value(line) { if (match(line, /[0-9.]+ ms/)) return substr(line, RSTART, RLENGTH - 3); return "" }
        FNR == 1 { file++ }
        file == 1 { if (value($0) != "") b[label($0)] = value($0); else bl[++nb] = $0; next }
        file == 2 {
            if (value($0) == "") { al[++na] = $0; next }
            l = label($0); order[++n] = l; a[l] = value($0)
        }
        END {
            for (i = 1; i <= nb; i++) print "before: " bl[i]
            for (i = 1; i <= na; i++) print "after:  " al[i]
            printf "%-78s %10s %10s %7s\n", "(medians; ms)", "before", "after", "after/before"
            for (i = 1; i <= n; i++) {
                l = order[i]
                r = (l in b) && b[l] > 0 ? sprintf("%.2f", a[l] / b[l]) : "-"
                printf "%-78s %10s %10s %7s\n", substr(l, 1, 78), (l in b) ? b[l] : "-", a[l], r
            }
        }' "$root/$result.before" "$root/$result" | tee "$root/$result.side-by-side"
}
