# Sourced by the bench scripts. The machine may be shared (other builds): before a measurement, quiet waits
# up to IDLE_WAIT seconds (default 180) for a 2-second window in which the CPUs are at least 90 % idle, and
# sets LOAD to the busy share of the last window ("busy before"). cpu_times: busy and idle jiffies so far.
cpu_times() { awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat; }
quiet() {
    local waited=0 a b
    while :; do
        a=$(cpu_times); sleep 2; b=$(cpu_times); waited=$((waited + 2))
        LOAD=$(echo "$a $b" | awk '{busy=$3-$1; idle=$4-$2; printf "%.0f%%", 100*busy/(busy+idle+0.001)}')
        [ "${LOAD%\%}" -lt 10 ] || [ "$waited" -ge "${IDLE_WAIT:-180}" ] && break
    done
}
