#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Limber authors
#
# Installs the build into a temporary prefix and checks the tree a desktop needs: the programs and modules,
# a valid .desktop file and AppStream metainfo that name each other, the icon the .desktop file names, the
# plan MIME type (compiled by update-mime-database, recognising a plan file by its content), and manual
# pages that groff reads without warnings. Then runs the installed programs.
# Usage: check_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "check_install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
id=io.limber.Limber
for file in bin/limber bin/limber-cli lib/limber/liblimber-audio.so lib/limber/liblimber-charts.so \
            share/applications/$id.desktop share/metainfo/$id.metainfo.xml share/mime/packages/$id.xml \
            share/icons/hicolor/scalable/apps/$id.svg share/man/man1/limber-cli.1 share/man/man1/limber.1; do
    [[ -f $prefix/$file ]] || fail "missing $file"
done

desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "invalid .desktop file"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" || fail "invalid AppStream metainfo"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo does not launch $id.desktop"
grep -qx "Icon=$id" "$prefix/share/applications/$id.desktop" || fail "the .desktop file does not name the installed icon"
grep -q "^MimeType=application/x-limber-plan+json;" "$prefix/share/applications/$id.desktop" \
    || fail "the .desktop file does not open plan files"

update-mime-database "$prefix/share/mime"
[[ -f $prefix/share/mime/application/x-limber-plan+json.xml ]] || fail "the plan MIME type was not compiled"
grep -q '"limber-plan"' "$prefix/share/mime/magic" 2>/dev/null || strings "$prefix/share/mime/magic" | grep -q limber-plan \
    || fail "plan files are not recognised by their content"

for page in limber-cli limber; do
    warnings=$(groff -man -Tutf8 -ww "$prefix/share/man/man1/$page.1" 2>&1 >/dev/null)
    [[ -z $warnings ]] || fail "$page.1: $warnings"
done

"$prefix/bin/limber-cli" --version | grep -q "0.1.0" || fail "the installed limber-cli does not run"
home=$(mktemp -d)
trap 'rm -rf "$prefix" "$home"' EXIT
XDG_DATA_HOME=$home XDG_CONFIG_HOME=$home QT_QPA_PLATFORM=offscreen \
    "$prefix/bin/limber" --screenshot "$home/today.png" --page today 2>/dev/null || fail "the installed limber does not run"
[[ -s $home/today.png ]] || fail "the installed limber drew nothing"
echo "check_install: the install tree in $prefix is complete and valid"
