// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Limber authors
#pragma once

#include "app/theme.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace limber::bench {

// The main of a benchmark of the app's widgets: an offscreen QApplication with Limber's look, then the
// registered benchmarks.
inline int runAppBenchmarks(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app::applyTheme(app);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

} // namespace limber::bench
