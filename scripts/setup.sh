#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# Shared by run.sh and test.sh: installs the Debian packages Limber needs that are missing, then
# configures and builds the given CMake preset. Quiet and quick when everything is already in place.
set -euo pipefail

limber_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-declarative-dev libqt6opengl6-dev libgl1-mesa-dev
    nlohmann-json3-dev libsimdjson-dev libsqlite3-dev sqlite3 catch2 libcli11-dev libbenchmark-dev
    python3-jsonschema fonts-dejavu-core xvfb xauth tzdata espeak-ng poppler-utils
    appstream desktop-file-utils shared-mime-info groff-base binutils
)

limber_install_missing_packages() {
    local missing=()
    for package in "${limber_packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    echo "limber: installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

limber_build() {
    local preset=$1
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    cd "$root"
    limber_install_missing_packages
    if [[ ! -f build/$preset/build.ninja ]]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset"
}
