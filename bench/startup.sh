#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# Start-up and memory of the app, as a person sees it: process start to the first painted frame, and
# resident memory 3 s after start, under Xvfb with a ten-year journal. Median of RUNS runs.
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/default}
runs=${2:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/make_journal" "$work/journal.sqlite3"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LIMBER_JOURNAL="$work/journal.sqlite3"

measure() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        start=$(date +%s%N)
        out=$("$0" --benchmark-startup 2>/dev/null)
        painted=${out#first-paint-ns }
        echo $(( (painted - start) / 1000000 ))
    ' "$build/src/app/limber"
}

rss() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" 2>/dev/null & pid=$!
        sleep 3
        awk "/VmRSS/ {print int(\$2 / 1024)}" /proc/$pid/status
        kill $pid
    ' "$build/src/app/limber"
}

# Wake-ups while idle on the Today page: context switches of all the app's threads over 10 s.
wakeups() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" 2>/dev/null & pid=$!
        sleep 3
        count() { cat /proc/$pid/task/*/status | awk "/ctxt_switches/ {s += \$2} END {print s}"; }
        before=$(count); sleep 10; after=$(count)
        kill $pid
        echo $(( (after - before) / 10 ))
    ' "$build/src/app/limber"
}

# CPU while a session plays: open the player on the full desk routine, press Enter to start, then the
# app's CPU time (user + system, all threads) over 10 s, as a share of one core. Needs xdotool.
playing_cpu() {
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" --plan desk-full-routine 2>/dev/null & pid=$!
        sleep 2
        xdotool key Return
        sleep 2
        ticks() { awk "{print \$14 + \$15}" /proc/$pid/stat; }
        before=$(ticks); sleep 10; after=$(ticks)
        kill $pid
        echo "$before $after $(getconf CLK_TCK)" | awk "{printf \"%.1f\", 100 * (\$2 - \$1) / \$3 / 10}"
    ' "$build/src/app/limber"
}

times=(); for _ in $(seq "$runs"); do times+=("$(measure)"); done
mems=(); for _ in $(seq 3); do mems+=("$(rss)"); done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "first paint: ${times[*]} ms (median $(median "${times[@]}") ms)"
echo "resident after 3 s: ${mems[*]} MB (median $(median "${mems[@]}") MB)"
echo "idle wake-ups: $(wakeups) per second"
command -v xdotool > /dev/null && echo "CPU while a session plays: $(playing_cpu) % of one core"
