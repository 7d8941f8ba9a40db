#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# The app left alone with break reminders on, as an office worker leaves it: under Xvfb with the
# ten-year journal, resident memory 3 s after start and after MINUTES minutes (default 60), and the
# wake-ups of all its threads over the last minute. Reminders run on plain time here (Xvfb has no idle
# source), so one comes due after 50 minutes of the work hours; the window stays as it is.
# Usage: bench/idle_hour.sh [BUILD_DIR] [MINUTES]
set -euo pipefail
build=${1:-build/default}
minutes=${2:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/bench/make_journal" "$work/journal.sqlite3"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LIMBER_JOURNAL="$work/journal.sqlite3"
# Reminders every day around the clock, so the hour is a working hour whenever this runs.
mkdir -p "$work/config/limber"
printf '[reminders]\nenabled=true\nworkStart=0\nworkEnd=1440\nworkDays=mon,tue,wed,thu,fri,sat,sun\n' \
    > "$work/config/limber/limber.conf"

xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$0" 2>/dev/null & pid=$!
    rss() { awk "/VmRSS/ {print int(\$2 / 1024)}" /proc/$pid/status; }
    count() { cat /proc/$pid/task/*/status | awk "/ctxt_switches/ {s += \$2} END {print s}"; }
    sleep 3
    echo "resident after 3 s: $(rss) MB"
    sleep $(( $1 * 60 - 63 ))
    before=$(count); sleep 60; after=$(count)
    echo "resident after $1 min: $(rss) MB"
    echo "wake-ups over the last minute: $(( after - before )) ($(awk "BEGIN {printf \"%.2f\", ($after - $before) / 60}") per second)"
    kill $pid
' "$build/src/app/limber" "$minutes"
