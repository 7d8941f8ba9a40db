#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# One command: install what is missing, configure, build, and run every test through ctest.
# Usage: scripts/test.sh [preset] [extra ctest arguments]   (preset: default, debug or asan)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

preset=${1:-default}
shift || true
limber_build "$preset"
# Widget tests never need a display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
ctest --preset "$preset" "$@"
