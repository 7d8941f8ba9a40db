// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include <QApplication>
#include <QWidget>

#include <catch2/catch.hpp>

namespace limber::test {

// The QApplication every widget test shares, created on first use with the offscreen platform, so the
// test binary can also be listed by catch_discover_tests where no display exists.
QApplication& application();

// The child of `parent` with this objectName; the test fails at once when there is none.
template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace limber::test
