#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# Can a session be followed by sound alone? Plays 15 s of the neck-and-shoulders break in the app under
# Xvfb into a PulseAudio null sink, records the sink, and prints sox's statistics of the recording, once
# with spoken cues off (beeps only) and once with them on.
# Needs: pulseaudio pulseaudio-utils sox xdotool (and espeak-ng where Qt's speech engine cannot play).
# Usage: bench/sound_check.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build/default}
work=$(mktemp -d)
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
pulseaudio -n --daemonize=no --exit-idle-time=-1 -L "module-null-sink sink_name=null" \
    -L module-native-protocol-unix > "$work/pulse.log" 2>&1 &
pulse=$!
trap 'kill $pulse 2>/dev/null; rm -rf "$work"' EXIT
sleep 2
pactl set-default-sink null

record() { # $1: true or false for spoken cues
    local home="$work/$1"
    mkdir -p "$home/config/limber"
    printf '[sound]\nbeeps=true\nvoice=%s\n' "$1" > "$home/config/limber/limber.conf"
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" LIMBER_JOURNAL="$home/journal.sqlite3" \
        xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        parecord --device=null.monitor --file-format=wav "$1/rec.wav" & rec=$!
        "$0" --plan desk-neck-shoulders 2>/dev/null & app=$!
        sleep 2; xdotool key Return; sleep 15
        kill $app; sleep 0.5; kill $rec' "$build/src/app/limber" "$home"
    echo "spoken cues $1:"
    sox "$home/rec.wav" -n stat 2>&1 | grep -E "Length|Maximum amplitude|RMS     amplitude" | sed 's/^/  /'
}
record false
record true
