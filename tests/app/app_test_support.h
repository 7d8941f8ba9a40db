// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QApplication>

namespace limber::test {

// The QApplication every widget test shares, created on first use with the offscreen platform, so the
// test binary can also be listed by catch_discover_tests where no display exists.
QApplication& application();

} // namespace limber::test
