#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# One command: install what is missing, configure, build, and launch Limber with the built-in catalog.
# Arguments go to the app, e.g. scripts/run.sh --screenshot library.png --page library
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

limber_build default >&2
exec build/default/src/app/limber "$@"
